import { describe, expect, it } from "vitest";
import { defaultDesign } from "../core/design/defaults.ts";
import type { Design } from "../core/design/schema.ts";
import { runRules } from "../core/rules/runRules.ts";
import { applyFlags } from "./applyFlags.ts";
import { parseDesignFlags, type RawFlagValues } from "./designFlags.ts";

/** Parses raw flag values and applies them to `base`, failing the test on a parse error. */
function apply(raw: RawFlagValues, base: Design = defaultDesign()) {
  const flags = parseDesignFlags(raw);
  if (!flags.ok) throw new Error(flags.error);
  return applyFlags(base, flags.value);
}

function applied(raw: RawFlagValues, base?: Design): Design {
  const result = apply(raw, base);
  if (!result.ok) throw new Error(result.error);
  return result.value.design;
}

const dualStack = (): Design =>
  applied({ "pod-cidr": "10.0.0.0/16,fd00::/48", "service-cidr": "10.96.0.0/12,fd01::/112" });

describe("parseDesignFlags", () => {
  it("returns an empty set for no flags", () => {
    expect(parseDesignFlags({})).toEqual({ ok: true, value: {} });
  });

  it.each([
    [{ "pod-cidr": "10.0.0.0/33" }, "--pod-cidr:"],
    [{ "pod-cidr": "10.0.0.0/8,,fd00::/48" }, "--pod-cidr:"],
    [{ "service-cidr": "banana" }, "--service-cidr:"],
    [{ "node-cidr": "10.0.0.0" }, "--node-cidr:"],
    [{ "node-mask-ipv4": "33" }, "--node-mask-ipv4:"],
    [{ "node-mask-ipv4": "-1" }, "--node-mask-ipv4:"],
    [{ "node-mask-ipv6": "129" }, "--node-mask-ipv6:"],
    [{ "node-mask-ipv6": "64.5" }, "--node-mask-ipv6:"],
    [{ nodes: "ten" }, "--nodes:"],
    [{ nodes: "1000001" }, "--nodes:"],
    [{ "max-pods": "0" }, "--max-pods:"],
    [{ "lb-pool": ["192.0.2.10-192.0.2.1"] }, "--lb-pool:"],
    [{ "lb-pool": ["Bad_Name=192.0.2.0/28"] }, "--lb-pool: the name"],
    [{ external: ["192.0.2.1-192.0.2.9"] }, "--external:"],
    [{ cni: "weave" }, "--cni:"],
    [{ "k8s-version": "1.9" }, "--k8s-version:"],
    [{ "k8s-version": "2.0" }, "--k8s-version:"],
  ] satisfies [RawFlagValues, string][])("refuses %j naming the flag", (raw, prefix) => {
    const result = parseDesignFlags(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.startsWith(prefix)).toBe(true);
  });

  it("keeps CIDR text as typed so host bits can be reported by the rules", () => {
    const result = parseDesignFlags({ "pod-cidr": " 10.244.1.0/16 , fd00::1/48" });
    expect(result).toEqual({ ok: true, value: { podCidrs: ["10.244.1.0/16", "fd00::1/48"] } });
  });

  it("names pools and externals, by default or from NAME=", () => {
    const result = parseDesignFlags({
      "lb-pool": ["192.0.2.0/28", "public=198.51.100.1-198.51.100.9"],
      external: ["corp-vpn=172.16.0.0/12"],
    });
    expect(result).toEqual({
      ok: true,
      value: {
        lbPools: [
          { name: "pool-1", value: "192.0.2.0/28" },
          { name: "public", value: "198.51.100.1-198.51.100.9" },
        ],
        externals: [{ name: "corp-vpn", value: "172.16.0.0/12" }],
      },
    });
  });

  it("accepts the bounds of the integer flags", () => {
    const result = parseDesignFlags({
      "node-mask-ipv4": "32",
      "node-mask-ipv6": "128",
      nodes: "0",
      "max-pods": "100000",
    });
    expect(result).toEqual({
      ok: true,
      value: { nodeMaskIpv4: 32, nodeMaskIpv6: 128, nodes: 0, maxPods: 100000 },
    });
  });
});

describe("applyFlags", () => {
  it("leaves the design unchanged without flags", () => {
    expect(applied({})).toEqual(defaultDesign());
  });

  it("does not mutate the base design", () => {
    const base = defaultDesign();
    applied({ "pod-cidr": "fd00::/48", nodes: "3", "lb-pool": ["192.0.2.0/28"] }, base);
    expect(base).toEqual(defaultDesign());
  });

  it("one IPv4 pod CIDR keeps IPv4 single-stack with the file's Service range", () => {
    const d = applied({ "pod-cidr": "10.0.0.0/8" });
    expect(d.ipFamilies).toEqual(["ipv4"]);
    expect(d.ipv4).toEqual({ podCidrs: ["10.0.0.0/8"], nodeMask: 24, serviceCidr: "10.96.0.0/12" });
    expect(d.ipv6).toBeUndefined();
  });

  it("one IPv6 pod CIDR makes the design IPv6-only, with a note on the default Service range", () => {
    const result = apply({ "pod-cidr": "fd00::/32", "node-mask-ipv6": "64" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { design, notes } = result.value;
    expect(design.ipFamilies).toEqual(["ipv6"]);
    expect(design.ipv4).toBeUndefined();
    expect(design.ipv6?.podCidrs).toEqual(["fd00::/32"]);
    expect(design.ipv6?.nodeMask).toBe(64);
    expect(notes.join("\n")).toContain("IPv6 Service range not given");
  });

  it("two pod CIDRs of different families give dual-stack with the first as primary", () => {
    const d = applied({ "pod-cidr": "fd00::/48,10.0.0.0/16" });
    expect(d.ipFamilies).toEqual(["ipv6", "ipv4"]);
    expect(d.ipv4?.podCidrs).toEqual(["10.0.0.0/16"]);
    expect(d.ipv6?.podCidrs).toEqual(["fd00::/48"]);
    expect(dualStack().ipv6?.serviceCidr).toBe("fd01::/112");
  });

  it("two pod CIDRs of one family stay in that family (the rules judge them)", () => {
    const d = applied({ "pod-cidr": "10.0.0.0/16,10.1.0.0/16" });
    expect(d.ipFamilies).toEqual(["ipv4"]);
    expect(d.ipv4?.podCidrs).toEqual(["10.0.0.0/16", "10.1.0.0/16"]);
  });

  it("a pod CIDR drops a family the file had", () => {
    const d = applied({ "pod-cidr": "10.8.0.0/16" }, dualStack());
    expect(d.ipFamilies).toEqual(["ipv4"]);
    expect(d.ipv6).toBeUndefined();
    expect(d.ipv4?.serviceCidr).toBe("10.96.0.0/12");
  });

  it("the Service range alone sets the families when no pod CIDR is given", () => {
    const d = applied({ "service-cidr": "fd02::/112" }, dualStack());
    expect(d.ipFamilies).toEqual(["ipv6"]);
    expect(d.ipv6).toEqual({ podCidrs: ["fd00::/48"], nodeMask: 64, serviceCidr: "fd02::/112" });
  });

  it.each([
    [{ "service-cidr": "10.96.0.0/12,10.128.0.0/12" }, "--service-cidr:"],
    [{ "pod-cidr": "10.0.0.0/8", "service-cidr": "fd00::/112" }, "--pod-cidr gives IPv4"],
    [
      { "pod-cidr": "10.0.0.0/8,fd00::/48", "service-cidr": "fd01::/112,10.96.0.0/12" },
      "--pod-cidr gives IPv4 then IPv6",
    ],
    [{ "node-mask-ipv6": "64" }, "--node-mask-ipv6: the design has no IPv6 family"],
    [{ "pod-cidr": "fd00::/48", "node-mask-ipv4": "24" }, "--node-mask-ipv4:"],
    [{ ipam: "cluster-pool" }, '--ipam: the CNI "generic"'],
    [{ cni: "cilium", ipam: "calico-ipam" }, '--ipam: "calico-ipam" is not a Cilium'],
    [{ cni: "calico", ipam: "eni" }, '--ipam: "eni" is not a Calico'],
  ] satisfies [RawFlagValues, string][])("refuses %j", (raw, prefix) => {
    const result = apply(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.startsWith(prefix)).toBe(true);
  });

  it("switching CNI starts from that CNI's defaults and --ipam picks the mode", () => {
    const d = applied({ cni: "cilium", ipam: "kubernetes" });
    expect(d.cni).toMatchObject({ kind: "cilium", ipam: "kubernetes", routingMode: "tunnel" });
    expect(applied({ cni: "calico", ipam: "host-local" }).cni).toMatchObject({
      kind: "calico",
      ipam: "host-local",
    });
  });

  it("--cni calico --ipam host-local gives a design the Tigera operator accepts", () => {
    // reference/cni.md 3.2: Calico CNI + HostLocal IPAM + VXLAN is refused; None needs BGP.
    const d = applied({ cni: "calico", ipam: "host-local" });
    expect(d.cni).toMatchObject({ encapsulation: "None", bgp: true });
    expect(runRules(d).filter((f) => f.rule === "calico-encapsulation")).toEqual([]);
    const file: Design = { ...d, cni: { ...d.cni, encapsulation: "VXLAN" } as Design["cni"] };
    expect(applied({ ipam: "host-local" }, file).cni).toMatchObject({ encapsulation: "VXLAN" });
  });

  it("--cni cilium --ipam multi-pool routes natively, as multi-pool requires", () => {
    const d = applied({ cni: "cilium", ipam: "multi-pool" });
    expect(d.cni).toMatchObject({ ipam: "multi-pool", routingMode: "native" });
    expect(runRules(d).filter((f) => f.severity === "error")).toEqual([]);
    const file = applied({ cni: "cilium" });
    expect(applied({ ipam: "multi-pool" }, file).cni).toMatchObject({ routingMode: "tunnel" });
  });

  it("--cni azure-overlay fixes the IPv4 node mask at /24, unless --node-mask-ipv4 says otherwise", () => {
    const base = applied({ "node-mask-ipv4": "26" });
    expect(applied({ cni: "azure-overlay" }, base).ipv4?.nodeMask).toBe(24);
    expect(applied({ cni: "azure-overlay", "node-mask-ipv4": "26" }).ipv4?.nodeMask).toBe(26);
  });

  it("naming the file's own CNI keeps its options", () => {
    const base = applied({ cni: "cilium", ipam: "eni" });
    const native: Design = {
      ...base,
      cni: { ...base.cni, routingMode: "native" } as Design["cni"],
    };
    expect(applied({ cni: "cilium" }, native).cni).toMatchObject({
      ipam: "eni",
      routingMode: "native",
    });
    expect(applied({ ipam: "multi-pool" }, native).cni).toMatchObject({
      ipam: "multi-pool",
      routingMode: "native",
    });
  });

  it("list flags replace the file's lists; counts and version are set", () => {
    const d = applied({
      "node-cidr": "192.168.0.0/24,fd10::/64",
      nodes: "7",
      "max-pods": "250",
      "lb-pool": ["192.0.2.0/28"],
      external: ["docker=172.17.0.0/16"],
      "k8s-version": "1.33",
    });
    expect(d.nodes).toEqual({
      networks: [
        { name: "nodes", cidr: "192.168.0.0/24" },
        { name: "nodes-2", cidr: "fd10::/64" },
      ],
      count: 7,
      headroomPercent: 20,
      maxPods: 250,
    });
    expect(d.loadBalancer.pools).toEqual([{ name: "pool-1", range: "192.0.2.0/28" }]);
    expect(d.externalRanges).toEqual([{ name: "docker", cidr: "172.17.0.0/16" }]);
    expect(d.kubernetesVersion).toBe("1.33");
  });

  it("refuses a result the schema refuses, naming the path", () => {
    const pods = Array.from({ length: 1025 }, (_, i) => `10.${i >> 8}.${i & 255}.0/24`).join(",");
    const result = apply({ "pod-cidr": pods });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toContain("ipv4.podCidrs");
    if (!result.ok) expect(result.error).toContain("at most 1,024 entries");
  });
});
