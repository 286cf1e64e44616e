import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { refusalOf } from "../../../test/core/codec/refusal.ts";
import { arbitraryDesign } from "../../../test/core/design/arbitraryDesign.ts";
import { PRESETS } from "../design/presets.ts";
import { parseDesignFile, serializeDesign } from "./designFile.ts";
import { usedBlocksOnly } from "../../../test/core/codec/usedBlocksOnly.ts";

const errorOf = (text: string): string => refusalOf(parseDesignFile(text));

describe("serializeDesign / parseDesignFile", () => {
  it("round-trips random designs and presets", () => {
    for (const p of PRESETS) {
      const r = parseDesignFile(serializeDesign(p.design));
      expect(r.ok && r.value).toEqual({ design: p.design, notices: [] });
    }
    fc.assert(
      fc.property(arbitraryDesign(), (d) => {
        const r = parseDesignFile(serializeDesign(d));
        expect(r.ok && r.value.design).toEqual(usedBlocksOnly(d));
      }),
      { numRuns: 100 },
    );
  });

  it("never throws and always explains, on random text, deep nesting and huge arrays", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.json()), (text) => {
        const r = parseDesignFile(text);
        if (!r.ok) expect(r.error).toMatch(/^This file cannot be opened: \S/);
      }),
      { numRuns: 500 },
    );
    const start = performance.now();
    expect(errorOf("[".repeat(100_000) + "]".repeat(100_000))).toMatch(/JSON object/);
    expect(errorOf(`{"name": ${"[".repeat(100_000)}${"]".repeat(100_000)}}`)).toMatch(
      /nested deeper/,
    );
    expect(errorOf(`{"externalRanges": [${new Array(50_000).fill("1").join(",")}]}`)).toMatch(
      /more than 20,000 values/,
    );
    // A sanity bound (not a benchmark): three hostile files, on a shared 2-core machine.
    expect(performance.now() - start).toBeLessThan(5000);
  });
});
