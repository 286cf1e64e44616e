import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryDesign } from "../../../test/core/design/arbitraryDesign.ts";
import { defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { designSchema, type Design } from "../design/schema.ts";
import { decodeLink, encodeLink, LINK_WARN_LENGTH } from "./link.ts";
import { LINK_DICTIONARY_D1 } from "./linkDictionary.ts";
import { largeDesign } from "../../../test/core/codec/largeDesign.ts";

/** An origin and path a deployed app might have, counted into a link's length. */
const ORIGIN = "https://k8s-subnet-designer.example.org/#";

const decoded = (fragment: string): Design => {
  const r = decodeLink(fragment);
  if (!r.ok) throw new Error(r.error);
  return r.value.design;
};

describe("encodeLink / decodeLink", () => {
  it("round-trips random valid designs exactly, without notices", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (d) => {
        const r = decodeLink(encodeLink(d));
        expect(r.ok && r.value.notices).toEqual([]);
        expect(r.ok && r.value.design).toEqual(d);
      }),
      { numRuns: 200 },
    );
  });

  it("starts with the link format, apart from the design's schema version", () => {
    expect(encodeLink(defaultDesign())).toMatch(/^d1\.[A-Za-z0-9_-]+$/);
  });

  it("keeps the default design and every preset under 200 characters", () => {
    const lengths: Record<string, number> = {
      default: (ORIGIN + encodeLink(defaultDesign())).length,
    };
    for (const p of PRESETS) lengths[p.id] = (ORIGIN + encodeLink(p.design)).length;
    for (const [id, length] of Object.entries(lengths)) {
      expect(length, id).toBeLessThan(200);
    }
    for (const p of PRESETS) expect(decoded(encodeLink(p.design))).toEqual(p.design);
  });

  it("keeps a large design (8 pools, 8 external ranges, dual-stack) under 1,000 characters", () => {
    const d = largeDesign();
    expect(designSchema.safeParse(d).success).toBe(true);
    const link = ORIGIN + encodeLink(d);
    expect(link.length).toBeLessThan(1000);
    expect(decoded(link)).toEqual(d);
  });

  it("keeps designs with 8 pools and 8 external ranges named in up to 16 characters under 1,000", () => {
    const name = fc.stringMatching(/^[a-z][-a-z0-9]{0,14}[a-z0-9]$/);
    const v4 = fc.tuple(fc.nat(255), fc.nat(255), fc.integer({ min: 16, max: 32 }));
    const cidr = v4.map(([a, b, l]) => `100.${a}.${b}.0/${Math.min(l, 24)}`);
    fc.assert(
      fc.property(
        arbitraryDesign(),
        fc.array(fc.tuple(name, cidr), { minLength: 8, maxLength: 8 }),
        fc.array(fc.tuple(name, cidr), { minLength: 8, maxLength: 8 }),
        (base, pools, external) => {
          const d: Design = {
            ...base,
            loadBalancer: {
              ...base.loadBalancer,
              pools: pools.map(([n, r]) => ({ name: n, range: r })),
            },
            externalRanges: external.map(([n, c]) => ({ name: n, cidr: c })),
          };
          expect((ORIGIN + encodeLink(d)).length).toBeLessThan(1000);
        },
      ),
      { numRuns: 100 },
    );
  });

  it("exports the warning threshold of 2,000 characters", () => {
    expect(LINK_WARN_LENGTH).toBe(2000);
  });

  it("accepts a leading # or a whole URL", () => {
    const fragment = encodeLink(PRESETS[1]!.design);
    expect(decoded(`#${fragment}`)).toEqual(PRESETS[1]!.design);
    expect(decoded(`https://example.org/app/?x=1#${fragment}`)).toEqual(PRESETS[1]!.design);
  });

  it("keeps the frozen d1 dictionary byte for byte (old links depend on it)", () => {
    // Pinned when link format d1 shipped; a change here breaks every d1 link ever shared.
    const sha = createHash("sha256").update(LINK_DICTIONARY_D1).digest("hex");
    expect({ bytes: LINK_DICTIONARY_D1.length, sha }).toEqual(DICTIONARY_PIN);
  });
});

const DICTIONARY_PIN = {
  bytes: 4042,
  sha: "0d6b30c13e3638b2c81e5f62216eadfbd635ea74861133adfc8897edd8e9128e",
};
