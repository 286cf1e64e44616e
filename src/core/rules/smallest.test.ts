import { describe, expect, it } from "vitest";
import {
  check,
  designWith,
  dualStack,
  nodes,
  v4,
  v6,
} from "../../../test/core/rules/testDesigns.ts";
import { lbPools } from "../../../test/core/rules/ruleCases/types.ts";
import type { Design } from "../design/schema.ts";
import type { Finding } from "./finding.ts";
import { RULES } from "./registry.ts";

/**
 * Each overlap and masking rule on its smallest failing input (issue 16): one shared address,
 * a /32 or a /128, in each family, with the rule id and severity it must report; and the same
 * block moved one address away, where the rule must stay silent.
 */

const run = (id: string, design: Design): Finding[] => {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return check(rule, design);
};
const summary = (id: string, design: Design) =>
  run(id, design).map((f) => ({ rule: f.rule, severity: f.severity, fields: f.fields }));

// Dual-stack default ranges: pods 10.244.0.0/16 and fd00:10:244::/56, Services 10.96.0.0/12
// and fd00:10:96::/112, node networks 10.0.0.0/22 and fd00:1::/64.
const both = (patch: Partial<Design> = {}) =>
  dualStack(v4(), v6(), {
    nodes: nodes({
      networks: [
        { name: "n4", cidr: "10.0.0.0/22" },
        { name: "n6", cidr: "fd00:1::/64" },
      ],
    }),
    ...patch,
  });
const external = (...cidrs: string[]) => cidrs.map((cidr, i) => ({ name: `x${i}`, cidr }));

describe("overlap-external: one address of an avoided range inside a cluster range", () => {
  it("a /32 at the pod range's last address and a /128 at its first: one error each", () => {
    const d = both({ externalRanges: external("10.244.255.255/32", "fd00:10:244::/128") });
    expect(summary("overlap-external", d)).toEqual([
      {
        rule: "overlap-external",
        severity: "error",
        fields: ["ipv4.podCidrs.0", "externalRanges.0.cidr"],
      },
      {
        rule: "overlap-external",
        severity: "error",
        fields: ["ipv6.podCidrs.0", "externalRanges.1.cidr"],
      },
    ]);
  });

  it("one address past the pod ranges: silent", () => {
    const d = both({ externalRanges: external("10.245.0.0/32", "fd00:10:244:100::/128") });
    expect(run("overlap-external", d)).toEqual([]);
  });
});

describe("overlap-node-networks: one node address inside a cluster range", () => {
  it("a /32 node network at the Service range's first address, a /128 in the IPv6 pods", () => {
    const d = both({
      nodes: nodes({
        networks: [
          { name: "n4", cidr: "10.96.0.0/32" },
          { name: "n6", cidr: "fd00:10:244::1/128" },
        ],
      }),
    });
    expect(summary("overlap-node-networks", d)).toEqual([
      {
        rule: "overlap-node-networks",
        severity: "error",
        fields: ["ipv4.serviceCidr", "nodes.networks.0.cidr"],
      },
      {
        rule: "overlap-node-networks",
        severity: "error",
        fields: ["ipv6.podCidrs.0", "nodes.networks.1.cidr"],
      },
    ]);
  });

  it("two node networks sharing one address are a warning; one apart, silent", () => {
    const shared = designWith({
      nodes: nodes({
        networks: [
          { name: "a", cidr: "10.0.0.0/22" },
          { name: "b", cidr: "10.0.3.255/32" },
        ],
      }),
    });
    expect(summary("overlap-node-networks", shared)).toEqual([
      {
        rule: "overlap-node-networks",
        severity: "warning",
        fields: ["nodes.networks.1.cidr", "nodes.networks.0.cidr"],
      },
    ]);
    const apart = designWith({
      nodes: nodes({
        networks: [
          { name: "a", cidr: "10.0.0.0/22" },
          { name: "b", cidr: "10.0.4.0/32" },
        ],
      }),
    });
    expect(run("overlap-node-networks", apart)).toEqual([]);
  });
});

describe("overlap-pod-ranges: two pod ranges sharing one address", () => {
  it("a /32 inside the IPv4 pod range and a /128 inside the IPv6 one: one error each", () => {
    const d = dualStack(
      v4({ podCidrs: ["10.244.0.0/16", "10.244.0.7/32"] }),
      v6({ podCidrs: ["fd00:10:244::/56", "fd00:10:244::7/128"] }),
    );
    expect(summary("overlap-pod-ranges", d).map((f) => [f.rule, f.severity])).toEqual([
      ["overlap-pod-ranges", "error"],
      ["overlap-pod-ranges", "error"],
    ]);
  });

  it("a /32 just past the pod range: silent", () => {
    const d = designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/16", "10.245.0.0/32"] }) });
    expect(run("overlap-pod-ranges", d)).toEqual([]);
  });
});

describe("overlap-lb-pools: an IPv6 pool of one address", () => {
  it("a /128 pool at the IPv6 Service range's last address is an error; one past, silent", () => {
    const inside = both({ loadBalancer: lbPools(["v6", "fd00:10:96::ffff/128"]) });
    expect(summary("overlap-lb-pools", inside)).toEqual([
      {
        rule: "overlap-lb-pools",
        severity: "error",
        fields: ["loadBalancer.pools.0.range", "ipv6.serviceCidr"],
      },
    ]);
    const past = both({ loadBalancer: lbPools(["v6", "fd00:10:96::1:0/128"]) });
    expect(run("overlap-lb-pools", past)).toEqual([]);
  });
});

describe("host-bits-set: the smallest block that can have host bits", () => {
  it("a /31 and a /127 with the low bit set are noted; a /32 and a /128 never are", () => {
    const set = both({ externalRanges: external("192.0.2.1/31", "2001:db8::1/127") });
    expect(summary("host-bits-set", set)).toEqual([
      { rule: "host-bits-set", severity: "info", fields: ["externalRanges.0.cidr"] },
      { rule: "host-bits-set", severity: "info", fields: ["externalRanges.1.cidr"] },
    ]);
    const hosts = both({ externalRanges: external("192.0.2.1/32", "2001:db8::1/128") });
    expect(run("host-bits-set", hosts)).toEqual([]);
  });
});
