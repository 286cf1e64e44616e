import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ENI_MODULE_FILE, eniModuleText } from "../../../../scripts/gen-eni-limits.ts";
import { eniTsvRows, eniTsvText } from "../../../../test/core/cloud/eniTable.ts";
import { defaultCloudCni } from "../defaultCloudCni.ts";
import { eniLimitsOf, instanceTypes, supportsPrefixDelegation } from "./eniLimits.ts";
import { eniMaxPods, heldAddresses, type AwsVpcCni } from "./vpcCni.ts";

const REF = "shared/reference/managed-clouds.md";

function vpc(ipam: AwsVpcCni["ipam"], extra: Partial<AwsVpcCni> = {}): AwsVpcCni {
  const base = defaultCloudCni("aws-vpc");
  if (base.kind !== "aws-vpc") throw new Error("unreachable");
  return { ...base, ipam, ...extra };
}

function limits(type: string) {
  const found = eniLimitsOf(type);
  if (!found) throw new Error(`${type} missing from the table`);
  return found;
}

describe("the generated ENI module", () => {
  it("is exactly what scripts/gen-eni-limits.ts makes of the shared TSV", () => {
    expect(readFileSync(ENI_MODULE_FILE, "utf8")).toBe(eniModuleText(eniTsvText()));
  });

  it("lists every TSV row with its ENIs, IPv4 per ENI and derived prefix-delegation support", () => {
    const rows = eniTsvRows();
    expect(rows.length).toBe(1391);
    expect(instanceTypes().length).toBe(rows.length);
    for (const row of rows) {
      const l = limits(row.type);
      expect([l.enis, l.ipv4PerEni, l.enisAllCards]).toEqual([
        row.enis,
        row.ipv4PerEni,
        row.enisAllCards,
      ]);
      expect(supportsPrefixDelegation(l), row.type).toBe(row.prefixDelegation);
    }
  });
});

describe("max pods (reference 1.4)", () => {
  // Each row: type, secondary IP, prefix delegation, custom networking, custom + PD; REF lines 149-155.
  it.each([
    ["t3.small", 11, 146, 8, 98, `${REF}:149`],
    ["m5.large", 29, 434, 20, 290, `${REF}:151`],
    ["m5.24xlarge", 737, 11_762, 688, 10_978, `${REF}:154`],
  ])(
    "%s: %i / %i / %i / %i (%s)",
    (
      type: string,
      secondary: number,
      pd: number,
      custom: number,
      customPd: number,
      _source: string,
    ) => {
      const l = limits(type);
      expect(eniMaxPods(vpc("secondary-ip"), l)).toBe(secondary);
      expect(eniMaxPods(vpc("prefix-delegation"), l)).toBe(pd);
      expect(eniMaxPods(vpc("custom-networking"), l)).toBe(custom);
      expect(eniMaxPods(vpc("custom-networking", { prefixDelegation: true }), l)).toBe(customPd);
    },
  );

  it(`t2.micro (xen) has no prefix delegation: 4 either way, 3 with custom networking (${REF}:155)`, () => {
    const l = limits("t2.micro");
    expect(eniMaxPods(vpc("secondary-ip"), l)).toBe(4);
    expect(eniMaxPods(vpc("prefix-delegation"), l)).toBe(4);
    expect(eniMaxPods(vpc("custom-networking"), l)).toBe(3);
  });

  it("IPv6 mode is not bound by addresses", () => {
    expect(eniMaxPods(vpc("ipv6"), limits("m5.large"))).toBeUndefined();
  });

  it("for every instance type in the file, secondary-IP max pods equals its max_pods column", () => {
    const rows = eniTsvRows();
    expect(rows.length).toBeGreaterThan(1000);
    const wrong = rows.filter(
      (row) => eniMaxPods(vpc("secondary-ip"), limits(row.type)) !== row.maxPods,
    );
    expect(wrong.map((row) => row.type)).toEqual([]);
  });
});

describe("subnet addresses a node holds (reference 1.5)", () => {
  const m5 = () => limits("m5.large");
  it(`secondary IPs, WARM_ENI_TARGET 1: 0 pods → 10, 1–9 → 20, 10–27 → 30 (${REF}:188)`, () => {
    const held = (p: number) => heldAddresses(vpc("secondary-ip"), m5(), p).addresses;
    expect(held(0)).toBe(10);
    for (const p of [1, 9]) expect(held(p)).toBe(20);
    for (const p of [10, 27]) expect(held(p)).toBe(30);
  });

  it(`prefix delegation, WARM_PREFIX_TARGET 1: 0 → 17, 1–16 → 33, 17–32 → 49, 110 → 129 (${REF}:199)`, () => {
    const held = (p: number) => heldAddresses(vpc("prefix-delegation"), m5(), p).addresses;
    expect(held(0)).toBe(17);
    for (const p of [1, 16]) expect(held(p)).toBe(33);
    for (const p of [17, 32]) expect(held(p)).toBe(49);
    expect(held(110)).toBe(129);
  });

  it("WARM_IP_TARGET / MINIMUM_IP_TARGET: T = min(max(P + w, m), E × S) plus one primary per ENI", () => {
    const warm = { warmEniTarget: 1, warmIpTarget: 5, minimumIpTarget: 10, warmPrefixTarget: 1 };
    const cni = vpc("secondary-ip", { warm });
    // 0 pods: T = max(5, 10) = 10 on ceil(10/9) = 2 ENIs → 12.
    expect(heldAddresses(cni, m5(), 0)).toMatchObject({ enis: 2, secondaryIps: 10, addresses: 12 });
    // 20 pods: T = 25 on 3 ENIs → 28; capped at E × S = 27 for 25 pods → 27 + 3.
    expect(heldAddresses(cni, m5(), 20).addresses).toBe(28);
    expect(heldAddresses(cni, m5(), 25).addresses).toBe(30);
  });

  it("WARM_ENI_TARGET 0 adds an ENI only when none is free", () => {
    const warm = { warmEniTarget: 0, warmIpTarget: 0, minimumIpTarget: 0, warmPrefixTarget: 1 };
    const cni = vpc("secondary-ip", { warm });
    expect(heldAddresses(cni, m5(), 0).enis).toBe(1);
    expect(heldAddresses(cni, m5(), 9).enis).toBe(2);
    expect(heldAddresses(cni, m5(), 8).enis).toBe(1);
  });

  it("custom networking counts the pod ENIs only", () => {
    const held = heldAddresses(vpc("custom-networking"), m5(), 18);
    expect(held).toMatchObject({ enis: 2, addresses: 20 });
  });
});
