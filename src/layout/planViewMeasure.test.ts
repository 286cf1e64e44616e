import { describe, expect, it } from "vitest";
import { withPools } from "../../test/layout/planDesigns.ts";
import { estimateWidth } from "./planLabels.ts";
import { planLayout } from "./planView.ts";
import { collectRanges } from "./rangeItems.ts";

/** The texts a layout measured. */
function measured(width: number) {
  const design = withPools(["10.0.0.10-10.0.3.20", "192.168.0.1-192.168.0.254"]);
  const texts: string[] = [];
  const measure = (text: string): number => {
    texts.push(text);
    return estimateWidth(text);
  };
  planLayout("ipv4", collectRanges(design, "ipv4"), width, measure);
  return { texts };
}

describe("plan layout label measuring", () => {
  it("measures a run's three-line form only when its two-line label does not fit", () => {
    const wide = measured(900);
    expect(wide.texts).toContain("10.0.0.10-10.0.3.20");
    expect(wide.texts).not.toContain("10.0.0.10-");
    const narrow = measured(120);
    expect(narrow.texts).toContain("10.0.0.10-");
    expect(narrow.texts).toContain("10.0.3.20");
  });
});
