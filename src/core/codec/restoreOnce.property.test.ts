import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryDesign } from "../../../test/core/design/arbitraryDesign.ts";
import { passedGate, restoreDesign } from "./restore.ts";

describe("restoreDesign, once (a design it returned is taken back as it is)", () => {
  it("checking a copy of a restored design again gives an equal design, without notices", () => {
    let restored = 0;
    fc.assert(
      fc.property(arbitraryDesign(), (input) => {
        const first = restoreDesign(JSON.parse(JSON.stringify(input)));
        if (!first.ok) return;
        restored++;
        const { design } = first.value;
        expect(passedGate(design)).toBe(true);
        expect(restoreDesign(JSON.parse(JSON.stringify(design)))).toEqual({
          ok: true,
          value: { design, notices: [] },
        });
      }),
      { numRuns: 150 },
    );
    // The generator draws valid designs: nearly every run checked the shortcut's claim.
    expect(restored).toBeGreaterThan(140);
  });
});
