import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { readFileSync } from "node:fs";
import { singleClusterPlan } from "../plan/plan.ts";
import { threeClusterPlan } from "../../../test/core/plan/threeClusters.ts";
import {
  AUTOSAVE_KEY,
  AUTOSAVE_VERSION,
  loadSavedPlan,
  savePlan,
  type KeyValueStore,
} from "./storage.ts";

/** An autosave written by the app before plans (session 5, envelope version 1): must load forever. */
const V1_FIXTURE = readFileSync(
  new URL("../../../test/core/codec/fixtures/autosave-v1.json", import.meta.url),
  "utf8",
);
const one = (design = defaultDesign()) => ({ plan: singleClusterPlan(design), active: 0 });

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.data.entries()].reduce((n, [k, v]) => n + (k === key ? 0 : v.length), 0);
    if (used + value.length > this.quota) {
      throw Object.assign(new Error("quota"), { name: "QuotaExceededError", code: 22 });
    }
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

const blocked: KeyValueStore = {
  getItem: () => {
    throw Object.assign(new Error("denied"), { name: "SecurityError" });
  },
  setItem: () => {
    throw Object.assign(new Error("denied"), { name: "SecurityError" });
  },
  removeItem: () => undefined,
};

describe("autosave", () => {
  it("saves and restores a design in a versioned envelope", () => {
    const store = new MemoryStore();
    const design = PRESETS.find((p) => p.id === "dual-stack")!.design;
    expect(savePlan(store, one(design))).toEqual({ ok: true });
    expect(JSON.parse(store.getItem(AUTOSAVE_KEY)!)).toMatchObject({
      autosave: AUTOSAVE_VERSION,
      active: 0,
      plan: { planVersion: 1, routing: "connected", clusters: [{ schemaVersion: 1 }] },
    });
    expect(loadSavedPlan(store)).toEqual({ kind: "restored", ...one(design), design, notices: [] });
  });

  it("saves and restores the whole plan: every cluster, the routing and the cluster shown", () => {
    const store = new MemoryStore();
    const plan = { ...threeClusterPlan(), routing: "isolated" as const };
    expect(savePlan(store, { plan, active: 2 }, "tab-a")).toEqual({ ok: true });
    expect(loadSavedPlan(store)).toEqual({
      kind: "restored",
      plan,
      active: 2,
      design: plan.clusters[2],
      notices: [],
    });
  });

  it("shows the first cluster when the saved one is not in the plan", () => {
    const store = new MemoryStore();
    savePlan(store, { plan: threeClusterPlan(), active: 2 });
    for (const active of [3, -1, 1.5, "1", null]) {
      const envelope = JSON.parse(store.getItem(AUTOSAVE_KEY)!);
      store.setItem(AUTOSAVE_KEY, JSON.stringify({ ...envelope, active }));
      expect(loadSavedPlan(store)).toMatchObject({ kind: "restored", active: 0 });
    }
  });

  it("still loads an autosave of one design written before plans (kept fixture, version 1)", () => {
    const store = new MemoryStore();
    store.setItem(AUTOSAVE_KEY, V1_FIXTURE);
    const design = {
      ...PRESETS.find((p) => p.id === "dual-stack")!.design,
      name: "saved-before-plans",
    };
    expect(JSON.parse(V1_FIXTURE)).toMatchObject({ autosave: 1, tab: "tab-old" });
    expect(loadSavedPlan(store)).toEqual({ kind: "restored", ...one(design), design, notices: [] });
  });

  it("reports nothing saved", () => {
    expect(loadSavedPlan(new MemoryStore())).toEqual({ kind: "none" });
  });

  it("reports a full store without throwing", () => {
    const status = savePlan(new MemoryStore(10), one());
    expect(status).toMatchObject({ ok: false, reason: "full" });
  });

  it("reports a blocked or missing store without throwing", () => {
    expect(savePlan(blocked, one())).toMatchObject({
      ok: false,
      reason: "unavailable",
    });
    expect(savePlan(undefined, one())).toMatchObject({
      ok: false,
      reason: "unavailable",
    });
    expect(loadSavedPlan(blocked)).toMatchObject({ kind: "unavailable" });
    expect(loadSavedPlan(undefined)).toMatchObject({ kind: "unavailable" });
  });

  it.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["not an envelope", '{"name": "x"}', /not an autosaved design/],
    [
      "from a newer app",
      '{"autosave": 9, "plan": {}}',
      /saved by a newer version of the app \(autosave format 9; this version reads up to 2\)/,
    ],
    ["a broken plan", '{"autosave": 2, "plan": {"clusters": []}}', /at least one cluster/],
    ["a version 0", '{"autosave": 0, "design": {}}', /not an autosaved design/],
    [
      "an invalid design",
      '{"autosave": 1, "design": {"ipv4": {"podCidrs": ["x"], "serviceCidr": "10.0.0.0/8"}}}',
      /ipv4\.podCidrs\[0\]/,
    ],
    ["polluting", '{"autosave": 1, "design": {"__proto__": {"a": 1}}}', /prototype pollution/],
  ])("sets aside corrupt data (%s) instead of deleting it", (_label, raw, why) => {
    const store = new MemoryStore();
    store.setItem(AUTOSAVE_KEY, raw);
    const result = loadSavedPlan(store);
    expect(result).toMatchObject({ kind: "corrupt", setAsideKey: `${AUTOSAVE_KEY}.corrupt-1` });
    expect(result.kind === "corrupt" && result.message).toMatch(why);
    expect(store.getItem(`${AUTOSAVE_KEY}.corrupt-1`)).toBe(raw);
    expect(store.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(loadSavedPlan(store)).toEqual({ kind: "none" });
  });

  it("uses the next free set-aside slot", () => {
    const store = new MemoryStore();
    store.setItem(`${AUTOSAVE_KEY}.corrupt-1`, "older");
    store.setItem(AUTOSAVE_KEY, "newer{");
    expect(loadSavedPlan(store)).toMatchObject({ setAsideKey: `${AUTOSAVE_KEY}.corrupt-2` });
    expect(store.getItem(`${AUTOSAVE_KEY}.corrupt-1`)).toBe("older");
  });

  it("leaves corrupt data in place when it cannot be moved", () => {
    const store = new MemoryStore(8);
    store.data.set(AUTOSAVE_KEY, "{broken!");
    const result = loadSavedPlan(store);
    expect(result).toMatchObject({ kind: "corrupt", setAsideKey: undefined });
    expect(store.getItem(AUTOSAVE_KEY)).toBe("{broken!");
  });
});
