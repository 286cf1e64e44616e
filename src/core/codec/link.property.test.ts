import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryDesign } from "../../../test/core/design/arbitraryDesign.ts";
import { type Design } from "../design/schema.ts";
import { decodeLink, encodeLink } from "./link.ts";
import { usedBlocksOnly } from "../../../test/core/codec/usedBlocksOnly.ts";

/** An origin and path a deployed app might have, counted into a link's length. */
const ORIGIN = "https://k8s-subnet-designer.example.org/#";

describe("encodeLink / decodeLink", () => {
  it("round-trips random valid designs exactly, without notices", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (d) => {
        const r = decodeLink(encodeLink(d));
        expect(r.ok && r.value.notices).toEqual([]);
        expect(r.ok && r.value.design).toEqual(usedBlocksOnly(d));
      }),
      { numRuns: 200 },
    );
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
});
