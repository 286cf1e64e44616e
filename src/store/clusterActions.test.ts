import { describe, expect, it } from "vitest";
import { encodeLink } from "../core/codec/link.ts";
import { encodePlanLink } from "../core/codec/planLink.ts";
import { defaultDesign } from "../core/design/defaults.ts";
import { planFindings } from "../core/plan/planFindings.ts";
import { createAppStore } from "./createAppStore.ts";

const fresh = () => createAppStore(undefined, { storage: null });

describe("cluster actions", () => {
  it("a fresh store is a plan of one cluster, the design every panel reads", () => {
    const s = fresh().getState();
    expect(s.plan.clusters).toEqual([s.design]);
    expect(s.activeCluster).toBe(0);
    expect(encodePlanLink(s.plan)).toBe(encodeLink(defaultDesign()));
  });

  it("design actions edit the active cluster only; each cluster action is one undo step", () => {
    const store = fresh();
    const a = () => store.getState().actions;
    expect(a().duplicateCluster().ok).toBe(true);
    expect(store.getState().activeCluster).toBe(1);
    expect(store.getState().design.name).toBe("my-cluster-2");
    expect(store.getState().history.past).toHaveLength(1);

    a().setNodeCount(7);
    expect(store.getState().plan.clusters.map((d) => d.nodes.count)).toEqual([50, 7]);
    expect(a().selectCluster(0).ok).toBe(true);
    expect(store.getState().design.nodes.count).toBe(50);
    // Selecting is a view change, not a step.
    expect(store.getState().history.past).toHaveLength(2);

    // Undo goes back to where the change was made: cluster 2, count 50.
    a().undo();
    expect(store.getState().activeCluster).toBe(1);
    expect(store.getState().design.nodes.count).toBe(50);
    a().undo();
    expect(store.getState().plan.clusters).toHaveLength(1);
    expect(store.getState().design).toEqual(defaultDesign());
    a().redo();
    expect(store.getState().plan.clusters).toHaveLength(2);
    expect(planFindings(store.getState().plan).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("refuses a name another cluster has, by rename and by the name field", () => {
    const store = fresh();
    const a = () => store.getState().actions;
    a().addCluster();
    expect(a().renameCluster(1, "my-cluster")).toEqual({
      ok: false,
      error: 'cluster 1 is already named "my-cluster"; each cluster needs its own name',
    });
    expect(a().setName("my-cluster").ok).toBe(false);
    expect(a().renameCluster(1, "West").ok).toBe(false);
    expect(a().renameCluster(1, "west").ok).toBe(true);
    expect(store.getState().design.name).toBe("west");
  });

  it("removes a cluster, keeping the active one shown, and never the last", () => {
    const store = fresh();
    const a = () => store.getState().actions;
    a().addCluster();
    a().addCluster();
    a().renameCluster(2, "third");
    expect(a().removeCluster(0).ok).toBe(true);
    expect(store.getState().design.name).toBe("third");
    expect(a().removeCluster(1).ok).toBe(true);
    expect(a().removeCluster(0).ok).toBe(false);
    expect(store.getState().plan.clusters.map((d) => d.name)).toEqual(["my-cluster-2"]);
  });

  it("replaces the whole plan from a link's data and sets routing as a step", () => {
    const store = fresh();
    const a = () => store.getState().actions;
    a().duplicateCluster();
    const plan = store.getState().plan;
    const other = fresh();
    expect(other.getState().actions.replacePlan(plan, { resetHistory: true }).ok).toBe(true);
    expect(other.getState().plan).toEqual(plan);
    expect(other.getState().actions.canUndo()).toBe(false);
    other.getState().actions.setClusterRouting("isolated");
    expect(other.getState().plan.routing).toBe("isolated");
    other.getState().actions.undo();
    expect(other.getState().plan.routing).toBe("connected");
  });

  it("a plan finding's fix applies in its cluster as one undo step; its field is focused there", () => {
    const store = fresh();
    const a = () => store.getState().actions;
    a().duplicateCluster();
    // The copy's pods onto the first cluster's: a clash reported on the copy (cluster 1).
    const firstPods = store.getState().plan.clusters[0]!.ipv4!.podCidrs[0]!;
    a().setPodCidr("ipv4", 0, firstPods);
    a().selectCluster(0);
    const [clash] = planFindings(store.getState().plan);
    expect(clash).toMatchObject({ rule: "plan-pod-ranges-distinct", cluster: 1 });
    expect(clash!.otherClusters).toEqual(["my-cluster"]);
    const steps = store.getState().history.past.length;

    expect(a().focusClusterField(1, clash!.fields[0]!).ok).toBe(true);
    expect(store.getState().activeCluster).toBe(1);
    expect(store.getState().view.focusRequest?.path).toBe("ipv4.podCidrs.0");
    a().selectCluster(0);

    expect(a().applyClusterFix(1, clash!.fixes![0]!).ok).toBe(true);
    expect(store.getState().activeCluster).toBe(1);
    expect(store.getState().history.past).toHaveLength(steps + 1);
    expect(planFindings(store.getState().plan)).toEqual([]);
    expect(store.getState().plan.clusters[0]!.ipv4!.podCidrs[0]).toBe(firstPods);
    a().undo();
    expect(store.getState().activeCluster).toBe(1);
    expect(store.getState().design.ipv4!.podCidrs[0]).toBe(firstPods);
    expect(a().applyClusterFix(5, clash!.fixes![0]!)).toEqual({
      ok: false,
      error: "the plan has no cluster 6",
    });
  });
});
