import { describe, expect, it } from "vitest";
import { defaultCni, defaultDesign } from "../design/defaults.ts";
import { designSchema, type Design } from "../design/schema.ts";
import {
  addCluster,
  checkClusterName,
  duplicateCluster,
  removeCluster,
  replaceCluster,
  setClusterRouting,
} from "./clusterEdits.ts";
import { freeClusterName, singleClusterPlan, type Plan } from "./plan.ts";
import { planFindings } from "./planFindings.ts";

const ciliumDesign = (): Design => ({
  ...defaultDesign(),
  name: "east",
  cni: defaultCni("cilium"),
});
const must = <T>(r: { ok: true; value: T } | { ok: false; error: string }): T => {
  if (!r.ok) throw new Error(r.error);
  return r.value;
};
const errorsAndWarnings = (p: Plan) => planFindings(p).filter((f) => f.severity !== "info");

describe("cluster edits", () => {
  it("never moves a copied range onto the copy's own ranges to avoid", () => {
    // The next free /24 after the pod range 10.0.0.0/24 is 10.0.1.0/24, but the design avoids it
    // (an external range); the copy's pod range must go past it, to 10.0.3.0/24.
    const design: Design = {
      ...defaultDesign(),
      name: "west",
      ipv4: { podCidrs: ["10.0.0.0/24"], nodeMask: 26, serviceCidr: "10.0.4.0/24" },
      nodes: { ...defaultDesign().nodes, networks: [{ name: "n", cidr: "10.0.2.0/24" }] },
      externalRanges: [{ name: "corp", cidr: "10.0.1.0/24" }],
    };
    const copy = must(duplicateCluster(singleClusterPlan(design), 0)).plan.clusters[1]!;
    expect(copy.ipv4!.podCidrs).toEqual(["10.0.3.0/24"]);
    expect(copy.externalRanges).toEqual(design.externalRanges);
  });

  it("duplicates a cluster under a new name with every range moved clear of the source", () => {
    const start = singleClusterPlan(ciliumDesign());
    const edit = must(duplicateCluster(start, 0));
    const [a, b] = edit.plan.clusters;
    expect(edit.plan.clusters.map((d) => d.name)).toEqual(["east", "east-2"]);
    expect(b!.ipv4!.podCidrs[0]).not.toBe(a!.ipv4!.podCidrs[0]);
    expect(b!.ipv4!.serviceCidr).not.toBe(a!.ipv4!.serviceCidr);
    expect(b!.nodes.networks[0]!.cidr).not.toBe(a!.nodes.networks[0]!.cidr);
    // Same sizes: only the positions change.
    expect(b!.ipv4!.podCidrs[0]!.split("/")[1]).toBe(a!.ipv4!.podCidrs[0]!.split("/")[1]);
    // Both Cilium clusters get ClusterMesh ids, and the note says so.
    expect(edit.plan.clusters.map((d) => (d.cni.kind === "cilium" ? d.cni.clusterId : 0))).toEqual([
      1, 2,
    ]);
    expect(edit.note).toContain('"east" gets Cilium cluster.id 1');
    expect(errorsAndWarnings(edit.plan)).toEqual([]);
    for (const d of edit.plan.clusters) expect(designSchema.safeParse(d).success).toBe(true);
  });

  it("three clusters from duplicates stay clear of each other; isolated ones may keep the Service range", () => {
    let p = singleClusterPlan(ciliumDesign());
    p = must(duplicateCluster(p, 0)).plan;
    p = must(duplicateCluster(p, 1)).plan;
    expect(p.clusters.map((d) => d.name)).toEqual(["east", "east-2", "east-3"]);
    expect(errorsAndWarnings(p)).toEqual([]);

    const isolated = setClusterRouting(singleClusterPlan(defaultDesign()), "isolated").plan;
    const copy = must(duplicateCluster(isolated, 0)).plan;
    expect(copy.clusters[1]!.ipv4!.serviceCidr).toBe(copy.clusters[0]!.ipv4!.serviceCidr);
    expect(copy.clusters[1]!.ipv4!.podCidrs).not.toEqual(copy.clusters[0]!.ipv4!.podCidrs);
    expect(errorsAndWarnings(copy)).toEqual([]);
  });

  it("adds the default design as a new cluster, clear of the others", () => {
    const p = must(addCluster(singleClusterPlan(defaultDesign()))).plan;
    expect(p.clusters.map((d) => d.name)).toEqual(["my-cluster", "my-cluster-2"]);
    expect(errorsAndWarnings(p)).toEqual([]);
  });

  it("removes any cluster but the last; names stay unique", () => {
    const p = must(duplicateCluster(singleClusterPlan(defaultDesign()), 0)).plan;
    expect(must(removeCluster(p, 0)).plan.clusters.map((d) => d.name)).toEqual(["my-cluster-2"]);
    expect(removeCluster(singleClusterPlan(defaultDesign()), 0)).toEqual({
      ok: false,
      error: "a plan keeps at least one cluster",
    });
    expect(checkClusterName(p, 1, "my-cluster").ok).toBe(false);
    expect(checkClusterName(p, 0, "my-cluster").ok).toBe(true);
    expect(replaceCluster(p, 1, { ...p.clusters[1]!, name: "my-cluster" }).ok).toBe(false);
  });

  it("makes free names within 63 characters", () => {
    const long = "a".repeat(63);
    const p = singleClusterPlan({ ...defaultDesign(), name: long });
    const name = freeClusterName(p, long);
    expect(name).toHaveLength(63);
    expect(name.endsWith("-2")).toBe(true);
  });
});
