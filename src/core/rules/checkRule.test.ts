import { describe, expect, it } from "vitest";
import { hostileLinkDesign } from "../../../test/core/codec/hostileLinks.ts";
import { CAPACITY_CASES } from "../../../test/core/rules/ruleCases/capacity.ts";
import { CLOUD_CASES } from "../../../test/core/rules/ruleCases/cloud.ts";
import { CNI_CASES } from "../../../test/core/rules/ruleCases/cni.ts";
import { KUBERNETES_CASES } from "../../../test/core/rules/ruleCases/kubernetes.ts";
import { OVERLAPS_CASES } from "../../../test/core/rules/ruleCases/overlaps.ts";
import { analyseRule, prepareAnalysis } from "../analysis/analyseDesign.ts";
import { PRESETS } from "../design/presets.ts";
import { checkRule, checkRules } from "./checkRules.ts";
import { RULES } from "./registry.ts";

const AREAS = [KUBERNETES_CASES, OVERLAPS_CASES, CNI_CASES, CAPACITY_CASES, CLOUD_CASES];
const DESIGNS = [
  ...AREAS.flatMap((a) => [...a.triggers, ...a.quiets]).map((c) => [c.name, c.design] as const),
  ...PRESETS.map((p) => [`preset ${p.id}`, p.design] as const),
  ["hostile IPv6 link", hostileLinkDesign("ipv6")] as const,
  ["hostile IPv4 link", hostileLinkDesign("ipv4")] as const,
];

describe("checkRule", () => {
  it.each(DESIGNS)("lists what checkRules lists of each rule, in its order: %s", (_, design) => {
    const ctx = prepareAnalysis(design).context;
    const all = checkRules(ctx);
    for (const { id } of RULES) {
      expect(checkRule(ctx, id)).toEqual(all.filter((f) => f.rule === id));
    }
  });

  it.each(DESIGNS)("analyseRule (capacity read lazily) lists the same: %s", (_, design) => {
    const all = checkRules(prepareAnalysis(design).context);
    for (const { id } of RULES) {
      expect(analyseRule(design, id)).toEqual(all.filter((f) => f.rule === id));
    }
  });

  it("fires on every rule case that triggers it, and lists nothing for an unknown id", () => {
    const triggers = AREAS.flatMap((a) => a.triggers);
    expect(triggers.length).toBeGreaterThan(40);
    for (const t of triggers) {
      const ctx = prepareAnalysis(t.design).context;
      expect(checkRule(ctx, t.rule).some((f) => f.severity === t.severity)).toBe(true);
      expect(checkRule(ctx, "no-such-rule")).toEqual([]);
    }
  });
});
