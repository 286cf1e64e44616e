import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readHistory } from "../core/codec/designHistory.ts";
import { openHistoryEntry } from "../core/codec/linkCodec.ts";
import { PRESETS } from "../core/design/presets.ts";
import { deferredLinkCodec } from "../../test/store/fakeLinkCodec.ts";
import {
  AUTOSAVE_KEY,
  loadSavedPlan,
  savePlan,
  type KeyValueStore,
} from "../core/codec/storage.ts";
import { defaultDesign } from "../core/design/defaults.ts";
import { singleClusterPlan } from "../core/plan/plan.ts";
import { threeClusterPlan } from "../../test/core/plan/threeClusters.ts";
import { startAutosave } from "./autosave.ts";
import { createAppStore } from "./createAppStore.ts";
import { markBroken } from "./designHealth.ts";

/** A Map-backed storage that counts writes and can be made to throw like a full or blocked one. */
function memoryStorage() {
  const data = new Map<string, string>();
  const state = { writes: 0, fail: undefined as undefined | "full" | "blocked" };
  const kv: KeyValueStore = {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if (state.fail === "full")
        throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
      if (state.fail === "blocked") throw Object.assign(new Error("no"), { name: "SecurityError" });
      state.writes += 1;
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
  return { kv, data, state };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("startAutosave", () => {
  it("does not save a design a panel failed on; the last good design stays stored", () => {
    const store = createAppStore(undefined, { storage: null });
    const { kv, data } = memoryStorage();
    startAutosave(store, kv, { delayMs: 500 });
    store.getState().actions.setNodeCount(7, "typing");
    vi.advanceTimersByTime(500);
    const good = data.get(AUTOSAVE_KEY);
    expect(good).toContain('"count":7');
    store.getState().actions.setNodeCount(8, "typing");
    markBroken(store.getState().design);
    vi.advanceTimersByTime(500);
    expect(data.get(AUTOSAVE_KEY)).toBe(good);
    // The next edit that renders again is saved as usual.
    store.getState().actions.setNodeCount(9, "typing");
    vi.advanceTimersByTime(500);
    expect(data.get(AUTOSAVE_KEY)).toContain('"count":9');
  });

  it("saves once after a burst of edits, and the save restores to the same design", () => {
    const store = createAppStore(undefined, { storage: null });
    const { kv, state } = memoryStorage();
    startAutosave(store, kv, { delayMs: 500 });
    for (let n = 1; n <= 20; n++) store.getState().actions.setNodeCount(n, "typing");
    vi.advanceTimersByTime(499);
    expect(state.writes).toBe(0);
    vi.advanceTimersByTime(1);
    expect(state.writes).toBe(1);
    const loaded = loadSavedPlan(kv);
    expect(loaded.kind === "restored" && loaded.design).toEqual(store.getState().design);
  });

  it("saves the whole plan and the cluster shown; a cluster switch alone is saved too", () => {
    const store = createAppStore(undefined, { storage: null });
    const { kv, state } = memoryStorage();
    const autosave = startAutosave(store, kv, { delayMs: 500 });
    store.getState().actions.replacePlan(threeClusterPlan());
    store.getState().actions.selectCluster(1);
    store.getState().actions.setNodeCount(33, "typing");
    vi.advanceTimersByTime(500);
    const { plan } = store.getState();
    expect(loadSavedPlan(kv)).toMatchObject({ kind: "restored", plan, active: 1 });
    expect(plan.clusters.map((c) => c.name)).toEqual(["east", "west", "lab"]);
    expect(plan.clusters[1]!.nodes.count).toBe(33);
    store.getState().actions.selectCluster(2);
    autosave.flush();
    expect(state.writes).toBe(2);
    expect(loadSavedPlan(kv)).toMatchObject({ kind: "restored", plan, active: 2 });
  });

  it("does not save a plan holding a design a panel failed on, in whichever cluster", () => {
    const store = createAppStore(undefined, { storage: null });
    const { kv, data } = memoryStorage();
    const autosave = startAutosave(store, kv);
    store.getState().actions.replacePlan(threeClusterPlan());
    autosave.flush();
    const good = data.get(AUTOSAVE_KEY);
    store.getState().actions.setNodeCount(44);
    markBroken(store.getState().design);
    store.getState().actions.selectCluster(2);
    autosave.flush();
    expect(data.get(AUTOSAVE_KEY)).toBe(good);
  });

  it("does not save without a design change; flush saves a pending one at once", () => {
    const store = createAppStore(undefined, { storage: null });
    const { kv, state, data } = memoryStorage();
    const autosave = startAutosave(store, kv);
    store.getState().actions.selectCell("a");
    autosave.flush();
    expect(state.writes).toBe(0);
    store.getState().actions.setMaxPods(64);
    autosave.flush();
    expect(state.writes).toBe(1);
    expect(data.has(AUTOSAVE_KEY)).toBe(true);
  });

  it("reports a full storage once, keeps the app working, and reports recovery", () => {
    const store = createAppStore(undefined, { storage: null });
    const { kv, state } = memoryStorage();
    const statuses = vi.fn();
    const autosave = startAutosave(store, kv, { onStatusChange: statuses });
    state.fail = "full";
    for (const n of [3, 4, 5]) {
      expect(store.getState().actions.setNodeCount(n).ok).toBe(true);
      autosave.flush();
    }
    expect(statuses).toHaveBeenCalledTimes(1);
    expect(statuses).toHaveBeenLastCalledWith(
      expect.objectContaining({ ok: false, reason: "full" }),
    );
    state.fail = undefined;
    store.getState().actions.setNodeCount(6);
    autosave.flush();
    expect(statuses).toHaveBeenLastCalledWith({ ok: true });
    expect(store.getState().design.nodes.count).toBe(6);
  });

  it("works with no storage at all", () => {
    const store = createAppStore(undefined, { storage: null });
    const statuses = vi.fn();
    const autosave = startAutosave(store, undefined, { onStatusChange: statuses });
    store.getState().actions.setNodeCount(9);
    autosave.flush();
    expect(statuses).toHaveBeenCalledWith(expect.objectContaining({ reason: "unavailable" }));
  });

  it("stop cancels a pending save", () => {
    const store = createAppStore(undefined, { storage: null });
    const { kv, state } = memoryStorage();
    const autosave = startAutosave(store, kv);
    store.getState().actions.setNodeCount(8);
    autosave.stop();
    vi.runAllTimers();
    expect(state.writes).toBe(0);
  });
});

describe("startAutosave across tabs and after an unreadable autosave", () => {
  it("keeps another tab's autosaved plan in the recent designs before saving over it", () => {
    const { kv, data } = memoryStorage();
    savePlan(kv, { plan: threeClusterPlan(), active: 1 }, "tab-c");
    const store = createAppStore(undefined, { storage: null });
    const kept: string[] = [];
    startAutosave(store, kv, { tab: "tab-a", onOtherTabKept: (n) => kept.push(n) }).resume();
    expect(kept).toEqual(["3 clusters: east, west, lab"]);
    expect(readHistory(kv).map((e) => e.name)).toEqual(["3 clusters: east, west, lab"]);
    expect(loadSavedPlan(kv)).toMatchObject({ plan: singleClusterPlan(defaultDesign()) });
    expect(data.get(AUTOSAVE_KEY)).toContain('"tab":"tab-a"');
  });

  it("keeps another tab's plan as a link once the codec is there, as its payload before", async () => {
    const { kv } = memoryStorage();
    savePlan(kv, { plan: threeClusterPlan(), active: 1 }, "tab-c");
    const store = createAppStore(undefined, { storage: null });
    const codec = deferredLinkCodec();
    startAutosave(store, kv, { tab: "tab-a", codec: codec.source }).resume();
    expect(readHistory(kv)[0]?.payload?.format).toBe("d2");
    await codec.arrive();
    savePlan(kv, { plan: singleClusterPlan(PRESETS[1]!.design), active: 0 }, "tab-d");
    startAutosave(store, kv, { tab: "tab-a", codec: codec.source }).resume();
    const [kept, older] = readHistory(kv);
    expect(kept?.link?.startsWith("d1.")).toBe(true);
    expect(older?.link?.startsWith("d2.")).toBe(true);
    expect(older && openHistoryEntry(older)).toEqual(threeClusterPlan());
  });

  it("keeps another tab's autosaved design in the recent designs before saving over it", () => {
    const { kv, data } = memoryStorage();
    savePlan(
      kv,
      { plan: singleClusterPlan({ ...defaultDesign(), name: "other-tab" }), active: 0 },
      "tab-b",
    );
    const store = createAppStore(undefined, { storage: null });
    const kept: string[] = [];
    startAutosave(store, kv, { delayMs: 500, tab: "tab-a", onOtherTabKept: (n) => kept.push(n) });
    store.getState().actions.setNodeCount(7, "typing");
    vi.advanceTimersByTime(500);
    expect(kept).toEqual(["other-tab"]);
    expect(readHistory(kv).map((e) => e.name)).toEqual(["other-tab"]);
    expect(data.get(AUTOSAVE_KEY)).toContain('"tab":"tab-a"');
    // This tab's own later saves keep nothing more.
    store.getState().actions.setNodeCount(8, "typing");
    vi.advanceTimersByTime(500);
    expect(kept).toEqual(["other-tab"]);
    expect(readHistory(kv)).toHaveLength(1);
  });

  it("paused: nothing is written until resume(), which saves the current design", () => {
    const { kv, data, state } = memoryStorage();
    data.set(AUTOSAVE_KEY, "unreadable but kept");
    const store = createAppStore(undefined, { storage: null });
    const autosave = startAutosave(store, kv, { delayMs: 500, paused: true });
    store.getState().actions.setNodeCount(7, "typing");
    vi.advanceTimersByTime(500);
    autosave.flush();
    expect(data.get(AUTOSAVE_KEY)).toBe("unreadable but kept");
    expect(state.writes).toBe(0);
    autosave.resume();
    expect(data.get(AUTOSAVE_KEY)).toContain('"count":7');
  });
});
