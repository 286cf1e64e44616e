import { afterEach, describe, expect, it, vi } from "vitest";
import { restoreDesign } from "../core/codec/restore.ts";
import { restorePlan } from "../core/codec/restorePlan.ts";
import { defaultDesign } from "../core/design/defaults.ts";
import { designSchema } from "../core/design/schema.ts";
import { largeDesign } from "../../test/core/codec/largeDesign.ts";
import { createAppStore } from "./createAppStore.ts";

const fresh = () => createAppStore(undefined, { storage: null });
const opened = () => {
  const restored = restoreDesign(JSON.parse(JSON.stringify(largeDesign())));
  if (!restored.ok) throw new Error(restored.error);
  return restored.value.design;
};

afterEach(() => vi.restoreAllMocks());

describe("the store checks an opened design once (the input gate did)", () => {
  it("replaceDesign takes a design the gate returned without checking it again", () => {
    const store = fresh();
    const design = opened();
    const parse = vi.spyOn(designSchema, "safeParse");
    expect(store.getState().actions.replaceDesign(design, { resetHistory: true })).toEqual({
      ok: true,
      value: {},
    });
    expect(parse).not.toHaveBeenCalled();
    expect(store.getState().design).toBe(design);
  });

  it("replacePlan of a plan the gate returned checks none of its clusters again", () => {
    const store = fresh();
    const two = { planVersion: 1, routing: "isolated", clusters: [opened(), defaultDesign()] };
    const plan = restorePlan(JSON.parse(JSON.stringify(two)));
    if (!plan.ok) throw new Error(plan.error);
    const parse = vi.spyOn(designSchema, "safeParse");
    expect(store.getState().actions.replacePlan(plan.value.plan, { resetHistory: true }).ok).toBe(
      true,
    );
    expect(parse).not.toHaveBeenCalled();
    expect(store.getState().plan.clusters).toEqual(plan.value.plan.clusters);
  });

  it("still checks an equal copy, and any edit, and refuses what is invalid", () => {
    const store = fresh();
    const parse = vi.spyOn(designSchema, "safeParse");
    const copy = JSON.parse(JSON.stringify(opened())) as ReturnType<typeof opened>;
    expect(store.getState().actions.replaceDesign(copy).ok).toBe(true);
    expect(parse).toHaveBeenCalled();
    parse.mockClear();
    store.getState().actions.setNodeCount(7);
    expect(parse).toHaveBeenCalled();
    const bad = { ...opened(), name: "Not Valid!" };
    expect(store.getState().actions.replaceDesign(bad).ok).toBe(false);
    expect(store.getState().design.nodes.count).toBe(7);
  });
});
