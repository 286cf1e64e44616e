import fc from "fast-check";
import { CNI_KINDS } from "../../src/core/codec/cniKinds.ts";
import type { CniKind } from "../../src/core/design/schema.ts";
import { formatAddress } from "../../src/core/ip/address.ts";
import { bitsOf, type Family } from "../../src/core/ip/family.ts";
import { formatPrefix, prefixAt } from "../../src/core/ip/prefix.ts";
import {
  MAX_LIST_ENTRIES,
  type Design,
  type LbPool,
  type NamedCidr,
} from "../../src/core/design/schema.ts";
import { arbitraryDesign } from "../core/design/arbitraryDesign.ts";

/** The schema's own cap: what a hostile but valid design can hold (core/design/schema.ts). */
const MAX_LIST = MAX_LIST_ENTRIES;

/** How long a generated list is: from a few dozen to the cap (ADR 0070). */
const listLength = fc.constantFrom(16, 64, 256, MAX_LIST);

/** `length` items of `item`. */
const listOf = <T>(item: fc.Arbitrary<T>) =>
  listLength.chain((n) => fc.array(item, { minLength: n, maxLength: n }));

/** Any aligned CIDR of the family, from the whole space (/0) down to one address. */
function anyCidr(family: Family): fc.Arbitrary<string> {
  const bits = bitsOf(family);
  const max = (1n << BigInt(bits)) - 1n;
  return fc
    .tuple(
      fc.bigInt({ min: 0n, max }),
      fc.oneof(fc.integer({ min: 0, max: bits }), fc.constant(bits)),
    )
    .map(([address, length]) => formatPrefix(prefixAt(family, address, length)));
}

/** Nested CIDRs: one block and ever longer prefixes inside it, so every pair overlaps. */
function nestedCidrs(family: Family, count: number): fc.Arbitrary<string[]> {
  const bits = bitsOf(family);
  return fc
    .bigInt({ min: 0n, max: (1n << BigInt(bits)) - 1n })
    .map((address) =>
      Array.from({ length: count }, (_, i) =>
        formatPrefix(prefixAt(family, address, Math.min(bits, Math.floor((i * bits) / count)))),
      ),
    );
}

/** A start-end range anywhere in the family, possibly huge, possibly one address. */
function anyRange(family: Family): fc.Arbitrary<string> {
  const max = (1n << BigInt(bitsOf(family))) - 1n;
  return fc
    .tuple(fc.bigInt({ min: 0n, max }), fc.bigInt({ min: 0n, max }))
    .map(
      ([a, b]) =>
        `${formatAddress({ family, value: a < b ? a : b })}-${formatAddress({ family, value: a < b ? b : a })}`,
    );
}

const named = (prefix: string, cidrs: readonly string[]): NamedCidr[] =>
  cidrs.map((cidr, i) => ({ name: `${prefix}${i}`, cidr }));

/**
 * Hostile but valid designs (issue 13): a valid random design (any CNI of CNI_KINDS, or `cni`;
 * one or both families)
 * with its lists filled with 16, 64, 256 or 1,024 (the schema's cap) overlapping, nested, huge and single-address
 * ranges of both families: pod ranges, node networks, LoadBalancer pools (CIDRs and start-end)
 * and external ranges.
 */
export function hostileDesign(cni?: CniKind): fc.Arbitrary<Design> {
  const kind = cni === undefined ? fc.constantFrom(...CNI_KINDS) : fc.constant(cni);
  return kind
    .chain((k) => arbitraryDesign({ cni: k }))
    .chain((base) => {
      const families = base.ipFamilies;
      const family = fc.constantFrom(...families);
      const cidr = family.chain(anyCidr);
      return fc
        .record({
          pods: listOf(cidr),
          nested: fc.tuple(family, listLength).chain(([f, n]) => nestedCidrs(f, n)),
          networks: listOf(cidr),
          pools: listOf(fc.oneof(cidr, family.chain(anyRange))),
          externals: listOf(cidr),
          nest: fc.constantFrom("networks", "pools", "externals"),
        })
        .map((r): Design => {
          const design = structuredClone(base);
          for (const f of families) {
            const plan = design[f];
            if (!plan) continue;
            const extra = r.pods.filter((c) => (c.includes(":") ? "ipv6" : "ipv4") === f);
            plan.podCidrs = [...plan.podCidrs, ...extra].slice(0, MAX_LIST);
          }
          const networks = r.nest === "networks" ? r.nested : r.networks;
          design.nodes.networks = named("n", [
            ...design.nodes.networks.map((n) => n.cidr),
            ...networks,
          ]).slice(0, MAX_LIST);
          const pools = r.nest === "pools" ? r.nested : r.pools;
          design.loadBalancer.pools = [
            ...design.loadBalancer.pools,
            ...pools.map((range, i): LbPool => ({ name: `hp${i}`, range })),
          ].slice(0, MAX_LIST);
          const externals = r.nest === "externals" ? r.nested : r.externals;
          design.externalRanges = named("x", [
            ...design.externalRanges.map((x) => x.cidr),
            ...externals,
          ]).slice(0, MAX_LIST);
          return design;
        });
    });
}
