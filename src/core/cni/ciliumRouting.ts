import type { CiliumIpam } from "../design/schema.ts";

/** Where the routing facts below come from. */
export const CILIUM_IPAM_DOC = "https://docs.cilium.io/en/stable/network/concepts/ipam";

/**
 * Cilium IPAM modes that support tunnel routing: the IPAM overview's feature table marks
 * "Tunnel routing" supported only for Kubernetes host scope and cluster scope; multi-pool,
 * CRD-backed, AWS ENI and Azure IPAM support direct (native) routing only
 * (docs.cilium.io/en/stable/network/concepts/ipam; multi-pool.rst lists tunnel mode as unsupported).
 */
const TUNNEL_MODES: ReadonlySet<CiliumIpam> = new Set(["kubernetes", "cluster-pool"]);

/** True when Cilium supports tunnel routing with this IPAM mode. */
export function ciliumSupportsTunnel(ipam: CiliumIpam): boolean {
  return TUNNEL_MODES.has(ipam);
}
