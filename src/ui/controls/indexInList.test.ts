import { describe, expect, it } from "vitest";
import { indexInList } from "./indexInList.ts";

describe("indexInList", () => {
  it("reads the entry index of a field path inside the list", () => {
    expect(indexInList("nodes.networks.7.cidr", "nodes.networks")).toBe(7);
    expect(indexInList("ipv4.podCidrs.120", "ipv4.podCidrs")).toBe(120);
    expect(indexInList("loadBalancer.pools.1023.range", "loadBalancer.pools")).toBe(1023);
  });

  it("is undefined for a path outside the list or the list itself", () => {
    expect(indexInList("nodes.networks", "nodes.networks")).toBeUndefined();
    expect(indexInList("nodes.count", "nodes.networks")).toBeUndefined();
    expect(indexInList("ipv6.podCidrs.3", "ipv4.podCidrs")).toBeUndefined();
    expect(indexInList("loadBalancer.poolsX.3", "loadBalancer.pools")).toBeUndefined();
  });
});
