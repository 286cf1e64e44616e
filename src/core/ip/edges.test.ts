import { describe, expect, it } from "vitest";
import { parseAddress } from "./address.ts";
import { crossOverlaps, earlierOverlaps, type Span } from "./boundedOverlaps.ts";
import {
  addressAt,
  comparePrefixes,
  includesAddress,
  nthSubnet,
  overlaps,
  parsePrefix,
  prefixOf,
  split,
  type Prefix,
} from "./prefix.ts";
import { blockContaining, rangesOverlap, rangeToPrefixes, type AddressRange } from "./range.ts";

/**
 * Edges of the address helpers (issue 16): single addresses, touching runs, first and last
 * indexes, families side by side, so an off-by-one or a dropped family check fails by name.
 */

const p = (cidr: string): Prefix => {
  const prefix = prefixOf(cidr);
  if (!prefix) throw new Error(`bad test prefix ${cidr}`);
  return prefix;
};
const v4 = (first: bigint, last: bigint): AddressRange => ({ family: "ipv4", first, last });

describe("IPv6 text at the edges of `::` and dotted tails", () => {
  it("refuses a third `::` and a dotted quad before the last group", () => {
    for (const bad of ["1:2:3:4:5:6:7:8::::", "::1.2.3.4:5", "1:2:3:4:5:6:7:8::"]) {
      expect(parseAddress(bad).ok, bad).toBe(false);
    }
  });

  it("takes a dotted tail without `::` and a `::` standing for one group", () => {
    expect(parseAddress("0:0:0:0:0:ffff:1.2.3.4")).toEqual({
      ok: true,
      value: { family: "ipv6", value: 0xffff01020304n },
    });
    expect(parseAddress("1:2:3:4:5:6::8")).toEqual({
      ok: true,
      value: { family: "ipv6", value: 0x00010002000300040005000600000008n },
    });
  });
});

describe("bounded overlaps across families", () => {
  it("the same numbers in two families never overlap", () => {
    const s: Span[] = [
      { family: "ipv6", first: 0n, last: 10n },
      { family: "ipv4", first: 5n, last: 6n },
      { family: "ipv6", first: 5n, last: 5n },
      { family: "ipv4", first: 0n, last: 9n },
    ];
    expect(earlierOverlaps(s, 2)).toEqual([
      { owner: 2, others: [0], more: 0 },
      { owner: 3, others: [1], more: 0 },
    ]);
    expect(crossOverlaps(s.slice(0, 2), s.slice(2), 2)).toEqual([
      { owner: 0, others: [0], more: 0 },
      { owner: 1, others: [1], more: 0 },
    ]);
  });
});

describe("prefix edges", () => {
  it("a CIDR without an address before the slash is not a valid address", () => {
    const r = parsePrefix("/24");
    expect(r.ok ? "" : r.error).toMatch(/^"\/24" is not a valid CIDR: /);
  });

  it("addressAt: index 0 is the network, −size the network again, one beyond either end throws", () => {
    const b = p("10.0.0.0/30");
    expect(addressAt(b, 0n).value).toBe(0x0a000000n);
    expect(addressAt(b, -4n).value).toBe(0x0a000000n);
    expect(addressAt(b, -1n).value).toBe(0x0a000003n);
    expect(() => addressAt(b, -5n)).toThrow("index -5 is outside 10.0.0.0/30");
    expect(() => addressAt(b, 4n)).toThrow("index 4 is outside 10.0.0.0/30");
  });

  it("contains and overlaps: never across families, never the shorter inside the longer", () => {
    expect(overlaps(p("0.0.0.0/0"), p("::/1"))).toBe(false);
    expect(overlaps(p("10.0.0.0/8"), p("10.0.0.0/16"))).toBe(true);
    expect(overlaps(p("10.0.0.0/16"), p("10.1.0.0/16"))).toBe(false);
  });

  it("includesAddress: the network and last address are in, one either side is not", () => {
    const b = p("10.0.0.0/24");
    const at = (text: string) => {
      const a = parseAddress(text);
      if (!a.ok) throw new Error(text);
      return includesAddress(b, a.value);
    };
    expect([at("10.0.0.0"), at("10.0.0.255")]).toEqual([true, true]);
    expect([at("9.255.255.255"), at("10.0.1.0"), at("::a00:1")]).toEqual([false, false, false]);
  });

  it("nthSubnet and split refuse one past the end, and split takes exactly its limit", () => {
    const b = p("10.0.0.0/24");
    expect(nthSubnet(b, 26, 3n)).toEqual(p("10.0.0.192/26"));
    expect(() => nthSubnet(b, 26, 4n)).toThrow("subnet 4 is outside 10.0.0.0/24 split into /26");
    expect(() => nthSubnet(b, 26, -1n)).toThrow("subnet -1 is outside");
    expect(split(b, 26, 4)).toHaveLength(4);
    expect(() => split(b, 26, 3)).toThrow("4 subnets exceed the limit of 3");
  });

  it("comparePrefixes: IPv4 before IPv6, lower network first, then the shorter prefix", () => {
    expect(comparePrefixes(p("10.0.0.0/8"), p("::/0"))).toBe(-1);
    expect(comparePrefixes(p("::/0"), p("10.0.0.0/8"))).toBe(1);
    expect(comparePrefixes(p("10.0.0.0/8"), p("10.0.0.0/8"))).toBe(0);
    expect(comparePrefixes(p("10.0.0.0/8"), p("11.0.0.0/8"))).toBe(-1);
    expect(comparePrefixes(p("11.0.0.0/8"), p("10.0.0.0/8"))).toBe(1);
    expect(comparePrefixes(p("10.0.0.0/16"), p("10.0.0.0/8"))).toBe(8);
  });
});

describe("address runs at their edges", () => {
  it("rangesOverlap: touching at one address overlaps, adjacent does not, families never", () => {
    expect(rangesOverlap(v4(0n, 10n), v4(10n, 20n))).toBe(true);
    expect(rangesOverlap(v4(10n, 20n), v4(0n, 10n))).toBe(true);
    expect(rangesOverlap(v4(0n, 9n), v4(10n, 20n))).toBe(false);
    expect(rangesOverlap(v4(11n, 20n), v4(0n, 10n))).toBe(false);
    expect(rangesOverlap(v4(0n, 10n), { family: "ipv6", first: 0n, last: 10n })).toBe(false);
  });

  it("rangeToPrefixes stops at its limit", () => {
    // 10.0.0.1-10.0.0.6 is /32, /31, /31, /32: four blocks.
    const run = v4(0x0a000001n, 0x0a000006n);
    expect(rangeToPrefixes(run)).toHaveLength(4);
    expect(rangeToPrefixes(run, 2)).toEqual([p("10.0.0.1/32"), p("10.0.0.2/31")]);
  });

  it("blockContaining: the whole space is one /0; a run's last address stays inside the run", () => {
    expect(blockContaining(v4(0n, 0xffffffffn), 5n)).toEqual(p("0.0.0.0/0"));
    expect(blockContaining(v4(0x0a000000n, 0x0a000004n), 0x0a000004n)).toEqual(p("10.0.0.4/32"));
  });

  it("blockContaining: a run from address 0 or to the family's last address is bounded at one end", () => {
    expect(blockContaining(v4(0n, 0x0a000000n), 5n)).toEqual(p("0.0.0.0/5"));
    expect(blockContaining(v4(0n, 0x0a000000n), 0x0a000000n)).toEqual(p("10.0.0.0/32"));
    expect(blockContaining(v4(0x0a000001n, 0xffffffffn), 0xffffffffn)).toEqual(p("128.0.0.0/1"));
    expect(blockContaining(v4(0x0a000001n, 0xffffffffn), 0x0a000001n)).toEqual(p("10.0.0.1/32"));
    const top = (1n << 128n) - 1n;
    const v6run = { family: "ipv6" as const, first: 3n, last: top };
    expect(blockContaining(v6run, top)).toEqual(p("8000::/1"));
    expect(blockContaining(v6run, 3n)).toEqual(p("::3/128"));
    expect(blockContaining({ family: "ipv6", first: 0n, last: top }, 7n)).toEqual(p("::/0"));
  });
});
