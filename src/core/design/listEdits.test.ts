import { describe, expect, it } from "vitest";
import { switchCni, withIpamMode } from "./cniEdits.ts";
import { defaultCni, defaultDesign } from "./defaults.ts";
import { uniqueName } from "./freeSpace.ts";
import { addLbPool, updateLbPool } from "./lbPools.ts";
import { addNamed, nameInOrder, updateNamed } from "./namedRanges.ts";

describe("named lists and pools", () => {
  it("names entries uniquely in order, as the CLI's --node-cidr does", () => {
    expect(uniqueName("nodes", ["nodes", "nodes-2"])).toBe("nodes-3");
    expect(nameInOrder("nodeNetworks", ["10.0.0.0/24", "10.0.1.0/24", "10.0.2.0/24"])).toEqual([
      { name: "nodes", cidr: "10.0.0.0/24" },
      { name: "nodes-2", cidr: "10.0.1.0/24" },
      { name: "nodes-3", cidr: "10.0.2.0/24" },
    ]);
  });

  it("a new range takes a free candidate; an update normalises with a note", () => {
    const first = addNamed(defaultDesign(), "externalRanges");
    expect(first.ok && first.value.design.externalRanges).toEqual([
      { name: "external", cidr: "192.168.0.0/24" },
    ]);
    const second = first.ok ? addNamed(first.value.design, "externalRanges") : first;
    expect(second.ok && second.value.design.externalRanges.at(-1)).toEqual({
      name: "external-2",
      cidr: "192.168.10.0/24", // the first candidate is taken now
    });
    const updated = updateNamed(defaultDesign(), "nodeNetworks", 0, { cidr: "192.168.0.9/24" });
    expect(updated.ok && updated.value.note).toBe(
      "normalised to 192.168.0.0/24 (host bits cleared)",
    );
  });

  it("a new pool takes a free /28; a pool range is normalised", () => {
    const added = addLbPool(defaultDesign());
    expect(added.ok && added.value.design.loadBalancer.pools.at(-1)?.range).toMatch(/\/28$/);
    const withPool = added.ok ? added.value.design : defaultDesign();
    const updated = updateLbPool(withPool, 0, { range: "198.51.100.10 - 198.51.100.20" });
    expect(updated.ok && updated.value.design.loadBalancer.pools[0]?.range).toBe(
      "198.51.100.10-198.51.100.20",
    );
  });
});

describe("CNI edits", () => {
  it("withIpamMode names the kind's modes, or says the kind has none", () => {
    expect(withIpamMode(defaultCni("calico"), "host-local")).toMatchObject({
      ok: true,
      value: { ipam: "host-local" },
    });
    expect(withIpamMode(defaultCni("calico"), "x")).toEqual({
      ok: false,
      error: '"x" is not a Calico IPAM mode; use one of calico-ipam, host-local',
    });
    expect(withIpamMode(defaultCni("flannel"), "x")).toEqual({
      ok: false,
      error: 'the CNI "flannel" has no IPAM modes to choose',
    });
  });

  it("switchCni starts from the kind's defaults with the mode, repaired by chooseCni", () => {
    const choice = switchCni(defaultDesign(), "calico", "host-local");
    expect(choice.ok && choice.value.design.cni).toMatchObject({
      kind: "calico",
      ipam: "host-local",
      encapsulation: "None",
      bgp: true,
    });
    expect(choice.ok && choice.value.notes).toHaveLength(1);
  });
});
