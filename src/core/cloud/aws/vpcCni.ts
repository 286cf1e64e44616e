import type { z } from "zod";
import type { awsVpcCniSchema } from "../cniSchemas.ts";
import { supportsPrefixDelegation, type EniLimits } from "./eniLimits.ts";
import { AWS_HOST_NETWORK_PODS, AWS_PREFIX_ADDRESSES } from "./vpcCniFacts.ts";

/** The AWS VPC CNI settings of a design. */
export type AwsVpcCni = z.infer<typeof awsVpcCniSchema>;

const ceilDiv = (a: number, b: number): number => Math.ceil(a / b);

/** True when the mode asks for /28 prefixes (prefix-delegation, ipv6, custom networking with PD). */
export function wantsPrefixes(cni: AwsVpcCni): boolean {
  return (
    cni.ipam === "prefix-delegation" ||
    cni.ipam === "ipv6" ||
    (cni.ipam === "custom-networking" && cni.prefixDelegation)
  );
}

/** True when ipamd will hand out prefixes: wanted, and the instance supports them. */
export function usesPrefixes(cni: AwsVpcCni, limits: EniLimits): boolean {
  return wantsPrefixes(cni) && supportsPrefixDelegation(limits);
}

/** ENIs that carry pod addresses: all of the default card's, minus the primary under custom networking. */
export function podEnis(cni: AwsVpcCni, limits: EniLimits): number {
  return cni.ipam === "custom-networking" ? limits.enis - 1 : limits.enis;
}

/**
 * Max pods of the VPC CNI's formula (uncapped): `E × (I − 1) + 2` in secondary-IP mode,
 * `E × (I − 1) × 16 + 2` with prefix delegation, with E reduced by one under custom networking
 * (vpc-cni `misc/eni-max-pods.txt`; eks-ami `max-pods-calculator.sh`). The +2 are the host-network
 * pods aws-node and kube-proxy. Undefined in IPv6 mode, where max pods is not bound by addresses.
 */
export function eniMaxPods(cni: AwsVpcCni, limits: EniLimits): number | undefined {
  if (cni.ipam === "ipv6") return undefined;
  const slots = podEnis(cni, limits) * (limits.ipv4PerEni - 1);
  return slots * (usesPrefixes(cni, limits) ? AWS_PREFIX_ADDRESSES : 1) + AWS_HOST_NETWORK_PODS;
}

/** The formula of {@link eniMaxPods} in words, with the numbers filled in. */
export function eniMaxPodsRule(cni: AwsVpcCni, limits: EniLimits): string {
  if (cni.ipam === "ipv6") {
    return "IPv6: each node gets a /80 prefix, so max pods is not bound by addresses; set it (110 or 250)";
  }
  const e = podEnis(cni, limits);
  const enis = cni.ipam === "custom-networking" ? `(${limits.enis} ENIs − 1 primary)` : `${e} ENIs`;
  const pd = usesPrefixes(cni, limits) ? " × 16 per /28 prefix" : "";
  return `${limits.type}: ${enis} × (${limits.ipv4PerEni} IPv4 per ENI − 1 primary)${pd} + 2 host-network pods = ${eniMaxPods(cni, limits)}`;
}

/** Addresses a node holds in the subnet its pod ENIs live in, and how. */
export interface HeldAddresses {
  /** ENIs carrying pod addresses. */
  enis: number;
  /** /28 prefixes held (0 in secondary-IP mode). */
  prefixes: number;
  /** Secondary IPs held (0 with prefixes). */
  secondaryIps: number;
  /** Subnet addresses the node holds: ENI primaries plus secondary IPs or 16 per prefix. */
  addresses: number;
}

/**
 * Subnet addresses a node running `pods` pod-IP pods holds in steady state, warm pool included
 * (derived from vpc-cni `ipamd.go` `isDatastorePoolTooLow`, `getPrefixesNeeded`; reproduces
 * `docs/eni-and-ip-target.md` and `docs/prefix-and-ip-target.md`; reference/managed-clouds.md 1.5).
 * Secondary IP with WARM_ENI_TARGET W: ENIs = min(ceil(P/S) + W, E) (W = 0: floor(P/S) + 1),
 * addresses = ENIs × I. With WARM_IP_TARGET w / MINIMUM_IP_TARGET m: T = min(max(P + w, m), E × S)
 * secondary IPs on max(1, ceil(T/S)) ENIs. Prefixes with WARM_PREFIX_TARGET W: ceil(P/16) + W
 * (W = 0: floor(P/16) + 1); with w/m: max(ceil((P + w)/16), ceil(m/16)); ENIs = ceil(prefixes/S),
 * addresses = 16 × prefixes + ENIs. Custom networking counts the pod ENIs only (the primary ENI's
 * own address is in the node subnet).
 */
export function heldAddresses(cni: AwsVpcCni, limits: EniLimits, pods: number): HeldAddresses {
  const p = Math.max(0, pods);
  const eMax = Math.max(0, podEnis(cni, limits));
  const s = limits.ipv4PerEni - 1;
  const { warmEniTarget: wEni, warmIpTarget: w, minimumIpTarget: m } = cni.warm;
  const byIp = w > 0 || m > 0;
  if (eMax === 0 || s <= 0) return { enis: 0, prefixes: 0, secondaryIps: 0, addresses: 0 };
  if (usesPrefixes(cni, limits)) {
    const wp = cni.warm.warmPrefixTarget;
    let prefixes = byIp
      ? Math.max(ceilDiv(p + Math.max(w, 0), 16), ceilDiv(m, 16))
      : wp >= 1
        ? ceilDiv(p, 16) + wp
        : Math.floor(p / 16) + 1;
    prefixes = Math.min(Math.max(prefixes, 1), eMax * s);
    const enis = Math.max(1, ceilDiv(prefixes, s));
    return { enis, prefixes, secondaryIps: 0, addresses: 16 * prefixes + enis };
  }
  if (byIp) {
    const t = Math.min(Math.max(p + Math.max(w, 0), m), eMax * s);
    const enis = Math.max(1, ceilDiv(t, s));
    return { enis, prefixes: 0, secondaryIps: t, addresses: t + enis };
  }
  const enis = Math.min(wEni >= 1 ? ceilDiv(p, s) + wEni : Math.floor(p / s) + 1, eMax);
  return { enis, prefixes: 0, secondaryIps: enis * s, addresses: enis * limits.ipv4PerEni };
}
