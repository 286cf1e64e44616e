import { describe, expect, it } from "vitest";
import { calico, testDesign } from "../../../test/core/capacity/testDesign.ts";
import type { Cni } from "../design/schema.ts";
import { runRules } from "../rules/runRules.ts";
import { calicoBlockPlan } from "./calicoBlocks.ts";
import { computeCapacity } from "./computeCapacity.ts";

type CalicoCni = Extract<Cni, { kind: "calico" }>;

function calicoWith(settings: Partial<CalicoCni>): Cni {
  const base = calico("calico-ipam") as CalicoCni;
  return { ...base, ...settings };
}

// Calico IPAM: a node claims another affine block when its blocks fill, up to IPAMConfiguration
// maxBlocksPerHost (default 20); strictAffinity (default false) forbids borrowing beyond them
// (docs.tigera.io calico/latest/reference/resources/ipamconfig; reference/cni.md 3.1). With VXLAN
// or IPIP each node also takes one tunnel address from the pool (node/pkg/allocateip/allocateip.go).
describe("Calico IPAM capacity from blocks", () => {
  it("default /26 pool 10.244.0.0/16, maxPods 110, VXLAN: 110 pods per node, 512 nodes", () => {
    const d = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 26 },
      cni: calicoWith({}),
    });
    const plan = calicoBlockPlan(d, "ipv4");
    // 2^(32-16) / 2^(32-26) = 1,024 blocks of 64; 110 pods + 1 tunnel = 111 -> 2 blocks per node.
    expect(plan).toMatchObject({
      blockAddresses: 64n,
      blocks: 1024n,
      tunnelAddresses: 1n,
      blocksPerNode: 2n,
      podsPerNode: 110,
      maxNodes: 512n,
      affinePodIps: 20n * 64n - 1n,
    });
    const c = computeCapacity(d);
    expect(c.ipv4).toMatchObject({
      podsPerNode: 110,
      maxNodes: 512n,
      clusterPods: 512n * 110n,
      nodeSubnets: 1024n,
    });
    expect(c.ipv4?.podIPsRule).toMatch(/^Calico IPAM: \/26 blocks of 64 addresses/);
  });

  it("no tunnel address with encapsulation None: 110 pods fit 2 blocks, 64 pods fit exactly 1", () => {
    const none = calicoWith({ encapsulation: "None", bgp: true });
    const ipv4 = { podCidrs: ["10.244.0.0/16"], nodeMask: 26 };
    expect(calicoBlockPlan(testDesign({ ipv4, cni: none }), "ipv4")?.tunnelAddresses).toBe(0n);
    expect(calicoBlockPlan(testDesign({ ipv4, cni: none, maxPods: 64 }), "ipv4")).toMatchObject({
      blocksPerNode: 1n,
      maxNodes: 1024n,
    });
    // With VXLAN the 65th address (the tunnel) spills into a second block.
    expect(
      calicoBlockPlan(testDesign({ ipv4, cni: calicoWith({}), maxPods: 64 }), "ipv4"),
    ).toMatchObject({ blocksPerNode: 2n, maxNodes: 512n });
  });

  it("strictAffinity with maxBlocksPerHost 1 caps a node at its one block less the tunnel", () => {
    const d = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 26 },
      cni: calicoWith({ strictAffinity: true, maxBlocksPerHost: 1 }),
    });
    expect(calicoBlockPlan(d, "ipv4")).toMatchObject({
      podsPerNode: 63,
      blocksPerNode: 1n,
      maxNodes: 1024n,
    });
    const findings = runRules(d).filter((f) => f.rule === "capacity-pods-per-node");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("capped at 63");
    expect(findings[0]?.fix).toMatch(/maxBlocksPerHost/);
  });

  it("without strictAffinity a node past the block cap borrows: still maxPods, no warning", () => {
    const d = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 26 },
      cni: calicoWith({ maxBlocksPerHost: 1 }),
    });
    expect(calicoBlockPlan(d, "ipv4")?.podsPerNode).toBe(110);
    expect(runRules(d).some((f) => f.rule === "capacity-pods-per-node")).toBe(false);
  });

  it("maxBlocksPerHost 0 means no limit", () => {
    const d = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/24"], nodeMask: 26 },
      cni: calicoWith({ maxBlocksPerHost: 0, strictAffinity: true }),
      maxPods: 250,
    });
    // 4 blocks of 64 = 256 addresses, all affine to one node; 255 after the tunnel address.
    expect(calicoBlockPlan(d, "ipv4")).toMatchObject({ affinePodIps: 255n, podsPerNode: 250 });
  });

  it("IPv6 /122 blocks: VXLAN tunnel address too; IPv6 IPIP pools become VXLAN", () => {
    const ipv6 = { podCidrs: ["fd00:10:244::/112"], nodeMask: 122 };
    const d = testDesign({ ipv6, cni: calicoWith({ encapsulation: "IPIP" }) });
    // 2^(128-112) / 64 = 1,024 blocks; IPIP on the family becomes VXLAN for IPv6 -> tunnel address.
    expect(calicoBlockPlan(d, "ipv6")).toMatchObject({ blocks: 1024n, tunnelAddresses: 1n });
  });

  it("the node ceiling feeds capacity-nodes: 600 planned nodes on 512 is a warning naming blocks", () => {
    const d = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 26 },
      cni: calicoWith({}),
    });
    d.nodes.count = 600;
    const f = runRules(d).find((x) => x.rule === "capacity-nodes");
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("1,024 /26 blocks, enough for 512 nodes at 110 pods each");
  });

  it("is undefined for host-local IPAM and other CNIs", () => {
    expect(calicoBlockPlan(testDesign({ cni: calico("host-local") }), "ipv4")).toBeUndefined();
    expect(calicoBlockPlan(testDesign(), "ipv4")).toBeUndefined();
  });
});
