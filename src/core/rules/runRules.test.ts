import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { designSchema } from "../design/schema.ts";
import { RULES } from "./registry.ts";
import { runRules } from "./runRules.ts";
import { designWith, nodes, v4 } from "../../../test/core/rules/testDesigns.ts";

const RANK = { error: 0, warning: 1, info: 2 } as const;

describe("runRules", () => {
  it("finds no errors in the default design", () => {
    expect(runRules(defaultDesign()).filter((f) => f.severity === "error")).toEqual([]);
  });

  it.each(PRESETS.filter((p) => p.id !== "cilium").map((p) => [p.id, p] as const))(
    "finds no errors in the %s preset",
    (_, preset) => {
      expect(designSchema.safeParse(preset.design).success).toBe(true);
      expect(runRules(preset.design).filter((f) => f.severity === "error")).toEqual([]);
    },
  );

  it("flags the Cilium preset: 10.0.0.0/8 cluster-pool swallows the 10.96.0.0/12 Service range", () => {
    const preset = PRESETS.find((p) => p.id === "cilium");
    expect(preset).toBeDefined();
    const errors = runRules(preset!.design).filter((f) => f.severity === "error");
    expect(errors.map((f) => f.rule)).toContain("overlap-pods-services");
    const overlap = errors.find((f) => f.rule === "overlap-pods-services");
    expect(overlap?.fields).toEqual(["ipv4.podCidrs.0", "ipv4.serviceCidr"]);
    expect(overlap?.message).toContain("cilium/cilium PR #31504");
  });

  it("sorts errors, then warnings, then info, and is deterministic", () => {
    const design = designWith({
      ipv4: v4({ podCidrs: ["10.0.0.0/16"], nodeMask: 26 }),
      nodes: nodes({ maxPods: 250, count: 2000 }),
      clusterDomain: "corp.internal",
    });
    const first = runRules(design);
    const severities = new Set(first.map((f) => f.severity));
    expect(severities).toEqual(new Set(["error", "warning", "info"]));
    for (let i = 1; i < first.length; i++) {
      expect(RANK[first[i - 1]!.severity]).toBeLessThanOrEqual(RANK[first[i]!.severity]);
    }
    expect(runRules(structuredClone(design))).toEqual(first);
  });

  it("only reports registered rule ids, with fields, message and fix", () => {
    const ids = new Set(RULES.map((r) => r.id));
    const design = designWith({ ipv4: v4({ podCidrs: ["10.0.0.0/16"], nodeMask: 31 }) });
    const found = runRules(design);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect(ids.has(f.rule)).toBe(true);
      expect(f.fields.length).toBeGreaterThan(0);
      expect(f.message.length).toBeGreaterThan(20);
      expect(f.fix).toBeTruthy();
    }
  });
});

describe("registry", () => {
  it("has unique ids, each with a title and a source", () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^[a-z0-9-]+$/);
      expect(r.title.length).toBeGreaterThan(5);
      expect(r.source.length).toBeGreaterThan(5);
    }
  });
});
