import { describe, expect, it } from "vitest";
import { fieldIdOf } from "./fieldId.ts";

describe("fieldIdOf", () => {
  it.each([
    ["ipv4.podCidrs.0", "field-ipv4-podCidrs-0"],
    ["nodes.networks.2.cidr", "field-nodes-networks-2-cidr"],
    ["loadBalancer.pools.0.range", "field-loadBalancer-pools-0-range"],
    ["name", "field-name"],
  ])("maps %s to %s", (path, id) => {
    expect(fieldIdOf(path)).toBe(id);
  });
});
