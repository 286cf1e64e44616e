import { describe, expect, it, vi } from "vitest";
import { computeCapacity } from "../capacity/computeCapacity.ts";
import { describeCni } from "../cni/describeCni.ts";
import { defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { planDesign } from "../plans/planDesign.ts";
import { hostileLinkDesign } from "../../../test/core/codec/hostileLinks.ts";
import { analyse, analyseDesign, analyseRule } from "./analyseDesign.ts";

vi.mock("../cni/describeCni.ts", async (importOriginal) => {
  const original = await importOriginal<{ describeCni: typeof describeCni }>();
  return { ...original, describeCni: vi.fn(original.describeCni) };
});

vi.mock("../plans/planDesign.ts", async (importOriginal) => {
  const original = await importOriginal<{ planDesign: typeof planDesign }>();
  return { ...original, planDesign: vi.fn(original.planDesign) };
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

  it("plans a design for one rule only when the rule reads the capacity", () => {
    const design = hostileLinkDesign("ipv6");
    vi.mocked(planDesign).mockClear();
    expect(analyseRule(design, "apiserver-advertise-family")).toEqual(
      analyse(design).findings.filter((f) => f.rule === "apiserver-advertise-family"),
    );
    // analyse plans once; the rule of ranges alone did not.
    expect(planDesign).toHaveBeenCalledTimes(1);
    vi.mocked(planDesign).mockClear();
    const scale = { ...defaultDesign(), nodes: { ...defaultDesign().nodes, count: 6000 } };
    expect(analyseRule(scale, "scale-guidance")).toEqual(
      analyse(scale).findings.filter((f) => f.rule === "scale-guidance"),
    );
    expect(analyseRule(scale, "scale-guidance")).not.toEqual([]);
    expect(planDesign).toHaveBeenCalledTimes(3);
  });
});
