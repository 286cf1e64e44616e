import { deflateSync } from "fflate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../../test/core/codec/refusal.ts";
import { arbitraryDesign } from "../../../test/core/design/arbitraryDesign.ts";
import { defaultDesign } from "../design/defaults.ts";
import { toBase64Url } from "./base64url.ts";
import { decodeLink, encodeLink, MAX_LINK_INFLATED, MAX_LINK_LENGTH } from "./link.ts";
import { LINK_DICTIONARY_D1 } from "./linkDictionary.ts";
import { largeDesign } from "../../../test/core/codec/largeDesign.ts";

/** A d1 link around arbitrary text, as a hostile page could build one. */
const craft = (text: string | Uint8Array): string => {
  const bytes = typeof text === "string" ? new TextEncoder().encode(text) : text;
  return `d1.${toBase64Url(deflateSync(bytes, { level: 9, dictionary: LINK_DICTIONARY_D1 }))}`;
};

/**
 * Per-call bound: a decode must never hang the page. Quiet runs take about 15 ms for the worst
 * input (the zip bomb); 500 ms leaves room for a loaded 2-core machine while still failing on
 * anything that scales with the bomb's 8 MiB or loops.
 */
const TIME_LIMIT_MS = 500;

/**
 * Decodes, asserting no exception, a bounded time, and a message when it fails. A call over the
 * bound is timed again (up to 3 tries, fastest counts): on a loaded 2-core CI machine a GC pause
 * or another process can stall one call, while work that is really unbounded stays slow.
 */
function decodeBounded(fragment: string) {
  let fastest = Infinity;
  let r = decodeLink(fragment);
  for (let tries = 0; tries < 3 && fastest >= TIME_LIMIT_MS; tries++) {
    const start = performance.now();
    r = decodeLink(fragment);
    fastest = Math.min(fastest, performance.now() - start);
  }
  expect(fastest).toBeLessThan(TIME_LIMIT_MS);
  if (!r.ok) {
    expect(r.error).toMatch(/^This link cannot be opened: \S/);
    expect(r.error).not.toMatch(/<[a-z/!]/i);
  }
  return r;
}

const errorOf = (fragment: string): string => refusalOf(decodeBounded(fragment));

describe("decodeLink on hostile and broken input", () => {
  it("never throws on random strings, and refuses them", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        expect(decodeBounded(s).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on random base64url payloads after d1.", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        decodeBounded(`d1.${toBase64Url(bytes)}`);
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on random bytes that do inflate", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decodeBounded(craft(bytes)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("survives every truncation of a valid link with a message or the right design", () => {
    const link = encodeLink(largeDesign());
    for (let cut = 0; cut < link.length; cut++) {
      const r = decodeBounded(link.slice(0, cut));
      if (r.ok) expect(r.value.design).toEqual(largeDesign());
    }
  });

  it("survives single-character mutations of valid links", () => {
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.#%<";
    fc.assert(
      fc.property(arbitraryDesign(), fc.nat(), fc.constantFrom(...alphabet), (d, at, c) => {
        const link = encodeLink(d);
        const i = at % link.length;
        decodeBounded(link.slice(0, i) + c + link.slice(i + 1));
      }),
      { numRuns: 300 },
    );
  });

  it("refuses oversized fragments before any work", () => {
    const huge = `d1.${"A".repeat(5_000_000)}`;
    expect(errorOf(huge)).toMatch(/over the limit of 16384/);
    expect(errorOf("d1." + "A".repeat(MAX_LINK_LENGTH))).toMatch(/over the limit/);
  });

  it("stops a zip bomb at the inflate limit", () => {
    const bomb = craft(new Uint8Array(8 * 1024 * 1024).fill(32));
    expect(bomb.length).toBeLessThan(MAX_LINK_LENGTH);
    expect(errorOf(bomb)).toMatch(new RegExp(`more than ${MAX_LINK_INFLATED} bytes`));
  });

  it("refuses deeply nested JSON and huge arrays", () => {
    expect(errorOf(craft("[".repeat(50_000) + "]".repeat(50_000)))).toMatch(/JSON object|nested/);
    const nested = JSON.stringify({
      ...defaultDesign(),
      name: JSON.parse("[".repeat(2000) + "]".repeat(2000)),
    });
    expect(errorOf(craft(nested))).toMatch(/nested deeper/);
    const big = JSON.stringify({ ...defaultDesign(), externalRanges: new Array(30_000).fill(1) });
    expect(errorOf(craft(big))).toMatch(/more than 20,000 values/);
  });

  it("refuses prototype-polluting links, and nothing gets polluted", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const json = JSON.stringify(defaultDesign()).replace(
        '"nodes":{',
        `"nodes":{"${key}":{"isAdmin":true},`,
      );
      expect(errorOf(craft(json))).toMatch(new RegExp(`"${key}".*prototype pollution`));
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("refuses names with markup, echoing them escaped", () => {
    const json = JSON.stringify({ ...defaultDesign(), name: '<img src=x onerror="alert(1)">' });
    const message = errorOf(craft(json));
    expect(message).toMatch(/name: ".*DNS-1123/);
    expect(message).toContain("\\u003cimg");
  });

  it("names the problem for each kind of bad link", () => {
    expect(errorOf("")).toMatch(/holds no design/);
    expect(errorOf("d7.abcd")).toMatch(/link format "d7", made by a newer version/);
    expect(errorOf("x1.abcd")).toMatch(/does not start with d1\./);
    expect(errorOf("d1.ab$cd")).toMatch(/characters a design link never has/);
    expect(errorOf(craft("not json"))).toMatch(/not valid JSON/);
    expect(errorOf(craft("[1,2]"))).toMatch(/must be a JSON object/);
    expect(errorOf(craft(new Uint8Array([0xff, 0xfe, 0x7b])))).toMatch(/not valid JSON/);
    const newer = JSON.stringify({ ...defaultDesign(), schemaVersion: 9 });
    expect(errorOf(craft(newer))).toMatch(/newer version of the app \(schema 9\)/);
    const bad = JSON.stringify({
      ...defaultDesign(),
      ipv4: { podCidrs: ["10.0.0.0/33"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
    });
    expect(errorOf(craft(bad))).toBe(
      'This link cannot be opened: its design is not valid: ipv4.podCidrs[0]: "10.0.0.0/33" is not a valid CIDR: the prefix length must be 0 to 32',
    );
  });
});
