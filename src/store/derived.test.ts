import { describe, expect, it } from "vitest";
import { createAppStore } from "./createAppStore.ts";
import { columnFindingsOf, capacityOf, findingsOf, findingsWithFixesOf } from "./derived.ts";

describe("derived selectors", () => {
  it("compute once per design object and follow edits", () => {
    const store = createAppStore(undefined, { storage: null });
    const first = store.getState().design;
    expect(findingsOf(first)).toBe(findingsOf(first));
    expect(capacityOf(first)).toBe(capacityOf(first));
    // /16 pods with /24 per node: 256 node ranges, 253 host-local pod IPs (reference/kubernetes.md 4, 9).
    expect(capacityOf(first)?.ipv4?.nodeSubnets).toBe(256n);
    expect(capacityOf(first)?.ipv4?.podIPsPerNode).toBe(253n);
    store.getState().actions.setNodeMask("ipv4", 26);
    const next = store.getState().design;
    expect(capacityOf(next)?.ipv4?.podIPsPerNode).toBe(61n);
    expect(capacityOf(first)?.ipv4?.podIPsPerNode).toBe(253n);
  });

  it("turns the Cilium default pool on kubeadm's Service range into an error finding", () => {
    const store = createAppStore(undefined, { storage: null });
    const { actions } = store.getState();
    expect(findingsOf(store.getState().design).some((f) => f.severity === "error")).toBe(false);
    actions.setCni("cilium");
    actions.setPodCidr("ipv4", 0, "10.0.0.0/8");
    const errors = findingsOf(store.getState().design).filter((f) => f.severity === "error");
    expect(errors.some((f) => f.fields.some((p) => p.startsWith("ipv4.podCidrs")))).toBe(true);
  });

  it("the Findings column lists the plan's findings across clusters first, then the design's", () => {
    const store = createAppStore(undefined, { storage: null });
    const a = store.getState().actions;
    const one = store.getState();
    // One cluster, nothing across clusters: the design's own list, the same object.
    expect(columnFindingsOf(one.plan, one.design)).toBe(findingsWithFixesOf(one.design));
    a.setNodeCount(400);
    a.duplicateCluster();
    a.setPodCidr("ipv4", 0, store.getState().plan.clusters[0]!.ipv4!.podCidrs[0]!);
    const s = store.getState();
    const own = findingsWithFixesOf(s.design);
    expect(own.length).toBeGreaterThan(0);
    const column = columnFindingsOf(s.plan, s.design);
    expect(column.slice(1)).toEqual(own);
    expect(column[0]).toMatchObject({
      rule: "plan-pod-ranges-distinct",
      cluster: 1,
      clusterName: "my-cluster-2",
      otherClusters: ["my-cluster"],
    });
  });
});
