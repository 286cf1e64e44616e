import { defaultCni, defaultDesign, defaultFamilyPlan } from "../../../src/core/design/defaults.ts";
import type { Cni, Design, FamilyPlan } from "../../../src/core/design/schema.ts";

/** Test helper: the default design with an IPv4 and/or IPv6 plan and a CNI swapped in. */
export function testDesign(
  options: {
    ipv4?: Partial<FamilyPlan>;
    ipv6?: Partial<FamilyPlan>;
    cni?: Cni;
    version?: string;
    maxPods?: number;
  } = {},
): Design {
  const d = defaultDesign();
  const families: Design["ipFamilies"] = [];
  delete d.ipv4;
  if (options.ipv4 || !options.ipv6) {
    families.push("ipv4");
    d.ipv4 = { ...defaultFamilyPlan("ipv4"), ...options.ipv4 };
  }
  if (options.ipv6) {
    families.push("ipv6");
    d.ipv6 = { ...defaultFamilyPlan("ipv6"), ...options.ipv6 };
  }
  d.ipFamilies = families;
  d.cni = options.cni ?? defaultCni("generic");
  if (options.version) d.kubernetesVersion = options.version;
  if (options.maxPods) d.nodes.maxPods = options.maxPods;
  return d;
}

/** Cilium with the given IPAM mode and default settings otherwise. */
export function cilium(
  ipam: Extract<Cni, { kind: "cilium" }>["ipam"],
  eni?: Partial<Extract<Cni, { kind: "cilium" }>["eni"]>,
): Cni {
  const base = defaultCni("cilium");
  if (base.kind !== "cilium") throw new Error("unreachable");
  return { ...base, ipam, eni: { ...base.eni, ...eni } };
}

/** Calico with the given IPAM. */
export function calico(ipam: "calico-ipam" | "host-local"): Cni {
  const base = defaultCni("calico");
  if (base.kind !== "calico") throw new Error("unreachable");
  return { ...base, ipam };
}
