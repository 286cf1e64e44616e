import { ciliumSupportsTunnel } from "../cni/ciliumRouting.ts";
import { withPlatformDefaults, type KeepSettings } from "../cloud/platformDefaults.ts";
import { withFixedSettings } from "../cni/fixedSettings.ts";
import type { Cni, Design } from "./schema.ts";

/** A design after a CNI choice, with a sentence for each setting the choice changed. */
export interface CniChoice {
  design: Design;
  notes: string[];
}

/**
 * Repairs the option combinations the real tools refuse when a user picks an IPAM mode without
 * naming the other options: Calico HostLocal IPAM refuses VXLAN pools (Tigera operator), so it takes
 * unencapsulated pools with BGP; Cilium multi-pool, ENI, Azure and CRD IPAM do not support tunnel
 * routing (`ciliumSupportsTunnel`), so they route natively. Explicit combinations are left to the rules to report.
 */
export function consistentCni(cni: Cni): { cni: Cni; notes: string[] } {
  if (cni.kind === "calico" && cni.ipam === "host-local" && cni.encapsulation.startsWith("VXLAN")) {
    return {
      cni: { ...cni, encapsulation: "None", bgp: true },
      notes: [
        "Encapsulation set to None with BGP: the Tigera operator refuses VXLAN with HostLocal IPAM",
      ],
    };
  }
  if (cni.kind === "cilium" && cni.routingMode === "tunnel" && !ciliumSupportsTunnel(cni.ipam)) {
    return {
      cni: { ...cni, routingMode: "native" },
      notes: [`Routing set to native: Cilium ${cni.ipam} IPAM does not support tunnel mode`],
    };
  }
  return { cni, notes: [] };
}

/**
 * Puts a newly chosen CNI (or IPAM mode) into the design, made consistent by `consistentCni`,
 * with every setting the mode fixes at its fixed value (`withFixedSettings`: AKS's /24 per node,
 * GKE's per-node range from max pods, Autopilot's 32 pods, GKE's managed Service range).
 * With `platformDefaults`, an EKS, GKE or AKS CNI also brings that platform's ranges and max
 * pods (`withPlatformDefaults`), except the settings named in it.
 */
export function chooseCni(design: Design, chosen: Cni, platformDefaults?: KeepSettings): CniChoice {
  const { cni, notes } = consistentCni(chosen);
  let next: Design = { ...design, cni };
  if (platformDefaults) {
    const withDefaults = withPlatformDefaults(next, platformDefaults);
    next = withDefaults.design;
    for (const note of withDefaults.notes) notes.push(note);
  }
  const fixed = withFixedSettings(next, platformDefaults);
  for (const note of fixed.notes) notes.push(note);
  return { design: fixed.design, notes };
}
