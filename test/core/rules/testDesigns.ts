import { defaultCni, defaultDesign, defaultFamilyPlan } from "../../../src/core/design/defaults.ts";
import type { Cni, Design, FamilyPlan } from "../../../src/core/design/schema.ts";
import { prepareAnalysis } from "../../../src/core/analysis/analyseDesign.ts";
import type { Finding } from "../../../src/core/rules/finding.ts";
import type { Rule } from "../../../src/core/rules/rule.ts";

/**
 * Runs one rule over a design, with capacity, as runRules does, and no other rule (so a rule's
 * tests are the ones that reach its code, which keeps mutation runs short). Test helper.
 */
export function check(rule: Rule, design: Design): Finding[] {
  return rule.check(prepareAnalysis(design).context);
}

/** A design for rule tests: the default design with a shallow patch applied. */
export function designWith(patch: Partial<Design> = {}): Design {
  return { ...defaultDesign(), ...patch };
}

/** The default design's nodes block with a patch. */
export function nodes(patch: Partial<Design["nodes"]> = {}): Design["nodes"] {
  return { ...defaultDesign().nodes, ...patch };
}

/** The default IPv4 plan with a patch. */
export function v4(patch: Partial<FamilyPlan> = {}): FamilyPlan {
  return { ...defaultFamilyPlan("ipv4"), ...patch };
}

/** The default IPv6 plan with a patch. */
export function v6(patch: Partial<FamilyPlan> = {}): FamilyPlan {
  return { ...defaultFamilyPlan("ipv6"), ...patch };
}

/** A dual-stack (IPv4 primary) design with the given plans. */
export function dualStack(
  ipv4: FamilyPlan = v4(),
  ipv6: FamilyPlan = v6(),
  patch: Partial<Design> = {},
): Design {
  return designWith({ ipFamilies: ["ipv4", "ipv6"], ipv4, ipv6, ...patch });
}

/** An IPv6-only design with the given plan (node network fd00:1::/64 unless patched). */
export function ipv6Only(ipv6: FamilyPlan = v6(), patch: Partial<Design> = {}): Design {
  const design: Design = {
    ...designWith({ nodes: nodes({ networks: [{ name: "nodes", cidr: "fd00:1::/64" }] }) }),
    ...patch,
    ipFamilies: ["ipv6"],
    ipv6,
  };
  delete design.ipv4;
  return design;
}

/** Cilium with the given IPAM mode and routing, defaults otherwise. */
export function cilium(
  ipam: Extract<Cni, { kind: "cilium" }>["ipam"],
  routingMode: "tunnel" | "native" = "tunnel",
): Cni {
  const base = defaultCni("cilium");
  return base.kind === "cilium" ? { ...base, ipam, routingMode } : base;
}

/** Calico with the given IPAM, encapsulation and BGP setting. */
export function calico(
  ipam: "calico-ipam" | "host-local" = "calico-ipam",
  encapsulation: Extract<Cni, { kind: "calico" }>["encapsulation"] = "VXLAN",
  bgp = false,
): Cni {
  return { kind: "calico", ipam, encapsulation, bgp };
}

/** A finding as [severity, fields joined by spaces, fix, source], for compact tables. Test helper. */
export function briefOf(f: Finding): [string, string, string | undefined, string | undefined] {
  return [f.severity, f.fields.join(" "), f.fix, f.source];
}

/** LoadBalancer pools of a provider from (name, range) pairs. Test helper. */
export function lbPoolsOf(
  provider: Design["loadBalancer"]["provider"],
  ...ranges: [string, string][]
): Design["loadBalancer"] {
  return {
    provider,
    avoidBuggyIPs: false,
    pools: ranges.map(([name, range]) => ({ name, range })),
  };
}
