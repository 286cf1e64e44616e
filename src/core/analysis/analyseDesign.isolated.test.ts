import { describe, expect, it, vi } from "vitest";
import { computeCapacity } from "../capacity/computeCapacity.ts";
import { describeCni } from "../cni/describeCni.ts";
import { defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { analyse, analyseDesign } from "./analyseDesign.ts";

vi.mock("../cni/describeCni.ts", async (importOriginal) => {
  const original = await importOriginal<{ describeCni: typeof describeCni }>();
  return { ...original, describeCni: vi.fn(original.describeCni) };
});

describe("analyseDesign", () => {
  it("describes the CNI once per analysis, whatever the families and rules", () => {
    for (const preset of PRESETS) {
      vi.mocked(describeCni).mockClear();
      analyse(preset.design);
      expect(describeCni).toHaveBeenCalledTimes(1);
    }
  });

  it("analyses a design object once: a second call returns the same analysis", () => {
    const design = defaultDesign();
    vi.mocked(describeCni).mockClear();
    const first = analyseDesign(design);
    expect(analyseDesign(design)).toBe(first);
    expect(describeCni).toHaveBeenCalledTimes(1);
    // A new design object (each store commit makes one) is analysed afresh.
    expect(analyseDesign({ ...design })).not.toBe(first);
  });

  it("gives the rules the capacity it reports, and the capacity computeCapacity gives", () => {
    for (const preset of PRESETS) {
      const a = analyse(preset.design);
      expect(a.context.capacity).toBe(a.capacity);
      expect(a.capacity).toEqual(computeCapacity(preset.design));
    }
  });
});
