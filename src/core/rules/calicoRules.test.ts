import { describe, expect, it } from "vitest";
import { calicoBlockSize } from "./calicoBlockSize.ts";
import { calicoEncapsulation } from "./calicoEncapsulation.ts";
import { calicoLinkLocal } from "./calicoLinkLocal.ts";
import { calicoPoolSize } from "./calicoPoolSize.ts";
import {
  calico,
  check,
  designWith,
  dualStack,
  v4,
  v6,
} from "../../../test/core/rules/testDesigns.ts";

const TIGERA = "Tigera operator";

describe("calico-block-size at 20/32 and 116/128", () => {
  const blocks = (v4Mask: number, v6Mask: number) =>
    check(
      calicoBlockSize,
      dualStack(v4({ nodeMask: v4Mask }), v6({ nodeMask: v6Mask }), { cni: calico() }),
    );

  it("/19 and /115: one error per family in the operator's words, naming the default", () => {
    expect(blocks(19, 115)).toEqual([
      {
        rule: "calico-block-size",
        severity: "error",
        fields: ["ipv4.nodeMask"],
        message:
          'Calico block size /19 is out of range; the Tigera operator refuses it: "IPv4 pool block size must be greater than 19 and less than or equal to 32".',
        fix: "Use a block size from /20 to /32 (default /26).",
        source: TIGERA,
      },
      {
        rule: "calico-block-size",
        severity: "error",
        fields: ["ipv6.nodeMask"],
        message:
          'Calico block size /115 is out of range; the Tigera operator refuses it: "IPv6 pool block size must be greater than 115 and less than or equal to 128".',
        fix: "Use a block size from /116 to /128 (default /122).",
        source: TIGERA,
      },
    ]);
  });

  it("both ends of each range are legal", () => {
    expect(blocks(20, 116)).toEqual([]);
    expect(blocks(32, 128)).toEqual([]);
  });
});

describe("calico-encapsulation against IPAM, BGP and IPv6", () => {
  const enc = (...args: Parameters<typeof calico>) =>
    check(calicoEncapsulation, designWith({ cni: calico(...args) }));

  it("IPIP (cross-subnet too) with IPv6: an error naming the IPv6 pool, or 'the IPv6 pool' without one", () => {
    const ipv6 = (pods: string[], mode: "IPIP" | "IPIPCrossSubnet") =>
      check(
        calicoEncapsulation,
        dualStack(v4(), v6({ podCidrs: pods }), { cni: calico("calico-ipam", mode, true) }),
      );
    const fix = "Use VXLAN (works for both families) or None with BGP.";
    expect(ipv6(["fd00:10:244::/56"], "IPIPCrossSubnet")).toEqual([
      {
        rule: "calico-encapsulation",
        severity: "error",
        fields: ["cni.encapsulation", "ipFamilies"],
        message:
          'IPIP cannot carry IPv6; the Tigera operator refuses the IPv6 pool: "IPIP encapsulation is not supported by IPv6 pools, but it is set for fd00:10:244::/56".',
        fix,
        source: TIGERA,
      },
    ]);
    expect(ipv6([], "IPIP").map((f) => f.message)).toEqual([
      'IPIP cannot carry IPv6; the Tigera operator refuses the IPv6 pool: "IPIP encapsulation is not supported by IPv6 pools, but it is set for the IPv6 pool".',
    ]);
    expect(enc("calico-ipam", "IPIP", true)).toEqual([]);
  });

  it("Calico IPAM without BGP: IPIP and None refused, each in its own words; VXLAN fine", () => {
    expect(enc("calico-ipam", "None", false)).toEqual([
      {
        rule: "calico-encapsulation",
        severity: "error",
        fields: ["cni.encapsulation", "cni.bgp"],
        message:
          'None needs BGP to program routes; the Tigera operator refuses it with BGP disabled: "with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled".',
        fix: "Enable BGP, or use VXLAN encapsulation.",
        source: TIGERA,
      },
    ]);
    expect(enc("calico-ipam", "IPIPCrossSubnet", false).map((f) => f.message)).toEqual([
      'IPIPCrossSubnet needs BGP to program routes; the Tigera operator refuses it with BGP disabled: "with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled".',
    ]);
    expect(enc("calico-ipam", "None", true)).toEqual([]);
    expect(enc("calico-ipam", "VXLAN", false)).toEqual([]);
    expect(enc("host-local", "IPIP", false)).toEqual([]);
  });

  it("host-local IPAM refuses VXLAN and VXLANCrossSubnet, not IPIP", () => {
    expect(enc("host-local", "VXLANCrossSubnet", true)).toEqual([
      {
        rule: "calico-encapsulation",
        severity: "error",
        fields: ["cni.encapsulation", "cni.ipam"],
        message:
          'host-local IPAM does not support VXLAN; the Tigera operator refuses it: "VXLANCrossSubnet is invalid for ipPool.encapsulation with Calico CNI and HostLocal IPAM".',
        fix: "Use Calico IPAM with VXLAN, or IPIP/None with BGP under host-local.",
        source: TIGERA,
      },
    ]);
    expect(enc("host-local", "VXLAN", true).map((f) => f.fields)).toEqual([
      ["cni.encapsulation", "cni.ipam"],
    ]);
    expect(enc("host-local", "IPIP", true)).toEqual([]);
  });
});

describe("calico-link-local and calico-pool-size", () => {
  const linkLocal = dualStack(
    v4({ podCidrs: ["169.254.0.0/16"] }),
    v6({ podCidrs: ["fe80::/64"] }),
  );

  it("a pool in 169.254.0.0/16 or fe80::/10: Calico's own text per family; not under host-local", () => {
    const fix = "Use a private range (RFC 1918 or fd00::/8) for the pool.";
    expect(check(calicoLinkLocal, { ...linkLocal, cni: calico() })).toEqual([
      {
        rule: "calico-link-local",
        severity: "error",
        fields: ["ipv4.podCidrs.0"],
        message:
          'Calico refuses the IP pool: "IP pool range overlaps with IPv4 Link Local range 169.254.0.0/16".',
        fix,
        source: "Calico",
      },
      {
        rule: "calico-link-local",
        severity: "error",
        fields: ["ipv6.podCidrs.0"],
        message:
          'Calico refuses the IP pool: "IP pool range overlaps with IPv6 Link Local range fe80::/10".',
        fix,
        source: "Calico",
      },
    ]);
    expect(check(calicoLinkLocal, { ...linkLocal, cni: calico("host-local") })).toEqual([]);
  });

  it("a pool one block long is fine; half a block is refused with both ways out", () => {
    const pool = (cidr: string) =>
      check(
        calicoPoolSize,
        designWith({ ipv4: v4({ podCidrs: [cidr], nodeMask: 26 }), cni: calico() }),
      );
    expect(pool("10.244.0.0/26")).toEqual([]);
    expect(pool("10.244.0.0/27")).toEqual([
      {
        rule: "calico-pool-size",
        severity: "error",
        fields: ["ipv4.podCidrs.0", "ipv4.nodeMask"],
        message:
          'IP pool 10.244.0.0/27 is smaller than one /26 block; the Tigera operator refuses it: "IP pool size is too small. It must be equal to or greater than the block size".',
        fix: "Use a block size of /27 or longer, or a pool of /26 or shorter.",
        source: TIGERA,
      },
    ]);
  });
});
