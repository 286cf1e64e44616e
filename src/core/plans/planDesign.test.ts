import { describe, expect, it } from "vitest";
import { calico, cilium, testDesign } from "../../../test/core/capacity/testDesign.ts";
import { computeCapacity } from "../capacity/computeCapacity.ts";
import { defaultDesign } from "../design/defaults.ts";
import { planDesign } from "./planDesign.ts";
import { unitsOf } from "./runs.ts";

describe("planDesign: the cases of issue 8", () => {
  it("Cilium ipam kubernetes, IPv6 fd00:10::/56 with /64 per node: 65,532 pod IPs in the block", () => {
    const design = testDesign({
      ipv6: { podCidrs: ["fd00:10::/56"], nodeMask: 64 },
      cni: cilium("kubernetes"),
    });
    const v6 = planDesign(design).ipv6;
    expect(v6?.block?.podAddresses).toBe(65_532n);
    expect(v6?.block?.podIps.ips).toBe(65_532n);
    // The range's last address (65,535) and everything beyond Cilium's 65,536 slots is reserved.
    expect(v6?.block?.roles.at(-1)).toEqual({
      start: 65_535n,
      end: 1n << 64n,
      kind: "addr-reserved",
    });
    expect(computeCapacity(design).ipv6?.podIPsPerNode).toBe(65_532n);
  });

  it("kube-controller-manager with two IPv4 pod ranges: the second is unused, with the reason", () => {
    const design = testDesign({ ipv4: { podCidrs: ["10.244.0.0/16", "10.245.0.0/16"] } });
    const [first, second] = planDesign(design).ipv4?.podRanges ?? [];
    expect(first?.unused).toBeUndefined();
    expect(unitsOf(first?.runs ?? [], "node-free")).toBe(196n);
    expect(second?.unused).toContain(
      "kube-controller-manager allocates node ranges only from the first",
    );
    expect(second?.runs).toEqual([]);
    expect(second?.nodeSubnets).toBe(256n);
    expect(computeCapacity(design).ipv4?.nodeSubnets).toBe(256n);
  });
});

describe("planDesign: runs", () => {
  it("default design: 50 allocated, 10 headroom (20 %), 196 free /24s in 10.244.0.0/16", () => {
    const [plan] = planDesign(defaultDesign()).ipv4?.podRanges ?? [];
    expect(plan?.runs).toEqual([
      { start: 0n, end: 50n, kind: "node-allocated" },
      { start: 50n, end: 60n, kind: "node-headroom" },
      { start: 60n, end: 256n, kind: "node-free" },
    ]);
  });

  it("carries the node demand over to the next pool entry under Cilium cluster-pool", () => {
    const design = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/26", "10.245.0.0/16"], nodeMask: 28 },
      cni: cilium("cluster-pool"),
    });
    const [a, b] = planDesign(design).ipv4?.podRanges ?? [];
    expect(a?.runs).toEqual([{ start: 0n, end: 4n, kind: "node-allocated" }]);
    expect(b?.runs.slice(0, 2)).toEqual([
      { start: 0n, end: 46n, kind: "node-allocated" },
      { start: 46n, end: 56n, kind: "node-headroom" },
    ]);
  });

  it("withholds the /24s touching 10.96.0.0/12 in 10.0.0.0/8 under the controller manager", () => {
    const design = testDesign({
      ipv4: { podCidrs: ["10.0.0.0/8"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
    });
    const [plan] = planDesign(design).ipv4?.podRanges ?? [];
    expect(plan?.runs.find((r) => r.kind === "node-withheld")).toEqual({
      start: 24_576n,
      end: 28_672n,
      kind: "node-withheld",
    });
    expect(plan?.withheld).toBe(4_096n);
  });

  it("gives each node the Calico blocks it fills at full density (110 pods + tunnel = 2 /26 blocks)", () => {
    const design = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 26 },
      cni: calico("calico-ipam"),
    });
    const v4 = planDesign(design).ipv4;
    expect(v4?.calico?.blocksPerNode).toBe(2n);
    expect(v4?.podRanges[0]?.runs).toEqual([
      { start: 0n, end: 100n, kind: "node-allocated" },
      { start: 100n, end: 120n, kind: "node-headroom" },
      { start: 120n, end: 1024n, kind: "node-free" },
    ]);
  });

  it("marks every pod range unused in cloud-network modes", () => {
    const plans = planDesign(testDesign({ cni: cilium("eni") }));
    expect(plans.ipv4?.block).toBeUndefined();
    expect(plans.ipv4?.podRanges.every((p) => p.unused?.includes("node networks"))).toBe(true);
  });
});

describe("planDesign: Service and LB plans", () => {
  it("IPv4 /24 Service range: network, kubernetes, static band with DNS, dynamic, broadcast", () => {
    const design = testDesign({ ipv4: { serviceCidr: "10.96.0.0/24" } });
    expect(planDesign(design).ipv4?.service?.roles).toEqual([
      { start: 0n, end: 1n, kind: "addr-network" },
      { start: 1n, end: 2n, kind: "svc-kubernetes" },
      { start: 2n, end: 10n, kind: "svc-static" },
      { start: 10n, end: 11n, kind: "svc-dns" },
      { start: 11n, end: 17n, kind: "svc-static" },
      { start: 17n, end: 255n, kind: "svc-dynamic" },
      { start: 255n, end: 256n, kind: "addr-broadcast" },
    ]);
  });

  it("IPv6 /108 on 1.33 reserves what lies beyond the bitmap allocator's 65,536 slots", () => {
    const design = testDesign({ ipv6: { serviceCidr: "fd00:10:96::/108" }, version: "1.33" });
    expect(planDesign(design).ipv6?.service?.roles.at(-1)).toEqual({
      start: 65_536n,
      end: 1n << 20n,
      kind: "addr-reserved",
    });
  });
});
