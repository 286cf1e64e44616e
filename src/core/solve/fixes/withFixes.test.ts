import { describe, expect, it } from "vitest";
import { analyse } from "../../analysis/analyseDesign.ts";
import { applyFix } from "../../design/applyFix.ts";
import { chooseCni } from "../../design/chooseCni.ts";
import { defaultCni, defaultDesign } from "../../design/defaults.ts";
import type { Design } from "../../design/schema.ts";
import {
  findingsWithFixes,
  fixTrialsFor,
  MAX_FIX_TRIALS,
  MAX_FIX_WORK,
  withFixes,
} from "./withFixes.ts";

function cilium(count: number, patch: Partial<Design> = {}): Design {
  const d = chooseCni(defaultDesign(), defaultCni("cilium")).design;
  return { ...d, ...patch, nodes: { ...d.nodes, ...patch.nodes, count } };
}

const notInfo = (d: Design) => analyse(d).findings.filter((f) => f.severity !== "info");

describe("withFixes", () => {
  it("500 Cilium cluster-pool nodes on a /16 at /24: one fix reaches a clean design", () => {
    const design = cilium(500);
    const finding = findingsWithFixes(design).find((f) => f.rule === "capacity-nodes");
    expect(finding?.severity).toBe("error");
    expect(finding?.fixes?.map((f) => f.summary)).toEqual([
      "pods 10.244.0.0/14 → 1,024 node ranges, fits 600",
      "node mask /25 → 512 nodes of 110 pods, still short of 600",
    ]);
    const applied = applyFix(design, finding!.fixes![0]!);
    expect(applied.ok).toBe(true);
    if (applied.ok) expect(notInfo(applied.value.design)).toEqual([]);
  });

  it("moves a pod range that a larger one would overlap to the next free block", () => {
    // 10.0.0.0/16 overlaps the node network 10.0.0.0/22; growing it in place would too.
    const design = cilium(500, {
      ipv4: { podCidrs: ["10.0.0.0/16"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
    });
    const capacity = findingsWithFixes(design).find((f) => f.rule === "capacity-nodes");
    expect(capacity?.fixes?.[0]?.summary).toBe(
      "pods 10.4.0.0/14 → 1,024 node ranges, fits 600 (the next free block of that size)",
    );
    const applied = applyFix(design, capacity!.fixes![0]!);
    if (applied.ok) expect(notInfo(applied.value.design)).toEqual([]);
    const overlap = findingsWithFixes(design).find((f) => f.rule === "overlap-node-networks");
    expect(overlap?.fixes?.map((f) => f.summary)).toEqual([
      "move the IPv4 pod range to 10.1.0.0/16, the next free /16",
      'move the node network "nodes" to 10.1.0.0/22, the next free /22',
    ]);
  });

  it("offers a shorter node mask or a lower maxPods when a node's range is too small", () => {
    const d = cilium(50);
    const design = { ...d, nodes: { ...d.nodes, maxPods: 300 } };
    const finding = findingsWithFixes(design).find((f) => f.rule === "capacity-pods-per-node");
    expect(finding?.fixes).toEqual([
      {
        summary: "node mask /23 → 128 nodes of 300 pods, fits 60",
        changes: { "ipv4.nodeMask": 23 },
      },
      { summary: "maxPods 252, the pods a node's range holds", changes: { "nodes.maxPods": 252 } },
    ]);
  });

  it("moves a range out of a special-purpose block", () => {
    const design = cilium(50, {
      ipv4: { podCidrs: ["224.0.0.0/16"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
    });
    const finding = findingsWithFixes(design).find((f) => f.rule === "special-ranges");
    expect(finding?.fixes?.[0]?.changes).toEqual({ "ipv4.podCidrs.0": "10.1.0.0/16" });
  });

  it("leaves findings without a changed value that fixes them alone, and info findings", () => {
    const findings = findingsWithFixes(cilium(50));
    expect(findings.every((f) => f.fixes === undefined)).toBe(true);
  });

  it("spends fewer trials on larger designs, and still fixes the first error of one with 200 ranges", () => {
    expect(fixTrialsFor(40)).toBe(MAX_FIX_TRIALS);
    expect(fixTrialsFor(50)).toBe(MAX_FIX_TRIALS);
    expect(fixTrialsFor(51)).toBe(39);
    expect(fixTrialsFor(200)).toBe(10);
    expect(fixTrialsFor(2_000)).toBe(1);
    expect(fixTrialsFor(2_001)).toBe(0);
    const d = cilium(500);
    const many = {
      ...d,
      externalRanges: Array.from({ length: 200 }, (_, i) => ({
        name: `x-${i}`,
        cidr: `192.168.${i}.0/24`,
      })),
    };
    const findings = withFixes(many, analyse(many).findings);
    const nodes = findings.find((f) => f.rule === "capacity-nodes");
    expect(nodes?.severity).toBe("error");
    expect(nodes?.fixes?.length ?? 0).toBeGreaterThan(0);
  });

  it("computes no fixes where one trial would exceed the work budget", () => {
    const d = cilium(500);
    const huge = {
      ...d,
      externalRanges: Array.from({ length: 1_024 }, (_, i) => ({
        name: `x-${i}`,
        cidr: `172.${16 + (i >> 8)}.${i & 255}.0/24`,
      })),
      loadBalancer: {
        ...d.loadBalancer,
        pools: Array.from({ length: 1_024 }, (_, i) => ({
          name: `p-${i}`,
          range: `192.168.${i >> 2}.${(i & 3) * 64}/26`,
        })),
      },
      nodes: {
        ...d.nodes,
        networks: Array.from({ length: 1_024 }, (_, i) => ({
          name: `n-${i}`,
          cidr: `100.64.${i >> 2}.${(i & 3) * 64}/26`,
        })),
      },
      ipv4: {
        ...d.ipv4!,
        podCidrs: Array.from(
          { length: 1_024 },
          (_, i) => `10.${64 + (i >> 4)}.${(i & 15) * 16}.0/20`,
        ),
      },
    };
    expect(analyse(huge).context.ranges.length).toBeGreaterThan(MAX_FIX_WORK);
    expect(withFixes(huge, analyse(huge).findings).some((f) => f.fixes)).toBe(false);
  });
});

describe("withFixes: Service range sizes", () => {
  const withService = (serviceCidr: string): Design => {
    const d = defaultDesign();
    return { ...d, ipv4: { ...d.ipv4!, serviceCidr } };
  };

  it("shrinks a Service range kubeadm finds too large, in place, to the largest it takes", () => {
    const design = withService("10.96.0.0/11");
    const finding = findingsWithFixes(design).find((f) => f.rule === "kubeadm-service-subnet-size");
    expect(finding?.fixes?.map((f) => f.summary)).toContain(
      "Service range 10.96.0.0/12 → 1,048,574 ClusterIPs",
    );
    const fix = finding!.fixes!.find((f) => f.changes["ipv4.serviceCidr"] === "10.96.0.0/12")!;
    const applied = applyFix(design, fix);
    expect(applied.ok && notInfo(applied.value.design)).toEqual([]);
  });

  it("grows a Service range too small to start the apiserver to the smallest it takes", () => {
    const design = withService("10.96.0.0/30");
    const finding = findingsWithFixes(design).find((f) => f.rule === "apiserver-service-range-min");
    const changes = finding?.fixes?.map((f) => f.changes["ipv4.serviceCidr"]);
    expect(changes?.[0]).toBe("10.96.0.0/29");
    const applied = applyFix(design, finding!.fixes![0]!);
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(analyse(applied.value.design).findings.map((f) => f.rule)).not.toContain(
      "apiserver-service-range-min",
    );
  });
});
