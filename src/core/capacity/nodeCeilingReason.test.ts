import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import { computeCapacity } from "./computeCapacity.ts";
import { nodeCeilingReason } from "./nodeCeilingReason.ts";

describe("nodeCeilingReason", () => {
  it("names the node-network limit when it is below the node ranges (1,021 beside 1,024)", () => {
    const d = defaultDesign();
    d.ipv4 = { ...d.ipv4!, podCidrs: ["10.248.0.0/14"] };
    const c = computeCapacity(d);
    expect(c.ipv4?.usableNodeSubnets).toBe(1024n);
    expect(c.maxNodes).toBe(1021n);
    expect(nodeCeilingReason(c)).toBe(
      "Bounded by the IPv4 node networks: 1,021 usable addresses, one per node, fewer than the 1,024 node ranges of the pod ranges.",
    );
  });

  it("names the pod ranges, with the Service-range withholding when there is one", () => {
    const plain = computeCapacity(defaultDesign());
    expect(nodeCeilingReason(plain)).toBe(
      "Bounded by the IPv4 pod ranges: 256 node ranges, one per node.",
    );
    const d = defaultDesign();
    d.ipv4 = { podCidrs: ["10.0.0.0/8"], nodeMask: 24, serviceCidr: "10.96.0.0/12" };
    d.nodes.networks = [];
    const c = computeCapacity(d);
    expect(c.maxNodes).toBe(61440n);
    expect(nodeCeilingReason(c)).toBe(
      "Bounded by the IPv4 pod ranges: 61,440 node ranges (65,536 minus 4,096 withheld because they touch the Service range), one per node.",
    );
  });
});
