import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import { singleClusterPlan, type Plan } from "../plan/plan.ts";
import { threeClusterPlan } from "../../../test/core/plan/threeClusters.ts";
import {
  HISTORY_KEY,
  HISTORY_LIMIT,
  keepInHistory,
  planName,
  readHistory,
} from "./designHistory.ts";
import { encodeLink, packLink } from "./link.ts";
import { openHistoryEntry } from "./linkCodec.ts";
import { linkPayload, samePlan } from "./linkPayload.ts";
import { AUTOSAVE_KEY, savePlan, savedByOtherTab, type KeyValueStore } from "./storage.ts";

function memory(limit = Infinity): KeyValueStore & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => {
      const size = [...map.entries()].reduce(
        (n, [key, val]) => n + (key === k ? 0 : val.length),
        0,
      );
      if (size + v.length > limit)
        throw Object.assign(new Error("full"), { name: "QuotaExceededError" });
      map.set(k, v);
    },
    removeItem: (k) => void map.delete(k),
  };
}

const named = (name: string, count = 50): Plan =>
  singleClusterPlan({ ...defaultDesign(), name, nodes: { ...defaultDesign().nodes, count } });

describe("recent designs", () => {
  it("keeps designs newest first, with name and time, and opens them through the link gate", () => {
    const store = memory();
    expect(keepInHistory(store, named("alpha"), new Date("2026-12-01T10:00:00Z"))).toBe(true);
    expect(keepInHistory(store, named("beta"), new Date("2026-12-01T11:00:00Z"))).toBe(true);
    const list = readHistory(store);
    expect(list.map((e) => [e.name, e.savedAt])).toEqual([
      ["beta", "2026-12-01T11:00:00.000Z"],
      ["alpha", "2026-12-01T10:00:00.000Z"],
    ]);
    const opened = list[1] && openHistoryEntry(list[1]);
    expect(opened && samePlan(opened, named("alpha"))).toBe(true);
  });

  it("keeps a plan of several clusters whole, named by its clusters", () => {
    const store = memory();
    const plan = threeClusterPlan();
    expect(keepInHistory(store, plan, undefined, packLink)).toBe(true);
    const [entry] = readHistory(store);
    expect(entry?.name).toBe("3 clusters: east, west, lab");
    expect(entry?.link?.startsWith("d2.")).toBe(true);
    const opened = entry && openHistoryEntry(entry);
    expect(opened).toEqual(plan);
  });

  it("keeps a plan as its link's payload before the codec loads; the next keep packs it", () => {
    const store = memory();
    const plan = threeClusterPlan();
    expect(keepInHistory(store, plan)).toBe(true);
    expect(keepInHistory(store, named("alpha"))).toBe(true);
    const [alpha, three] = readHistory(store);
    expect(alpha?.link).toBeUndefined();
    expect(three?.payload).toEqual(linkPayload(plan));
    expect(three && openHistoryEntry(three)).toEqual(plan);
    // With the codec: every entry becomes a link, and the equal plan moves up instead of repeating.
    expect(keepInHistory(store, plan, undefined, packLink)).toBe(true);
    const list = readHistory(store);
    expect(list.map((e) => [e.name, e.link?.slice(0, 3)])).toEqual([
      ["3 clusters: east, west, lab", "d2."],
      ["alpha", "d1."],
    ]);
    expect(list[1] && openHistoryEntry(list[1])).toEqual(named("alpha"));
  });

  it("writes no list longer than it reads back: big plans push the oldest out", () => {
    const store = memory();
    const big = (name: string): Plan => {
      const d = defaultDesign();
      const externalRanges = Array.from({ length: 1024 }, (_, i) => ({
        name: `${name}-${i}`,
        cidr: `172.${16 + (i >> 8)}.${i & 255}.0/24`,
      }));
      return singleClusterPlan({ ...d, name, externalRanges });
    };
    for (let i = 0; i < HISTORY_LIMIT; i++) expect(keepInHistory(store, big(`b${i}`))).toBe(true);
    const names = readHistory(store).map((e) => e.name);
    expect(names[0]).toBe(`b${HISTORY_LIMIT - 1}`);
    expect(names.length).toBeGreaterThan(1);
    expect(names.length).toBeLessThan(HISTORY_LIMIT);
  });

  it("names a plan by its design alone, or by its first clusters and how many more", () => {
    expect(planName(named("solo"))).toBe("solo");
    const three = threeClusterPlan();
    const many = {
      ...three,
      clusters: "abcdefghi".split("").map((n) => ({ ...three.clusters[0]!, name: n })),
    };
    expect(planName(many)).toBe("9 clusters: a, b, c and 6 more");
  });

  it("still opens an entry kept before plans (a design's d1 link) as a plan of one cluster", () => {
    const design = { ...defaultDesign(), name: "kept-in-session-5" };
    const old = {
      name: design.name,
      savedAt: "2026-11-30T10:00:00.000Z",
      link: encodeLink(design),
    };
    const store = memory();
    store.map.set(HISTORY_KEY, JSON.stringify([old]));
    const [entry] = readHistory(store);
    expect(entry && openHistoryEntry(entry)).toEqual(singleClusterPlan(design));
  });

  it("moves an equal design to the head instead of repeating it", () => {
    const store = memory();
    keepInHistory(store, named("alpha"));
    keepInHistory(store, named("beta"));
    keepInHistory(store, named("alpha"));
    expect(readHistory(store).map((e) => e.name)).toEqual(["alpha", "beta"]);
  });

  it(`keeps at most ${HISTORY_LIMIT}, dropping the oldest`, () => {
    const store = memory();
    for (let i = 0; i < HISTORY_LIMIT + 3; i++) keepInHistory(store, named(`d${i}`, i + 1));
    const names = readHistory(store).map((e) => e.name);
    expect(names).toHaveLength(HISTORY_LIMIT);
    expect(names[0]).toBe(`d${HISTORY_LIMIT + 2}`);
    expect(names).not.toContain("d0");
  });

  it("drops older entries when storage is full, and never throws", () => {
    const store = memory();
    for (let i = 0; i < 4; i++) keepInHistory(store, named(`d${i}`, i + 1));
    const one = store.map.get(HISTORY_KEY)!.length / 4;
    const tight = memory(one * 2.5);
    for (let i = 0; i < 4; i++) expect(keepInHistory(tight, named(`d${i}`, i + 1))).toBe(true);
    const kept = readHistory(tight).map((e) => e.name);
    expect(kept[0]).toBe("d3");
    expect(kept.length).toBeLessThan(4);
    expect(keepInHistory(memory(10), named("x"))).toBe(false);
    expect(keepInHistory(undefined, named("x"))).toBe(false);
  });

  it("reads nothing from corrupt, oversized or malformed storage", () => {
    for (const raw of ["{", "42", '{"a":1}', `[${"1,".repeat(200_000)}1]`]) {
      const store = memory();
      store.map.set(HISTORY_KEY, raw);
      expect(readHistory(store)).toEqual([]);
    }
    const store = memory();
    store.map.set(
      HISTORY_KEY,
      JSON.stringify([{ name: "ok", savedAt: "t", link: "d1.x" }, { name: 1 }]),
    );
    expect(readHistory(store).map((e) => e.name)).toEqual(["ok"]);
    expect(openHistoryEntry({ name: "ok", savedAt: "t", link: "d1.x" })).toBeUndefined();
  });
});

describe("savedByOtherTab", () => {
  it("returns the plan only when another tab saved it", () => {
    const store = memory();
    savePlan(store, { plan: threeClusterPlan(), active: 2 }, "tab-a");
    expect(savedByOtherTab(store, "tab-a")).toBeUndefined();
    expect(savedByOtherTab(store, "tab-b")).toEqual({ plan: threeClusterPlan(), active: 2 });
    savePlan(store, { plan: named("untagged"), active: 0 });
    expect(savedByOtherTab(store, "tab-b")).toBeUndefined();
    store.map.set(AUTOSAVE_KEY, "{broken");
    expect(savedByOtherTab(store, "tab-b")).toBeUndefined();
  });
});
