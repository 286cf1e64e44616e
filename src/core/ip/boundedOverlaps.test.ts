import { describe, expect, it } from "vitest";
import {
  crossOverlapsByPairs,
  earlierOverlapsByPairs,
} from "../../../test/core/ip/overlapReference.ts";
import { crossOverlaps, earlierOverlaps, type Span } from "./boundedOverlaps.ts";

const v4 = (first: bigint, last: bigint): Span => ({ family: "ipv4", first, last });

describe("earlierOverlaps at the edges", () => {
  it("no spans and one span give no hits, at any limit", () => {
    for (const limit of [0, 1, 4]) {
      expect(earlierOverlaps([], limit)).toEqual([]);
      expect(earlierOverlaps([v4(0n, 10n)], limit)).toEqual([]);
    }
  });

  it("identical spans: each overlaps every earlier copy", () => {
    const same = Array.from({ length: 4 }, () => v4(5n, 9n));
    expect(earlierOverlaps(same, 2)).toEqual([
      { owner: 1, others: [0], more: 0 },
      { owner: 2, others: [0, 1], more: 0 },
      { owner: 3, others: [0, 1], more: 1 },
    ]);
  });

  it("touching runs (last + 1 == first) do not overlap; one shared address does", () => {
    expect(earlierOverlaps([v4(0n, 9n), v4(10n, 12n)], 1)).toEqual([]);
    expect(earlierOverlaps([v4(10n, 12n), v4(0n, 9n)], 1)).toEqual([]);
    expect(earlierOverlaps([v4(0n, 10n), v4(10n, 12n)], 1)).toEqual([
      { owner: 1, others: [0], more: 0 },
    ]);
    expect(earlierOverlaps([v4(10n, 12n), v4(12n, 12n), v4(0n, 10n)], 1)).toEqual([
      { owner: 1, others: [0], more: 0 },
      { owner: 2, others: [0], more: 0 },
    ]);
  });

  it("limit 0 counts every overlap; the lowest indices come first whatever the address order", () => {
    // Span 3 overlaps 2, 1 and 0, which start at descending addresses.
    const s = [v4(30n, 40n), v4(20n, 40n), v4(10n, 40n), v4(35n, 35n)];
    expect(earlierOverlaps(s, 0)).toEqual([
      { owner: 1, others: [], more: 1 },
      { owner: 2, others: [], more: 2 },
      { owner: 3, others: [], more: 3 },
    ]);
    expect(earlierOverlaps(s, 2)[2]).toEqual({ owner: 3, others: [0, 1], more: 1 });
  });

  it("the same numbers in two families never overlap; no family is a family of its own", () => {
    const s: Span[] = [
      { family: "ipv6", first: 0n, last: 10n },
      { family: "ipv4", first: 5n, last: 6n },
      { family: "ipv6", first: 5n, last: 5n },
      { first: 0n, last: 10n },
      { family: "ipv4", first: 0n, last: 9n },
      { first: 6n, last: 6n },
    ];
    expect(earlierOverlaps(s, 3)).toEqual([
      { owner: 2, others: [0], more: 0 },
      { owner: 4, others: [1], more: 0 },
      { owner: 5, others: [3], more: 0 },
    ]);
  });

  it("1,000 nested spans give 999 owners with the lowest indices and exact counts", () => {
    const nested = Array.from({ length: 1000 }, (_, i) => v4(BigInt(i), 100_000n - BigInt(i)));
    const hits = earlierOverlaps(nested, 3);
    expect(hits).toHaveLength(999);
    expect(hits[0]).toEqual({ owner: 1, others: [0], more: 0 });
    expect(hits[998]).toEqual({ owner: 999, others: [0, 1, 2], more: 996 });
  });
});

describe("crossOverlaps at the edges", () => {
  it("an empty list on either side gives no hits", () => {
    expect(crossOverlaps([], [v4(0n, 1n)], 2)).toEqual([]);
    expect(crossOverlaps([v4(0n, 1n)], [], 2)).toEqual([]);
  });

  it("pairs only across the lists, by the first list's index, lowest of the second first", () => {
    const as = [v4(0n, 9n), v4(50n, 60n), v4(5n, 5n)];
    const bs = [v4(10n, 20n), v4(9n, 9n), v4(0n, 100n), v4(5n, 6n)];
    expect(crossOverlaps(as, bs, 2)).toEqual([
      { owner: 0, others: [1, 2], more: 1 },
      { owner: 1, others: [2], more: 0 },
      { owner: 2, others: [2, 3], more: 0 },
    ]);
  });
});

describe("bounded overlaps against a plain double loop", () => {
  // A fixed pseudo-random mix of IPv4, IPv6 and family-less spans, many sharing bounds, and
  // IPv6 ones above 2^64.
  let seed = 7;
  const next = (n: number) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed % n;
  };
  const families = ["ipv4", "ipv6", undefined];
  const list = (count: number): Span[] =>
    Array.from({ length: count }, () => {
      const family = families[next(3)];
      const base = family === "ipv6" && next(2) ? 1n << 100n : 0n;
      const first = base + BigInt(next(40));
      const span = { first, last: first + BigInt(next(8)) };
      return family ? { ...span, family } : span;
    });

  it("earlierOverlaps and crossOverlaps give what checking every pair gives, limits 0 to 5", () => {
    for (let round = 0; round < 30; round++) {
      const limit = round % 6;
      const s = list(40);
      const t = list(25);
      expect(earlierOverlaps(s, limit)).toEqual(earlierOverlapsByPairs(s, limit));
      expect(crossOverlaps(s, t, limit)).toEqual(crossOverlapsByPairs(s, t, limit));
    }
  });
});

describe("bounded overlaps never visit pairs", () => {
  /** Spans whose addresses count how often they are read. */
  function counted(spans: readonly Span[]): { spans: Span[]; reads: () => number } {
    let reads = 0;
    const out = spans.map((s) => ({
      family: s.family ?? "",
      get first() {
        reads++;
        return s.first;
      },
      get last() {
        reads++;
        return s.last;
      },
    }));
    return { spans: out, reads: () => reads };
  }

  it("read each span's addresses a few times, though 2,000 nested spans make 1,999,000 pairs", () => {
    // A pair sweep reads an active span's last address once per pair it is in.
    const nested = Array.from({ length: 2000 }, (_, i) => v4(BigInt(i), 1_000_000n - BigInt(i)));
    const a = counted(nested);
    earlierOverlaps(a.spans, 4);
    expect(a.reads()).toBeLessThanOrEqual(4 * nested.length);
    const b = counted(nested);
    const c = counted(nested);
    crossOverlaps(b.spans, c.spans, 4);
    expect(b.reads() + c.reads()).toBeLessThanOrEqual(8 * nested.length);
  });
});
