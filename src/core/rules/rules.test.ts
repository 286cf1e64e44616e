import { describe, expect, it } from "vitest";
import { RULES } from "./registry.ts";
import { CAPACITY_CASES } from "../../../test/core/rules/ruleCases/capacity.ts";
import { CLOUD_CASES } from "../../../test/core/rules/ruleCases/cloud.ts";
import { CNI_CASES } from "../../../test/core/rules/ruleCases/cni.ts";
import { KUBERNETES_CASES } from "../../../test/core/rules/ruleCases/kubernetes.ts";
import { OVERLAPS_CASES } from "../../../test/core/rules/ruleCases/overlaps.ts";
import { check } from "../../../test/core/rules/testDesigns.ts";

const AREAS = [KUBERNETES_CASES, OVERLAPS_CASES, CNI_CASES, CAPACITY_CASES, CLOUD_CASES];
const TRIGGERS = AREAS.flatMap((a) => a.triggers);
const QUIETS = AREAS.flatMap((a) => a.quiets);

const byId = new Map(RULES.map((r) => [r.id, r]));
const ruleOf = (id: string) => {
  const rule = byId.get(id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
};

describe("every rule fires on a design that breaks it", () => {
  it.each(TRIGGERS.map((t) => [`${t.rule}: ${t.name}`, t] as const))("%s", (_, t) => {
    const found = check(ruleOf(t.rule), t.design);
    const match = found.find(
      (f) => f.severity === t.severity && t.contains.every((c) => f.message.includes(c)),
    );
    expect(match, JSON.stringify(found, null, 1)).toBeDefined();
    expect(match?.rule).toBe(t.rule);
    expect(match?.fields).toEqual(t.fields);
    expect(match?.fix).toBeTruthy();
    expect(match?.source).toBeTruthy();
  });
});

describe("every rule stays silent on a design that is fine for it", () => {
  it.each(QUIETS.map((q) => [`${q.rule}: ${q.name}`, q] as const))("%s", (_, q) => {
    expect(check(ruleOf(q.rule), q.design)).toEqual([]);
  });
});

describe("coverage of the tables", () => {
  it("every registered rule has a triggering and a quiet case here or in kcmRules.test.ts", () => {
    const kcm = ["kcm-cluster-cidr-count", "kcm-cluster-mask-order", "kcm-ipv6-mask-diff"];
    const triggered = new Set([...TRIGGERS.map((t) => t.rule), ...kcm]);
    const quiet = new Set([...QUIETS.map((q) => q.rule), ...kcm]);
    for (const rule of RULES) {
      expect(triggered.has(rule.id), `${rule.id} triggered`).toBe(true);
      expect(quiet.has(rule.id), `${rule.id} quiet`).toBe(true);
    }
  });
});
