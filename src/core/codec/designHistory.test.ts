import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import type { Design } from "../design/schema.ts";
import {
  HISTORY_KEY,
  HISTORY_LIMIT,
  keepInHistory,
  openHistoryEntry,
  readHistory,
  sameDesign,
} from "./designHistory.ts";
import { AUTOSAVE_KEY, saveDesign, savedByOtherTab, type KeyValueStore } from "./storage.ts";

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

const named = (name: string, count = 50): Design => ({
  ...defaultDesign(),
  name,
  nodes: { ...defaultDesign().nodes, count },
});

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
    expect(opened && sameDesign(opened, named("alpha"))).toBe(true);
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
  it("returns the design only when another tab saved it", () => {
    const store = memory();
    saveDesign(store, named("mine"), "tab-a");
    expect(savedByOtherTab(store, "tab-a")).toBeUndefined();
    expect(savedByOtherTab(store, "tab-b")?.name).toBe("mine");
    saveDesign(store, named("untagged"));
    expect(savedByOtherTab(store, "tab-b")).toBeUndefined();
    store.map.set(AUTOSAVE_KEY, "{broken");
    expect(savedByOtherTab(store, "tab-b")).toBeUndefined();
  });
});
