import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bitsOf, type Family } from "./family.ts";
import {
  commonSupernet,
  contains,
  formatPrefix,
  intersection,
  lastAddress,
  nthSubnet,
  overlaps,
  parsePrefix,
  prefixAt,
  split,
  subnetCount,
  type Prefix,
} from "./prefix.ts";

/** Any prefix of either family, host bits cleared. */
const arbitraryPrefix = (family?: Family): fc.Arbitrary<Prefix> =>
  (family ? fc.constant(family) : fc.constantFrom<Family>("ipv4", "ipv6")).chain((f) =>
    fc
      .tuple(
        fc.bigInt({ min: 0n, max: (1n << BigInt(bitsOf(f))) - 1n }),
        fc.integer({ min: 0, max: bitsOf(f) }),
      )
      .map(([value, length]) => prefixAt(f, value, length)),
  );

const parentAndLength = arbitraryPrefix().chain((parent) =>
  fc
    .integer({ min: parent.length, max: Math.min(bitsOf(parent.family), parent.length + 6) })
    .map((length) => ({ parent, length })),
);

describe("parsePrefix", () => {
  it("format(parse(x)) = x for canonical CIDR text", () => {
    fc.assert(
      fc.property(arbitraryPrefix(), (prefix) => {
        const text = formatPrefix(prefix);
        const parsed = parsePrefix(text);
        expect(parsed).toEqual({ ok: true, value: { prefix, hostBitsSet: false } });
      }),
      { numRuns: 1000 },
    );
  });
});

describe("properties", () => {
  it("split children are disjoint, in order, and cover the parent exactly", () => {
    fc.assert(
      fc.property(parentAndLength, ({ parent, length }) => {
        const children = split(parent, length);
        expect(BigInt(children.length)).toBe(subnetCount(parent, length));
        let next = parent.network;
        for (const [i, child] of children.entries()) {
          expect(contains(parent, child)).toBe(true);
          expect(child.network).toBe(next);
          next = lastAddress(child) + 1n;
          const sibling = children[i + 1];
          if (sibling) expect(overlaps(child, sibling)).toBe(false);
        }
        expect(next - 1n).toBe(lastAddress(parent));
      }),
      { numRuns: 500 },
    );
  });

  it("overlaps is symmetric and agrees with intersection and with address ranges", () => {
    fc.assert(
      fc.property(arbitraryPrefix("ipv4"), arbitraryPrefix("ipv4"), (a, b) => {
        expect(overlaps(a, b)).toBe(overlaps(b, a));
        expect(intersection(a, b) !== undefined).toBe(overlaps(a, b));
        const byRange = a.network <= lastAddress(b) && b.network <= lastAddress(a);
        expect(overlaps(a, b)).toBe(byRange);
      }),
      { numRuns: 1000 },
    );
  });

  it("overlaps finds nested blocks (a block and a random sub-block)", () => {
    fc.assert(
      fc.property(parentAndLength, fc.bigInt({ min: 0n, max: 63n }), ({ parent, length }, n) => {
        const child = nthSubnet(parent, length, n % subnetCount(parent, length));
        expect(overlaps(parent, child) && overlaps(child, parent)).toBe(true);
        expect(intersection(parent, child)).toEqual(child);
      }),
      { numRuns: 500 },
    );
  });

  it("commonSupernet contains every input and is minimal", () => {
    fc.assert(
      fc.property(
        fc
          .constantFrom<Family>("ipv4", "ipv6")
          .chain((f) => fc.array(arbitraryPrefix(f), { minLength: 1, maxLength: 5 })),
        (prefixes) => {
          const supernet = commonSupernet(prefixes);
          expect(supernet).toBeDefined();
          if (!supernet) return;
          for (const q of prefixes) expect(contains(supernet, q)).toBe(true);
          // Minimal: one bit longer cannot hold them all (either half misses one).
          if (supernet.length < bitsOf(supernet.family)) {
            for (const half of split(supernet, supernet.length + 1)) {
              expect(prefixes.every((q) => contains(half, q))).toBe(false);
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("commonSupernet of blocks inside one block is that block or a longer one holding them", () => {
    // Blocks sharing many leading bits (a parent split a few bits further, sometimes deeper).
    const inside = arbitraryPrefix().chain((parent) =>
      fc
        .array(
          fc
            .tuple(
              fc.bigInt({
                min: 0n,
                max: (1n << BigInt(bitsOf(parent.family) - parent.length)) - 1n,
              }),
              fc.integer({ min: parent.length, max: bitsOf(parent.family) }),
            )
            .map(([offset, length]) => prefixAt(parent.family, parent.network + offset, length)),
          { minLength: 1, maxLength: 6 },
        )
        .map((prefixes) => ({ parent, prefixes })),
    );
    fc.assert(
      fc.property(inside, ({ parent, prefixes }) => {
        const supernet = commonSupernet(prefixes)!;
        expect(contains(parent, supernet)).toBe(true);
        for (const q of prefixes) expect(contains(supernet, q)).toBe(true);
        if (supernet.length < bitsOf(supernet.family)) {
          for (const half of split(supernet, supernet.length + 1)) {
            expect(prefixes.every((q) => contains(half, q))).toBe(false);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });
});
