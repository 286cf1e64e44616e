import { describe, expect, it } from "vitest";
import { defaultDesign } from "../../core/design/defaults.ts";
import { initialPlanForm, parseBudgets, parsePlanForm, refusalAt } from "./planForm.ts";

const form = () => ({ ...initialPlanForm(defaultDesign(), null), "budget-ipv4": "10.40.0.0/16" });

describe("the Plan form", () => {
  it("starts from the design's nodes and maxPods, budgets empty", () => {
    const text = initialPlanForm(defaultDesign(), null);
    expect(text.nodes).toBe("50");
    expect(Number(text.maxNodes)).toBeGreaterThanOrEqual(50);
    expect(text.podsPerNode).toBe(String(defaultDesign().nodes.maxPods));
    expect(text["budget-ipv4"]).toBe("");
  });

  it("parses budgets and requirements", () => {
    const parsed = parsePlanForm(
      { ...form(), "budget-ipv4": "10.40.0.0/16, 10.50.0.0/16", lb: "1,000" },
      ["ipv4"],
    );
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.budgets).toHaveLength(2);
    expect(parsed.requirements.lbAddresses).toBe(1000);
  });

  it("plans one cluster by default; several up to the solver's limit", () => {
    expect(form().clusters).toBe("1");
    const one = parsePlanForm(form(), ["ipv4"]);
    expect(one.ok && one.clusters).toBe(1);
    const three = parsePlanForm({ ...form(), clusters: "3" }, ["ipv4"]);
    expect(three.ok && three.clusters).toBe(3);
    for (const bad of ["0", "17", "two"]) {
      const parsed = parsePlanForm({ ...form(), clusters: bad }, ["ipv4"]);
      expect(!parsed.ok && parsed.errors.clusters).toBeTruthy();
    }
  });

  it("gives each bad field its own message", () => {
    const parsed = parsePlanForm(
      { ...form(), "budget-ipv4": "", nodes: "ten", maxNodes: "10", surge: "-1" },
      ["ipv4"],
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors["budget-ipv4"]).toMatch(/^Enter the IPv4 block/);
    expect(parsed.errors.nodes).toMatch(/"ten" is not a whole number/);
    expect(parsed.errors.surge).toMatch(/not a whole number/);
    expect(parsed.errors.podsPerNode).toBeUndefined();
  });

  it("asks for maximum nodes of at least the nodes now", () => {
    const parsed = parsePlanForm({ ...form(), nodes: "300", maxNodes: "200" }, ["ipv4"]);
    expect(!parsed.ok && parsed.errors.maxNodes).toBe("at least the nodes now (300)");
  });

  it("refuses a budget of the wrong family, with host bits set, or overlapping another", () => {
    const error = (text: string) => {
      const r = parseBudgets(text, "ipv4");
      return r.ok ? "" : r.error;
    };
    expect(error("fd00::/48")).toBe('"fd00::/48" is IPv6; this field takes IPv4 blocks');
    expect(error("10.40.1.0/16")).toBe(
      '"10.40.1.0/16" has host bits set: did you mean 10.40.0.0/16?',
    );
    expect(error("10.40.0.0/16 10.40.0.0/17")).toMatch(/overlap/);
    expect(error("10.40.0.0")).toMatch(/not a CIDR/);
  });

  it("puts each shortfall at its family's budget, a headroom refusal at maximum nodes", () => {
    const at = refusalAt({
      ok: false,
      error: "x",
      shortfalls: [
        { role: "pods", family: "ipv6", cluster: 0, length: 60, largestFree: 64, message: "six" },
      ],
    });
    expect(at.fields).toEqual({ "budget-ipv6": "six" });
    const headroom = refusalAt({
      ok: false,
      error: "… more than 1000 % above the 1 nodes now, the design's headroom limit",
      shortfalls: [],
    });
    expect(headroom.fields.maxNodes).toMatch(/headroom limit$/);
    expect(refusalAt({ ok: false, error: "other", shortfalls: [] }).form).toBe("other");
  });
});
