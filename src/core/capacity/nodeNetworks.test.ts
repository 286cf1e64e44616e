import { describe, expect, it } from "vitest";
import { prefixOf, type Prefix } from "../ip/prefix.ts";
import { nodeNetworkCapacities, usableNodeAddresses } from "./nodeNetworks.ts";
import { cilium, testDesign } from "../../../test/core/capacity/testDesign.ts";

const p = (text: string): Prefix => {
  const prefix = prefixOf(text);
  if (!prefix) throw new Error(text);
  return prefix;
};

describe("usableNodeAddresses", () => {
  it.each([
    ["10.0.0.0/22", false, 1021n],
    ["10.0.0.0/24", false, 253n],
    ["10.0.0.0/30", false, 1n],
    ["10.0.0.0/31", false, 0n],
    ["fd00:1::/120", false, 254n],
    // AWS and Azure keep 5 addresses of every subnet: a /24 gives 251.
    ["192.168.1.0/24", true, 251n],
    ["10.0.0.0/28", true, 11n],
    ["10.0.0.0/29", true, 3n],
    ["10.0.0.0/30", true, 0n],
  ])("%s (cloud %s) -> %s", (cidr, cloud, expected) => {
    expect(usableNodeAddresses(p(cidr), cloud)).toBe(expected);
  });
});

describe("nodeNetworkCapacities", () => {
  it("applies the cloud reservation only in Cilium eni/azure modes", () => {
    const onPrem = testDesign();
    onPrem.nodes.networks = [{ name: "n", cidr: "10.0.0.0/24" }];
    expect(nodeNetworkCapacities(onPrem)[0]?.usable).toBe(253n);
    for (const ipam of ["eni", "azure"] as const) {
      const d = { ...onPrem, cni: cilium(ipam) };
      expect(nodeNetworkCapacities(d)[0]).toEqual({
        index: 0,
        name: "n",
        cidr: "10.0.0.0/24",
        family: "ipv4",
        usable: 251n,
        rule: "minus the 5 addresses the cloud provider reserves in each subnet",
      });
    }
    expect(nodeNetworkCapacities({ ...onPrem, cni: cilium("crd") })[0]?.usable).toBe(253n);
  });
});
