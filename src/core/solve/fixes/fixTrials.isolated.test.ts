import { describe, expect, it, vi } from "vitest";
import { hostileLinkDesign } from "../../../../test/core/codec/hostileLinks.ts";
import type * as analysisModule from "../../analysis/analyseDesign.ts";
import { analyse, analyseDesign, analyseRule } from "../../analysis/analyseDesign.ts";
import { fixTrialsFor, withFixes } from "./withFixes.ts";

vi.mock("../../analysis/analyseDesign.ts", async (importOriginal) => {
  const original = await importOriginal<typeof analysisModule>();
  return {
    ...original,
    analyse: vi.fn(original.analyse),
    analyseRule: vi.fn(original.analyseRule),
  };
});

describe("Service range size trials", () => {
  it("run the one rule of the finding, not every rule (the 64-pool IPv6 link)", () => {
    const design = hostileLinkDesign("ipv6");
    const findings = analyseDesign(design).findings;
    // The primary family's Service range is named by a finding that is not about its size:
    // the binary searches try ~13 sizes, none quiets it.
    const advertise = findings.find((f) => f.rule === "apiserver-advertise-family");
    expect(advertise?.fields).toContain("ipv6.serviceCidr");
    vi.mocked(analyse).mockClear();
    vi.mocked(analyseRule).mockClear();
    const fixed = withFixes(design, findings);
    expect(fixed.find((f) => f.rule === "apiserver-advertise-family")?.fixes).toBeUndefined();
    // Full analyses are left to other candidates (a node network sized on the bare design).
    const resized = vi
      .mocked(analyse)
      .mock.calls.filter(([d]) => d.ipv6?.serviceCidr !== design.ipv6?.serviceCidr);
    expect(resized).toEqual([]);
    expect(vi.mocked(analyseRule).mock.calls.length).toBeGreaterThan(5);
    expect(vi.mocked(analyseRule).mock.calls.every(([, id]) => id === advertise?.rule)).toBe(true);
  });
});

describe("fix trials", () => {
  it("analyse a change once however many findings try it (the 64-pool IPv4 link)", () => {
    const design = hostileLinkDesign("ipv4");
    const analysis = analyseDesign(design);
    // 253 pool overlaps name the pod range; each tries the same move of it, up to the budget.
    const tries = analysis.findings.filter((f) => f.fields.includes("ipv4.podCidrs.0"));
    expect(tries.length).toBeGreaterThan(fixTrialsFor(analysis.context.ranges.length));
    vi.mocked(analyse).mockClear();
    const fixed = withFixes(design, analysis.findings);
    const moved = vi
      .mocked(analyse)
      .mock.calls.filter(([d]) => d.ipv4?.podCidrs[0] !== "10.0.0.0/8");
    expect(moved.map(([d]) => d.ipv4?.podCidrs[0])).toEqual(["172.16.0.0/16"]);
    // The move leaves the pools overlapping each other: no finding gets it.
    expect(fixed.filter((f) => f.fixes)).toEqual([]);
    expect(fixed).toEqual(analysis.findings);
  });
});
