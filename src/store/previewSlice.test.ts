import { describe, expect, it } from "vitest";
import { defaultDesign } from "../core/design/defaults.ts";
import { lastAddress } from "../core/ip/prefix.ts";
import { rangesOverlap } from "../core/ip/range.ts";
import { clusterRanges } from "../core/plan/clusterRanges.ts";
import { nextFreeInDesign } from "../core/solve/nextFreeInDesign.ts";
import { threeClusterPlan } from "../../test/core/plan/threeClusters.ts";
import { createAppStore } from "./createAppStore.ts";
import { otherClustersRanges } from "./otherClusters.ts";

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
  it("Take of a plan of several clusters replaces the whole plan as one undo step", () => {
    const store = fresh();
    store.getState().actions.setNodeCount(12);
    const before = store.getState().plan;
    const plan = threeClusterPlan();
    store.getState().actions.showPreview({
      source: "plan",
      title: "Proposal of 3 clusters",
      design: plan.clusters[0]!,
      plan,
      lines: [],
    });
    expect(store.getState().plan).toBe(before);
    expect(store.getState().actions.takePreview().ok).toBe(true);
    expect(store.getState().plan).toEqual(plan);
    expect(store.getState().activeCluster).toBe(0);
    expect(store.getState().preview).toBeUndefined();
    store.getState().actions.undo();
    expect(store.getState().plan).toEqual(before);
    expect(store.getState().design.nodes.count).toBe(12);
  });

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

describe("free blocks in a plan of several clusters", () => {
  it("avoid the other clusters' ranges; switching cluster drops a preview", () => {
    const store = fresh();
    expect(store.getState().actions.duplicateCluster(0).ok).toBe(true);
    store.getState().actions.selectCluster(1);
    const state = store.getState();
    const first = clusterRanges([state.plan.clusters[0]!]).map((r) => r.range);
    for (const length of [22, 20, 16]) {
      const block = nextFreeInDesign(state.design, "ipv4", length, otherClustersRanges(state));
      expect(block.ok).toBe(true);
      if (!block.ok) return;
      const span = {
        family: "ipv4" as const,
        first: block.value.network,
        last: lastAddress(block.value),
      };
      expect(first.some((r) => rangesOverlap(r, span))).toBe(false);
    }
    show(store);
    store.getState().actions.selectCluster(0);
    expect(store.getState().preview).toBeUndefined();
  });
});
