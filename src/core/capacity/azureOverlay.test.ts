import { describe, expect, it } from "vitest";
import { defaultCni } from "../design/defaults.ts";
import { computeCapacity } from "./computeCapacity.ts";
import { blockReservations } from "./nodeBlock.ts";
import { podIpsPerNode } from "./podIpsPerNode.ts";
import { testDesign } from "../../../test/core/capacity/testDesign.ts";

const noCloud = { nodeNetworkRoom: 0n, nodesNeeded: 0 };
const aks = defaultCni("azure-overlay");

describe("Azure CNI Overlay capacity", () => {
  // reference/cni.md 8 and kubernetes.md 7: a /24 per node from 10.244.0.0/16, max pods 250.
  it("caps a node's /24 at AKS's 250-pod ceiling and says it is not a free-address count", () => {
    const design = testDesign({
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 24 },
      cni: aks,
      maxPods: 250,
    });
    const pod = podIpsPerNode(design, "ipv4", noCloud);
    expect(pod.ips).toBe(250n);
    expect(pod.rule).toContain("/24 (256 addresses)");
    expect(pod.rule).toContain("AKS's per-node pod ceiling");
    expect(pod.rule).toContain("not a count of free addresses");
  });

  it("models no reserved address inside the block (Azure documents none)", () => {
    const r = blockReservations("azure-overlay", "ipv4", 24);
    expect(r?.blockSize).toBe(256n);
    expect(r?.usableEnd).toBe(256n);
    expect(r?.fixed).toEqual([]);
    expect(r?.floating).toEqual([]);
  });

  it("gives a smaller block its whole size when that is below the ceiling", () => {
    const design = testDesign({ ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 26 }, cni: aks });
    const pod = podIpsPerNode(design, "ipv4", noCloud);
    expect(pod.ips).toBe(64n);
    // The figure is the block's size, not the ceiling: the text must not call 64 the ceiling.
    expect(pod.rule).toBe(
      "Azure CNI Overlay: a /26 (64 addresses) holds 64 pod IPs, below AKS's per-node pod ceiling of 250 (max pods); AKS itself always gives each node a /24",
    );
  });

  it("fits 256 nodes in the default 10.244.0.0/16 (one /24 each)", () => {
    const c = computeCapacity(
      testDesign({ ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 24 }, cni: aks, maxPods: 250 }),
    );
    expect(c.ipv4?.maxNodes).toBe(256n);
    expect(c.ipv4?.withheldNodeSubnets).toBe(0n);
    expect(c.ipv4?.podsPerNode).toBe(250);
  });
});
