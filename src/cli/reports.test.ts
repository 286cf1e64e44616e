import { describe, expect, it } from "vitest";
import type { Capacity, FamilyCapacity } from "../core/capacity/types.ts";
import { defaultDesign, defaultFamilyPlan } from "../core/design/defaults.ts";
import type { Design } from "../core/design/schema.ts";
import type { Family } from "../core/ip/family.ts";
import type { Finding } from "../core/rules/finding.ts";
import { findingTally, formatFindings, formatHumanReport } from "./humanReport.ts";
import { buildJsonReport, jsonInteger } from "./jsonReport.ts";

/** A hand-made family capacity (the numbers are inputs here, not computed). */
function family(f: Family, over: Partial<FamilyCapacity> = {}): FamilyCapacity {
  return {
    family: f,
    nodeSubnets: 256n,
    usableNodeSubnets: 256n,
    withheldNodeSubnets: 0n,
    podIPsPerNode: 253n,
    podsPerNode: 110,
    podIPsRule: "host-local",
    clusterPods: 28_160n,
    maxNodes: 256n,
    serviceIPs: 1_048_574n,
    kubernetesServiceIP: f === "ipv4" ? "10.96.0.1" : "fd00:10:96::1",
    clusterDNSIP: f === "ipv4" ? "10.96.0.10" : "fd00:10:96::a",
    staticBand: undefined,
    ...over,
  };
}

function capacity(families: Partial<Record<Family, FamilyCapacity>>): Capacity {
  return {
    ...families,
    nodesNeeded: 60,
    maxNodes: 256n,
    nodeNetworks: [],
    nodeNetworkRoom: { ipv4: 1022n, ipv6: 0n },
    lbPools: [],
    nodePorts: { first: 30000, last: 32767, size: 2768, staticBand: undefined },
  };
}

const dualV6First = (): Design => ({
  ...defaultDesign(),
  ipFamilies: ["ipv6", "ipv4"],
  ipv6: defaultFamilyPlan("ipv6"),
});

const finding = (severity: Finding["severity"], rule: string): Finding => ({
  rule,
  severity,
  fields: ["ipv4.podCidrs.0"],
  message: `${rule} message`,
  fix: `${rule} fix`,
  source: "kube-controller-manager",
});

describe("jsonInteger", () => {
  it.each([
    [0n, 0],
    [65_536n, 65_536],
    [4_294_967_296n, 4_294_967_296],
    [2n ** 53n - 1n, Number.MAX_SAFE_INTEGER],
    [2n ** 53n, "9007199254740992"],
    [2n ** 60n, "1152921504606846976"],
    [2n ** 64n, "18446744073709551616"],
    [110, 110],
  ])("%s -> %j", (value, expected) => {
    expect(jsonInteger(value)).toStrictEqual(expected);
  });
});

describe("buildJsonReport", () => {
  it("prints exactly the issue's shape, capacity ipv4 then ipv6, addresses primary first", () => {
    const cap = capacity({
      ipv4: family("ipv4"),
      ipv6: family("ipv6", { nodeSubnets: 2n ** 60n, usableNodeSubnets: 2n ** 60n }),
    });
    const report = buildJsonReport(dualV6First(), [finding("error", "r1")], cap);
    expect(JSON.stringify(report)).toBe(
      JSON.stringify({
        findings: [{ severity: "error", rule: "r1", message: "r1 message", fixes: [] }],
        capacity: {
          ipv4: {
            nodeSubnets: 256,
            usableNodeSubnets: 256,
            podIPsPerNode: 253,
            podsPerNode: 110,
            serviceIPs: 1048574,
          },
          ipv6: {
            nodeSubnets: "1152921504606846976",
            usableNodeSubnets: "1152921504606846976",
            podIPsPerNode: 253,
            podsPerNode: 110,
            serviceIPs: 1048574,
          },
        },
        addresses: {
          kubernetesService: ["fd00:10:96::1", "10.96.0.1"],
          clusterDNS: ["fd00:10:96::a", "10.96.0.10"],
        },
      }),
    );
  });

  it("leaves out a family the design does not have, and gives null for a missing DNS IP", () => {
    const cap = capacity({ ipv4: family("ipv4", { clusterDNSIP: undefined }) });
    const report = buildJsonReport(defaultDesign(), [], cap);
    expect(Object.keys(report.capacity)).toEqual(["ipv4"]);
    expect(report.addresses).toEqual({ kubernetesService: ["10.96.0.1"], clusterDNS: [null] });
    expect(report.findings).toEqual([]);
  });
});

describe("human report", () => {
  it("groups findings under their severity, errors first, with fields and fix", () => {
    const lines = formatFindings([
      finding("info", "i1"),
      finding("error", "e1"),
      finding("warning", "w1"),
    ]);
    const text = lines.join("\n");
    expect(text.indexOf("Errors (1)")).toBeLessThan(text.indexOf("Warnings (1)"));
    expect(text.indexOf("Warnings (1)")).toBeLessThan(text.indexOf("Info (1)"));
    expect(text).toContain("  - [e1] e1 message\n      fields: ipv4.podCidrs.0\n      fix: e1 fix");
    expect(formatFindings([])).toEqual(["No findings."]);
  });

  it("tallies findings", () => {
    expect(
      findingTally([finding("error", "a"), finding("warning", "b"), finding("warning", "c")]),
    ).toBe("1 error, 2 warnings, 0 info");
  });

  it("shows a capacity column per family, primary first, with exact separated counts", () => {
    const cap = capacity({
      ipv4: family("ipv4", { nodeSubnets: 65_536n, usableNodeSubnets: 61_440n }),
      ipv6: family("ipv6", { nodeSubnets: 2n ** 64n }),
    });
    const text = formatHumanReport(dualV6First(), [], cap);
    const header = text.split("\n").find((l) => l.startsWith("Capacity"));
    expect(header).toMatch(/^Capacity\s+IPv6\s+IPv4$/);
    expect(text).toMatch(/ {2}node subnets\s+2\^64\s+65,536\n/);
    expect(text).toMatch(/ {2}usable node subnets\s+256\s+61,440\n/);
    expect(text).toContain("Nodes needed: 60 (50 + 20% headroom)");
    expect(text).toContain("0 errors, 0 warnings, 0 info");
  });
});
