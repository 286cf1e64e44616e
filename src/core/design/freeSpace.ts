import type { Design } from "./schema.ts";
import { overlaps, prefixOf, type Prefix } from "../ip/prefix.ts";

/** Every prefix the design already uses (pod, Service, node, external ranges, CIDR pools). */
export function usedPrefixes(d: Design): Prefix[] {
  const texts = [
    ...(d.ipv4 ? [...d.ipv4.podCidrs, d.ipv4.serviceCidr] : []),
    ...(d.ipv6 ? [...d.ipv6.podCidrs, d.ipv6.serviceCidr] : []),
    ...d.nodes.networks.map((n) => n.cidr),
    ...d.externalRanges.map((n) => n.cidr),
    ...d.loadBalancer.pools.map((p) => (p.range.includes("-") ? "" : p.range)),
  ];
  return texts.flatMap((t) => prefixOf(t) ?? []);
}

/** Private /24s a new named range is offered, in order. */
export const FREE_RANGE_CANDIDATES = [
  "192.168.0.0/24",
  "192.168.10.0/24",
  "192.168.100.0/24",
  "172.20.0.0/24",
  "10.200.0.0/24",
  "10.250.0.0/24",
] as const;

/** The first candidate range overlapping nothing in the design (or the first candidate). */
export function freeCidr(d: Design, candidates: readonly string[] = FREE_RANGE_CANDIDATES): string {
  const used = usedPrefixes(d);
  const free = candidates.find((c) => {
    const p = prefixOf(c);
    return p !== undefined && !used.some((u) => overlaps(u, p));
  });
  return free ?? candidates[0] ?? "192.168.0.0/24";
}

/** A name not yet used in `names`: `base`, `base-2`, `base-3`... */
export function uniqueName(base: string, names: readonly string[]): string {
  if (!names.includes(base)) return base;
  for (let i = 2; ; i += 1) if (!names.includes(`${base}-${i}`)) return `${base}-${i}`;
}
