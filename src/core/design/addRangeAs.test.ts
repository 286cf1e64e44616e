import { describe, expect, it } from "vitest";
import { addRangeAs } from "./addRangeAs.ts";
import { defaultDesign } from "./defaults.ts";

describe("addRangeAs", () => {
  it("adds a node network, an external range or a pool holding the block, in one edit", () => {
    const d = defaultDesign();
    const nodes = addRangeAs(d, "node-network", "10.0.4.0/22");
    expect(nodes.ok && nodes.value.design.nodes.networks.at(-1)).toEqual({
      name: "nodes-2",
      cidr: "10.0.4.0/22",
    });
    const ext = addRangeAs(d, "external", "10.9.0.0/16");
    expect(ext.ok && ext.value.design.externalRanges.at(-1)).toEqual({
      name: "reserved-1",
      cidr: "10.9.0.0/16",
    });
    const pool = addRangeAs(d, "lb-pool", "10.8.0.0/28");
    expect(pool.ok && pool.value.design.loadBalancer.pools.at(-1)?.range).toBe("10.8.0.0/28");
    expect(pool.ok && pool.value.design.loadBalancer.pools).toHaveLength(
      d.loadBalancer.pools.length + 1,
    );
  });
});
