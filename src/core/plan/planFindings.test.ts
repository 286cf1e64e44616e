import { describe, expect, it } from "vitest";
import { applyFix } from "../design/applyFix.ts";
import { defaultCni, defaultDesign } from "../design/defaults.ts";
import type { Design } from "../design/schema.ts";
import { prefixOf } from "../ip/prefix.ts";
import { proposePlan } from "../solve/proposePlan.ts";
import type { Plan } from "./plan.ts";
import { planFindings } from "./planFindings.ts";

const cilium = (name: string, clusterId?: number): Design => {
  const d = defaultDesign();
  return {
    ...d,
    name,
    cni: { ...defaultCni("cilium"), ...(clusterId ? { clusterId } : {}) },
  } as Design;
};
const withPods = (d: Design, pods: string, services = d.ipv4!.serviceCidr): Design => ({
  ...d,
  ipv4: { ...d.ipv4!, podCidrs: [pods], serviceCidr: services },
});
const plan = (clusters: Design[], routing: Plan["routing"] = "connected"): Plan => ({
  clusters,
  routing,
});
const rules = (p: Plan) => planFindings(p).map((f) => `${f.rule}@${f.clusterName}:${f.severity}`);

/** Three ClusterMesh clusters as the solver proposes them in 10.40.0.0/14. */
function threeClusters(): Design[] {
  const result = proposePlan({
    budgets: [prefixOf("10.40.0.0/14")!],
    avoid: [],
    requirements: {
      nodes: 100,
      maxNodes: 200,
      surge: 5,
      podsPerNode: 110,
      services: 1000,
      lbAddresses: 20,
    },
    cni: defaultCni("cilium"),
    clusters: 3,
  });
  if (!result.ok) throw new Error(result.error);
  return result.plan.designs;
}

describe("planFindings", () => {
  it("finds nothing in the solver's three ClusterMesh clusters (ids 1-3, distinct ranges)", () => {
    const clusters = threeClusters();
    expect(clusters.map((d) => (d.cni.kind === "cilium" ? d.cni.clusterId : 0))).toEqual([1, 2, 3]);
    expect(planFindings(plan(clusters))).toEqual([]);
  });

  it("finds nothing for one default cluster", () => {
    expect(planFindings(plan([defaultDesign()]))).toEqual([]);
  });

  it("pod ranges shared by two clusters: an error on the later cluster quoting ClusterMesh, with a fix that clears it", () => {
    const a = withPods(cilium("east", 1), "10.244.0.0/16", "10.96.0.0/16");
    const b = {
      ...withPods(cilium("west", 2), "10.244.128.0/17", "10.97.0.0/16"),
      nodes: { ...a.nodes, networks: [{ name: "n", cidr: "192.168.50.0/24" }] },
    };
    const p = plan([a, b]);
    const found = planFindings(p);
    expect(found).toHaveLength(1);
    const f = found[0]!;
    expect(f).toMatchObject({
      rule: "plan-pod-ranges-distinct",
      severity: "error",
      cluster: 1,
      clusterName: "west",
      fields: ["ipv4.podCidrs.0"],
    });
    expect(f.message).toContain(
      'Cluster "west": pod range 10.244.128.0/17 overlaps pod range 10.244.0.0/16 of cluster "east"',
    );
    expect(f.message).toContain(
      "PodCIDR ranges in all clusters and all nodes must be non-conflicting and unique IP addresses.",
    );
    const fix = f.fixes![0]!;
    // The next free /17 of 10/8 clear of every cluster: 10.0.0.0/17 holds east's node network.
    expect(fix.changes).toEqual({ "ipv4.podCidrs.0": "10.0.128.0/17" });
    const edit = applyFix(b, fix);
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    const after = plan([a, edit.value.design]);
    expect(planFindings(after)).toEqual([]);
  });

  it("Service ranges may repeat only when the clusters never route to each other", () => {
    const a = withPods(defaultDesign(), "10.244.0.0/16");
    const b = {
      ...withPods(defaultDesign(), "10.245.0.0/16"),
      name: "b",
      nodes: { ...a.nodes, networks: [{ name: "n", cidr: "192.168.0.0/24" }] },
    };
    expect(rules(plan([a, b]))).toEqual(["plan-service-ranges-distinct@b:error"]);
    expect(planFindings(plan([a, b], "isolated"))).toEqual([]);
  });

  it("node networks shared by two clusters are a warning; LoadBalancer pools an error", () => {
    const a = {
      ...withPods(defaultDesign(), "10.244.0.0/16", "10.96.0.0/16"),
      loadBalancer: {
        ...defaultDesign().loadBalancer,
        pools: [{ name: "p", range: "192.168.10.0/28" }],
      },
    };
    const b = {
      ...withPods(defaultDesign(), "10.245.0.0/16", "10.97.0.0/16"),
      name: "b",
      loadBalancer: {
        ...a.loadBalancer,
        pools: [{ name: "q", range: "192.168.10.8-192.168.10.9" }],
      },
    };
    expect(rules(plan([a, b])).sort()).toEqual([
      "plan-lb-pools-distinct@b:error",
      "plan-node-networks-distinct@b:warning",
    ]);
    // A start-end pool is not a CIDR to move: no fix is offered, the finding says what to do.
    const lb = planFindings(plan([a, b])).find((f) => f.rule === "plan-lb-pools-distinct")!;
    expect(lb.fixes).toBeUndefined();
  });

  it("Cilium ids: missing and repeated in a mesh, over 255, and the default name, each quoted", () => {
    const a = withPods(cilium("a", 7), "10.1.0.0/16", "10.201.0.0/16");
    const b = {
      ...withPods(cilium("b"), "10.2.0.0/16", "10.202.0.0/16"),
      nodes: { ...a.nodes, networks: [] },
    };
    const c = {
      ...withPods(cilium("c", 7), "10.3.0.0/16", "10.203.0.0/16"),
      nodes: { ...a.nodes, networks: [] },
    };
    const found = planFindings(plan([a, b, c]));
    expect(found.map((f) => `${f.rule}@${f.clusterName}`)).toEqual([
      "cilium-cluster-id-unique@c",
      "cilium-cluster-id-missing@b",
    ]);
    expect(found[1]!.fixes).toEqual([
      { summary: "set cluster.id to 1", changes: { "cni.clusterId": 1 } },
    ]);
    // Isolated clusters do not mesh: no id is required or compared.
    expect(planFindings(plan([a, b, c], "isolated"))).toEqual([]);

    const big = planFindings(plan([cilium("solo", 300)]));
    expect(big.map((f) => f.rule)).toEqual(["cilium-cluster-id-range"]);
    expect(big[0]!.message).toContain('"invalid cluster id 300: must be in range 0..255"');
    const named = planFindings(plan([cilium("default", 3)]));
    expect(named[0]!.message).toContain(
      '"cannot use default cluster name (default) with option cluster-id"',
    );
    const dotted = planFindings(plan([cilium("prod.eu", 3)]));
    expect(dotted[0]!.rule).toBe("cilium-cluster-name");
  });

  it("applying the missing-id fix sets the id through the design edit", () => {
    const edit = applyFix(cilium("b"), { summary: "", changes: { "cni.clusterId": 4 } });
    expect(edit.ok && edit.value.design.cni).toMatchObject({ kind: "cilium", clusterId: 4 });
    expect(applyFix(defaultDesign(), { summary: "", changes: { "cni.clusterId": 4 } }).ok).toBe(
      false,
    );
  });
});
