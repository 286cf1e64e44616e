import { describe, expect, it } from "vitest";
import { fail, ok, type Result } from "../result.ts";
import { memoByText, memoFrozen } from "./textMemo.ts";
import { formatRange, parseAddressRange } from "./range.ts";
import { formatPrefix, parsePrefix, type Prefix } from "./prefix.ts";

describe("memoByText", () => {
  it("parses a text once and hands out the same frozen result", () => {
    const seen: string[] = [];
    const parse = memoByText((text: string): Result<{ n: { v: number } }> => {
      seen.push(text);
      return text === "bad" ? fail("bad text") : ok({ n: { v: text.length } });
    });
    const first = parse("abc");
    expect(parse("abc")).toBe(first);
    expect(parse("bad")).toBe(parse("bad"));
    expect(seen).toEqual(["abc", "bad"]);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first.ok && Object.isFrozen(first.value) && Object.isFrozen(first.value.n)).toBe(true);
  });

  it("starts over after `kept` texts", () => {
    let calls = 0;
    const parse = memoByText((text: string) => {
      calls += 1;
      return ok({ text });
    }, 2);
    parse("a");
    parse("b");
    parse("c"); // the memo held 2: it starts over with "c"
    parse("c");
    parse("a");
    expect(calls).toBe(4);
  });
});

describe("the memoised parsers", () => {
  it("give pool ranges and CIDRs once per text, frozen, with the parse's values", () => {
    const pool = parseAddressRange("fd00::3-fd00:ffff:ffff:ffff:ffff:ffff:ffff:fffc");
    expect(parseAddressRange("fd00::3-fd00:ffff:ffff:ffff:ffff:ffff:ffff:fffc")).toBe(pool);
    expect(pool.ok && pool.value).toEqual({
      family: "ipv6",
      first: 0xfd00_0000_0000_0000_0000_0000_0000_0003n,
      last: 0xfd00_ffff_ffff_ffff_ffff_ffff_ffff_fffcn,
    });
    expect(pool.ok && Object.isFrozen(pool.value)).toBe(true);
    const refused = parseAddressRange("10.0.0.9-10.0.0.1");
    expect(refused).toBe(parseAddressRange("10.0.0.9-10.0.0.1"));
    expect(refused.ok ? "" : refused.error).toContain("is after the end IP");
    const cidr = parsePrefix("10.244.1.0/16");
    expect(parsePrefix("10.244.1.0/16")).toBe(cidr);
    expect(cidr.ok && cidr.value.hostBitsSet).toBe(true);
    expect(cidr.ok && Object.isFrozen(cidr.value.prefix)).toBe(true);
  });
});

describe("memoFrozen", () => {
  it("writes a frozen value once and any other value on every call", () => {
    let calls = 0;
    const text = memoFrozen((v: { n: number }) => {
      calls += 1;
      return `n=${v.n}`;
    });
    const frozen = Object.freeze({ n: 1 });
    expect(text(frozen)).toBe("n=1");
    expect(text(frozen)).toBe("n=1");
    expect(calls).toBe(1);
    const open = { n: 2 };
    expect(text(open)).toBe("n=2");
    open.n = 3; // not frozen: never served from the memo
    expect(text(open)).toBe("n=3");
    expect(calls).toBe(3);
  });

  it("gives the parsers' frozen values and equal fresh ones the same canonical text", () => {
    const parsed = parsePrefix("FD00:0:0::1/64");
    if (!parsed.ok) throw new Error(parsed.error);
    const fresh: Prefix = { ...parsed.value.prefix };
    expect(formatPrefix(parsed.value.prefix)).toBe("fd00::/64");
    expect(formatPrefix(parsed.value.prefix)).toBe(formatPrefix(fresh));
    const run = parseAddressRange("10.0.0.10 - 10.0.1.20");
    if (!run.ok) throw new Error(run.error);
    expect(formatRange(run.value)).toBe("10.0.0.10-10.0.1.20");
    expect(formatRange({ ...run.value })).toBe("10.0.0.10-10.0.1.20");
  });
});
