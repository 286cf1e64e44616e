import { describe, expect, it } from "vitest";
import { encodeLink } from "../../core/codec/link.ts";
import { decodePlanLink } from "../../core/codec/planLink.ts";
import { AUTOSAVE_KEY, savePlan, type KeyValueStore } from "../../core/codec/storage.ts";
import { singleClusterPlan } from "../../core/plan/plan.ts";
import { threeClusterPlan } from "../../../test/core/plan/threeClusters.ts";
import { PRESETS } from "../../core/design/presets.ts";
import type { Design } from "../../core/design/schema.ts";
import { initialDesign } from "./initialDesign.ts";

function memory(
  entries: Record<string, string> = {},
): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(entries));
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
}

const presetDesign = (i: number): Design => {
  const design = PRESETS[i]?.design;
  if (!design) throw new Error(`no preset ${i}`);
  return design;
};

describe("initialDesign", () => {
  it("opens a good link quietly, over an autosaved design", () => {
    const saved = memory();
    savePlan(saved, { plan: singleClusterPlan(presetDesign(0)), active: 0 });
    const result = initialDesign(`#${encodeLink(presetDesign(1))}`, saved, decodePlanLink);
    expect(result.source).toBe("link");
    expect(result.design).toEqual(presetDesign(1));
    expect(result.messages).toEqual([]);
  });

  it("falls back to the autosaved design when the link is bad, and says so", () => {
    const saved = memory();
    savePlan(saved, { plan: singleClusterPlan(presetDesign(0)), active: 0 });
    const result = initialDesign("#d1.AAAA", saved, decodePlanLink);
    expect(result.source).toBe("autosave");
    expect(result.design).toEqual(presetDesign(0));
    expect(result.messages).toHaveLength(1);
    expect(result.messages[0]?.tone).toBe("error");
    expect(result.messages[0]?.text).toMatch(
      /^This link cannot be opened: .*Showing your last autosaved design instead\.$/,
    );
  });

  it("opens an autosaved plan whole, with the cluster it showed", () => {
    const saved = memory();
    const plan = threeClusterPlan();
    savePlan(saved, { plan, active: 2 });
    expect(initialDesign("", saved, decodePlanLink)).toEqual({
      source: "autosave",
      design: plan.clusters[2],
      plan,
      active: 2,
      messages: [],
    });
  });

  it("falls back to the default with no link and nothing saved, silently", () => {
    expect(initialDesign("", memory(), decodePlanLink)).toEqual({
      source: "default",
      design: undefined,
      messages: [],
    });
    expect(initialDesign("#", memory(), decodePlanLink)).toEqual({
      source: "default",
      design: undefined,
      messages: [],
    });
  });

  it("reports corrupt autosaved data and keeps it aside", () => {
    const saved = memory({ [AUTOSAVE_KEY]: "{not json" });
    const result = initialDesign("#garbage", saved, decodePlanLink);
    expect(result.source).toBe("default");
    expect(result.messages.map((m) => m.topic)).toEqual(["link", "storage"]);
    expect(result.messages[0]?.text).toMatch(/Showing the default design instead\.$/);
    expect(result.messages[1]?.text).toContain("corrupt-1");
    expect(saved.data.get(`${AUTOSAVE_KEY}.corrupt-1`)).toBe("{not json");
  });

  it("works when storage throws on every access", () => {
    const blocked: KeyValueStore = {
      getItem: () => {
        throw new Error("SecurityError");
      },
      setItem: () => {
        throw new Error("SecurityError");
      },
      removeItem: () => undefined,
    };
    const result = initialDesign("", blocked, decodePlanLink);
    expect(result.source).toBe("default");
    expect(result.messages[0]?.tone).toBe("info");
  });
});

describe("initialDesign: an unreadable autosave that cannot be moved aside", () => {
  it("is reported and flagged so autosave does not overwrite it", () => {
    const data = new Map<string, string>([
      [AUTOSAVE_KEY, `{"autosave":1,"design":${"x".repeat(2 << 20)}`],
    ]);
    const full: KeyValueStore = {
      getItem: (k) => data.get(k) ?? null,
      setItem: () => {
        throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
      },
      removeItem: (k) => void data.delete(k),
    };
    const first = initialDesign("", full, decodePlanLink);
    expect(first.source).toBe("default");
    expect(first.keepsUnreadable).toBe(true);
    expect(first.messages.map((m) => m.text).join(" ")).toContain("left in place");
    expect(data.has(AUTOSAVE_KEY)).toBe(true);
  });

  it("is not flagged when it was moved aside", () => {
    const data = new Map<string, string>([[AUTOSAVE_KEY, "{broken"]]);
    const roomy: KeyValueStore = {
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
    expect(initialDesign("", roomy, decodePlanLink).keepsUnreadable).toBeUndefined();
  });
});
