import type { Family } from "./family.ts";

/**
 * How strongly a special-purpose block argues against using it in a cluster: "never" (error),
 * "avoid" (warning), "caution" (warning for pod and Service ranges, info otherwise), "local"
 * (info: only a host that creates Docker networks takes it).
 */
export type SpecialUse = "never" | "avoid" | "caution" | "local";

/** One entry of the special-purpose address tables, with its source. */
export interface SpecialRange {
  /** A CIDR, or `first-last` where the block is not one prefix. */
  cidr: string;
  family: Family;
  purpose: string;
  use: SpecialUse;
  source: string;
}

const v4 = (cidr: string, purpose: string, use: SpecialUse, source: string): SpecialRange => ({
  cidr,
  family: "ipv4",
  purpose,
  use,
  source,
});
const v6 = (cidr: string, purpose: string, use: SpecialUse, source: string): SpecialRange => ({
  cidr,
  family: "ipv6",
  purpose,
  use,
  source,
});

/**
 * Special and reserved ranges a cluster range should not overlap (IANA special-purpose registries,
 * RFC 6890; Docker's default pools from moby libnetwork/ipamutils). Private ranges (RFC 1918, ULA)
 * are the normal choice and are deliberately absent.
 */
export const SPECIAL_RANGES: readonly SpecialRange[] = [
  v4("0.0.0.0/8", '"this network"', "never", "RFC 1122"),
  v4("127.0.0.0/8", "loopback", "never", "RFC 1122"),
  // A warning, not an error: nothing upstream refuses it; AKS does (aks-overlay's reserved
  // ranges, reference/kubernetes.md 7 notes and 8).
  v4(
    "169.254.0.0/16",
    "link-local (cloud metadata 169.254.169.254, NodeLocal DNSCache)",
    "avoid",
    "RFC 3927",
  ),
  v4("224.0.0.0/4", "multicast", "never", "RFC 5771"),
  v4("240.0.0.0/4", "reserved for future use", "never", "RFC 1112"),
  v4("255.255.255.255/32", "limited broadcast", "never", "RFC 919"),
  v4("192.0.0.0/24", "IETF protocol assignments", "avoid", "RFC 6890"),
  v4("192.0.2.0/24", "documentation (TEST-NET-1)", "avoid", "RFC 5737"),
  v4("198.51.100.0/24", "documentation (TEST-NET-2)", "avoid", "RFC 5737"),
  v4("203.0.113.0/24", "documentation (TEST-NET-3)", "avoid", "RFC 5737"),
  v4("192.88.99.0/24", "6to4 relay anycast", "avoid", "RFC 7526"),
  v4("198.18.0.0/15", "benchmarking", "avoid", "RFC 2544"),
  v4(
    "100.64.0.0/10",
    "shared address space / CGNAT (collides with carrier NAT, Tailscale-style overlays, OVN-Kubernetes 100.64.0.0/16)",
    "caution",
    "RFC 6598",
  ),
  v4("172.17.0.0/16", "Docker's default bridge (docker0)", "caution", "moby libnetwork/ipamutils"),
  // Docker's other default local pools: 172.18-172.19/16, 172.20/14, 172.24/14, 172.28/14 split
  // into /16s and 192.168.0.0/16 split into /20s (reference/kubernetes.md 8).
  v4(
    "172.18.0.0-172.31.255.255",
    "Docker's default address pools for user-defined networks (172.18.0.0/16 to 172.31.0.0/16; kind's network is one)",
    "local",
    "moby libnetwork/ipamutils",
  ),
  v4(
    "192.168.0.0/16",
    "Docker's default address pools for user-defined networks (192.168.0.0/16 split into /20s)",
    "local",
    "moby libnetwork/ipamutils",
  ),
  v6("::/128", "unspecified address", "never", "RFC 4291"),
  v6("::1/128", "loopback", "never", "RFC 4291"),
  v6("fe80::/10", "link-local", "never", "RFC 4291"),
  v6("ff00::/8", "multicast", "never", "RFC 4291"),
  v6("2001:db8::/32", "documentation", "avoid", "RFC 3849"),
  v6("fec0::/10", "deprecated site-local (kubeadm warns)", "avoid", "RFC 3879"),
  v6("64:ff9b::/96", "NAT64 well-known prefix", "avoid", "RFC 6052"),
];

/**
 * The private blocks a cluster range is normally taken from, per family, in the order the
 * solver tries them when it moves a range: RFC 1918 (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16)
 * and the locally assigned half of the unique local addresses (fd00::/8, RFC 4193 3.1).
 */
export const PRIVATE_RANGES: Readonly<Record<Family, readonly string[]>> = {
  ipv4: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"],
  ipv6: ["fd00::/8"],
};
