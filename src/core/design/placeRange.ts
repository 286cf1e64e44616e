import type { Cni, Design } from "./schema.ts";
import type { Family } from "../ip/family.ts";
import { formatPrefix, prefixAt, prefixOf, type Prefix } from "../ip/prefix.ts";
import { prefixRange, type AddressRange } from "../ip/range.ts";
import { firstFreeIn, nextFreeBlock } from "../solve/freeBlocks.ts";
import { avoidSetFor } from "../solve/rangesToAvoid.ts";

/** Where a range the designer moves is looked for: the private blocks (RFC 1918, ULA fd00::/8). */
const PRIVATE: Record<Family, readonly string[]> = {
  ipv4: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"],
  ipv6: ["fd00::/8"],
};

/** Every range of the design as an address range, but the one at `skip` (a design path). */
export function rangesOfDesign(d: Design, skip?: string): AddressRange[] {
  const out: { path: string; text: string }[] = [];
  for (const family of ["ipv4", "ipv6"] as const) {
    const plan = d[family];
    if (!plan) continue;
    plan.podCidrs.forEach((text, i) => out.push({ path: `${family}.podCidrs.${i}`, text }));
    out.push({ path: `${family}.serviceCidr`, text: plan.serviceCidr });
  }
  d.nodes.networks.forEach((n, i) => out.push({ path: `nodes.networks.${i}.cidr`, text: n.cidr }));
  d.externalRanges.forEach((n, i) => out.push({ path: `externalRanges.${i}.cidr`, text: n.cidr }));
  d.loadBalancer.pools.forEach((p, i) =>
    out.push({ path: `loadBalancer.pools.${i}.range`, text: p.range }),
  );
  return out.flatMap(({ path, text }) => {
    const p = path === skip ? undefined : prefixOf(text);
    return p ? [prefixRange(p)] : [];
  });
}

/**
 * A free aligned /`length` block of `family` for the range at `path`: where the range starts now
 * (aligned down) when that block is free, else the first free block of the private ranges. Free
 * means sharing no address with the design's other ranges or the special-purpose ranges the
 * solver avoids (`specialToAvoid`). Undefined when nothing is free.
 */
export function placeRange(
  d: Design,
  cni: Cni,
  family: Family,
  length: number,
  path: string,
  near?: string,
): string | undefined {
  const avoid = avoidSetFor(cni, family, rangesOfDesign(d, path));
  const current = near === undefined ? undefined : prefixOf(near);
  if (current && current.family === family && current.length >= length) {
    const bits = family === "ipv4" ? 32 : 128;
    const size = 1n << BigInt(bits - length);
    const here: Prefix = prefixAt(family, (current.network / size) * size, length);
    const free = firstFreeIn(here, avoid, length);
    if (free) return formatPrefix(free);
  }
  const budgets = PRIVATE[family].flatMap((t) => prefixOf(t) ?? []);
  const found = nextFreeBlock(budgets, avoid, length);
  return found ? formatPrefix(found) : undefined;
}
