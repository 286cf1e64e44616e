import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ipCidrVerdict, knownDifference } from "../../../test/core/ip/ipCidrOracle.ts";
import { formatAddress } from "./address.ts";
import { parsePrefix } from "./prefix.ts";

/** Text a user might type for a CIDR: well formed in several spellings, then perhaps damaged. */
const cidrText: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom("ipv4" as const, "ipv6" as const),
    fc.bigInt({ min: 0n, max: (1n << 128n) - 1n }),
    fc.integer({ min: 0, max: 140 }),
    fc.constantFrom("plain", "upper", "zero-length", "zero-octet", "zone", "space", "drop", "dup"),
    fc.nat(),
  )
  .map(([family, raw, length, spelling, at]) => {
    const value = family === "ipv4" ? raw & 0xffffffffn : raw;
    let address = formatAddress({ family, value });
    if (spelling === "upper") address = address.toUpperCase();
    if (spelling === "zero-octet") address = address.replace(/(^|\.)(\d)(\.|$)/, "$10$2$3");
    if (spelling === "zone") address = `${address}%eth0`;
    let text = `${address}/${spelling === "zero-length" ? `0${length}` : length}`;
    const i = at % text.length;
    if (spelling === "space") text = `${text.slice(0, i)} ${text.slice(i)}`;
    if (spelling === "drop") text = text.slice(0, i) + text.slice(i + 1);
    if (spelling === "dup") text = text.slice(0, i) + text.charAt(i) + text.slice(i);
    return text;
  });

describe("parsePrefix against the ip-cidr oracle (ADR 0034)", () => {
  it("agrees on validity and on the block, outside the known differences", () => {
    fc.assert(
      fc.property(cidrText, (text) => {
        if (knownDifference(text) !== undefined) return;
        const ours = parsePrefix(text);
        // parsePrefix trims its input (fields keep the text as typed), so the oracle reads it trimmed.
        const oracle = ipCidrVerdict(text.trim());
        expect(ours.ok).toBe(oracle.ok);
        if (ours.ok && oracle.ok) {
          expect(ours.value.prefix.network).toBe(oracle.network);
          expect(ours.value.prefix.length).toBe(oracle.length);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
