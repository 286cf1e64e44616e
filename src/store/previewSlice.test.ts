import { describe, expect, it } from "vitest";
import { defaultDesign } from "../core/design/defaults.ts";
import { createAppStore } from "./createAppStore.ts";

const fresh = () => createAppStore(undefined, { storage: null });
const proposal = () => ({ ...defaultDesign(), name: "proposed" });
const show = (store: ReturnType<typeof fresh>) =>
  store.getState().actions.showPreview({
    source: "plan",
    title: "Proposal from 10.40.0.0/16",
    design: proposal(),
    lines: [],
  });

describe("the preview slice", () => {
  it("shows a design without touching the design or the undo history", () => {
    const store = fresh();
    const before = store.getState().design;
    show(store);
    expect(store.getState().preview?.design.name).toBe("proposed");
    expect(store.getState().design).toBe(before);
    expect(store.getState().actions.canUndo()).toBe(false);
  });

  it("Take applies it as one undo step and ends the preview; undo restores", () => {
    const store = fresh();
    show(store);
    expect(store.getState().actions.takePreview().ok).toBe(true);
    expect(store.getState().design.name).toBe("proposed");
    expect(store.getState().preview).toBeUndefined();
    expect(store.getState().history.past).toHaveLength(1);
    store.getState().actions.undo();
    expect(store.getState().design).toEqual(defaultDesign());
  });

  it("Discard leaves the design untouched; Take with nothing shown is refused", () => {
    const store = fresh();
    show(store);
    store.getState().actions.discardPreview();
    expect(store.getState().preview).toBeUndefined();
    expect(store.getState().design).toEqual(defaultDesign());
    expect(store.getState().actions.takePreview().ok).toBe(false);
  });

  it("goes when the design it was made from changes", () => {
    const store = fresh();
    show(store);
    store.getState().actions.setNodeCount(7);
    expect(store.getState().preview).toBeUndefined();
  });

  it("adds a free block as a LoadBalancer pool in one undo step", () => {
    const store = fresh();
    expect(store.getState().actions.addRangeAs("lb-pool", "10.8.0.0/28").ok).toBe(true);
    expect(store.getState().design.loadBalancer.pools.at(-1)?.range).toBe("10.8.0.0/28");
    expect(store.getState().history.past).toHaveLength(1);
  });
});
