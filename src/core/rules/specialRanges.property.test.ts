import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseAddressRange, type AddressRange } from "../ip/range.ts";
import { SPECIAL_RANGES } from "../ip/special.ts";
import { entriesMeeting } from "./specialRanges.ts";

const parsed = SPECIAL_RANGES.map((s) => {
  const r = parseAddressRange(s.cidr);
  if (!r.ok) throw new Error(r.error);
  return { cidr: s.cidr, range: r.value };
});

/** Every table entry the range overlaps, in table order: the brute force the sweep replaces. */
const bruteForce = (range: AddressRange): string[] =>
  parsed
    .filter(
      ({ range: s }) => s.family === range.family && s.first <= range.last && s.last >= range.first,
    )
    .map(({ cidr }) => cidr);

/** A range of `family` with ends at, next to or between the table's edges, or anywhere. */
const rangeOf = (family: "ipv4" | "ipv6"): fc.Arbitrary<AddressRange> => {
  const max = family === "ipv4" ? (1n << 32n) - 1n : (1n << 128n) - 1n;
  const edges = parsed
    .filter((p) => p.range.family === family)
    .flatMap(({ range: r }) => [
      r.first - 1n,
      r.first,
      r.first + 1n,
      r.last - 1n,
      r.last,
      r.last + 1n,
    ])
    .filter((v) => v >= 0n && v <= max);
  const point = fc.oneof(fc.constantFrom(...edges), fc.bigInt({ min: 0n, max }));
  return fc.tuple(point, point).map(([a, b]) => ({
    family,
    first: a < b ? a : b,
    last: a < b ? b : a,
  }));
};

describe("special-ranges: the entries a range meets", () => {
  it("are the table's overlapping entries in table order, as a pass over the whole table finds", () => {
    fc.assert(
      fc.property(fc.oneof(rangeOf("ipv4"), rangeOf("ipv6")), (range) => {
        expect(entriesMeeting(range).map((s) => s.cidr)).toEqual(bruteForce(range));
      }),
      { numRuns: 3000 },
    );
    // Every entry itself, and the whole of each family.
    for (const { range } of parsed)
      expect(entriesMeeting(range).map((s) => s.cidr)).toEqual(bruteForce(range));
    for (const family of ["ipv4", "ipv6"] as const) {
      const all = {
        family,
        first: 0n,
        last: family === "ipv4" ? (1n << 32n) - 1n : (1n << 128n) - 1n,
      };
      expect(entriesMeeting(all).length).toBe(
        parsed.filter((p) => p.range.family === family).length,
      );
    }
  });
});
