import { describe, expect, it } from "vitest";
import { formatPrefix, prefixOf, type Prefix } from "../ip/prefix.ts";
import { parseAddressRange, type AddressRange } from "../ip/range.ts";
import { avoidSet, largestFreeLength, nextFreeBlock, withTaken } from "./freeBlocks.ts";

const p = (text: string): Prefix => prefixOf(text)!;
const r = (text: string): AddressRange => {
  const parsed = parseAddressRange(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const next = (budgets: string[], avoid: string[], length: number): string | undefined => {
  const found = nextFreeBlock(
    budgets.map(p),
    avoidSet(p(budgets[0]!).family, avoid.map(r)),
    length,
  );
  return found && formatPrefix(found);
};

describe("avoidSet", () => {
  it("sorts, merges overlapping and adjacent runs, and keeps one family", () => {
    const set = avoidSet("ipv4", [
      r("10.0.4.0/24"),
      r("10.0.0.0/24"),
      r("10.0.1.0/24"),
      r("10.0.0.128/25"),
      r("fd00::/64"),
    ]);
    expect(set.runs.map((x) => `${x.first}-${x.last}`)).toEqual([
      `${0x0a000000}-${0x0a0001ff}`,
      `${0x0a000400}-${0x0a0004ff}`,
    ]);
  });
});

describe("nextFreeBlock", () => {
  it("returns the first aligned block after what is avoided", () => {
    expect(next(["10.0.0.0/16"], ["10.0.0.0/22"], 22)).toBe("10.0.4.0/22");
    expect(next(["10.0.0.0/16"], ["10.0.0.0/22"], 20)).toBe("10.0.16.0/20");
    expect(next(["10.0.0.0/16"], [], 16)).toBe("10.0.0.0/16");
  });

  it("skips blocks that an unaligned run touches", () => {
    expect(next(["10.0.0.0/24"], ["10.0.0.5-10.0.0.9"], 29)).toBe("10.0.0.16/29");
    expect(next(["10.0.0.0/24"], ["10.0.0.5-10.0.0.9"], 30)).toBe("10.0.0.0/30");
  });

  it("tries the budgets in order and says when none has room", () => {
    expect(next(["10.0.0.0/24", "192.168.0.0/16"], ["10.0.0.0/25"], 24)).toBe("192.168.0.0/24");
    expect(next(["10.0.0.0/24"], ["10.0.0.0/25"], 24)).toBeUndefined();
    expect(next(["10.0.0.0/24"], [], 23)).toBeUndefined();
    expect(next(["10.0.0.0/24"], ["10.0.0.0/24"], 32)).toBeUndefined();
  });

  it("works in IPv6 with exact bigint positions", () => {
    expect(next(["fd00::/48"], ["fd00::/56", "fd00:0:0:100::/56"], 56)).toBe("fd00:0:0:200::/56");
  });

  it("avoids blocks already taken", () => {
    let set = avoidSet("ipv4", []);
    const first = nextFreeBlock([p("10.0.0.0/16")], set, 18)!;
    set = withTaken(set, first);
    expect(formatPrefix(nextFreeBlock([p("10.0.0.0/16")], set, 18)!)).toBe("10.0.64.0/18");
  });
});

describe("largestFreeLength", () => {
  it("finds the largest free aligned block", () => {
    const set = avoidSet("ipv4", [r("10.0.0.0/17"), r("10.0.192.0/18")]);
    expect(largestFreeLength([p("10.0.0.0/16")], set)).toBe(18);
    expect(largestFreeLength([p("10.0.0.0/16")], avoidSet("ipv4", [r("10.0.0.0/16")]))).toBe(
      undefined,
    );
  });
});
