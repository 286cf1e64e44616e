import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { AUTOSAVE_KEY, loadSavedDesign, saveDesign, type KeyValueStore } from "./storage.ts";

class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  constructor(private readonly quota = Infinity) {}
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    const used = [...this.data.entries()].reduce((n, [k, v]) => n + (k === key ? 0 : v.length), 0);
    if (used + value.length > this.quota) {
      throw Object.assign(new Error("quota"), { name: "QuotaExceededError", code: 22 });
    }
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

const blocked: KeyValueStore = {
  getItem: () => {
    throw Object.assign(new Error("denied"), { name: "SecurityError" });
  },
  setItem: () => {
    throw Object.assign(new Error("denied"), { name: "SecurityError" });
  },
  removeItem: () => undefined,
};

describe("autosave", () => {
  it("saves and restores a design in a versioned envelope", () => {
    const store = new MemoryStore();
    const design = PRESETS.find((p) => p.id === "dual-stack")!.design;
    expect(saveDesign(store, design)).toEqual({ ok: true });
    expect(JSON.parse(store.getItem(AUTOSAVE_KEY)!)).toMatchObject({
      autosave: 1,
      design: { schemaVersion: 1 },
    });
    expect(loadSavedDesign(store)).toEqual({ kind: "restored", design, notices: [] });
  });

  it("reports nothing saved", () => {
    expect(loadSavedDesign(new MemoryStore())).toEqual({ kind: "none" });
  });

  it("reports a full store without throwing", () => {
    const status = saveDesign(new MemoryStore(10), defaultDesign());
    expect(status).toMatchObject({ ok: false, reason: "full" });
  });

  it("reports a blocked or missing store without throwing", () => {
    expect(saveDesign(blocked, defaultDesign())).toMatchObject({
      ok: false,
      reason: "unavailable",
    });
    expect(saveDesign(undefined, defaultDesign())).toMatchObject({
      ok: false,
      reason: "unavailable",
    });
    expect(loadSavedDesign(blocked)).toMatchObject({ kind: "unavailable" });
    expect(loadSavedDesign(undefined)).toMatchObject({ kind: "unavailable" });
  });

  it.each([
    ["not JSON", "{oops", /not valid JSON/],
    ["not an envelope", '{"name": "x"}', /not an autosaved design/],
    ["from a newer app", '{"autosave": 9, "design": {}}', /newer version/],
    [
      "an invalid design",
      '{"autosave": 1, "design": {"ipv4": {"podCidrs": ["x"], "serviceCidr": "10.0.0.0/8"}}}',
      /ipv4\.podCidrs\[0\]/,
    ],
    ["polluting", '{"autosave": 1, "design": {"__proto__": {"a": 1}}}', /prototype pollution/],
  ])("sets aside corrupt data (%s) instead of deleting it", (_label, raw, why) => {
    const store = new MemoryStore();
    store.setItem(AUTOSAVE_KEY, raw);
    const result = loadSavedDesign(store);
    expect(result).toMatchObject({ kind: "corrupt", setAsideKey: `${AUTOSAVE_KEY}.corrupt-1` });
    expect(result.kind === "corrupt" && result.message).toMatch(why);
    expect(store.getItem(`${AUTOSAVE_KEY}.corrupt-1`)).toBe(raw);
    expect(store.getItem(AUTOSAVE_KEY)).toBeNull();
    expect(loadSavedDesign(store)).toEqual({ kind: "none" });
  });

  it("uses the next free set-aside slot", () => {
    const store = new MemoryStore();
    store.setItem(`${AUTOSAVE_KEY}.corrupt-1`, "older");
    store.setItem(AUTOSAVE_KEY, "newer{");
    expect(loadSavedDesign(store)).toMatchObject({ setAsideKey: `${AUTOSAVE_KEY}.corrupt-2` });
    expect(store.getItem(`${AUTOSAVE_KEY}.corrupt-1`)).toBe("older");
  });

  it("leaves corrupt data in place when it cannot be moved", () => {
    const store = new MemoryStore(8);
    store.data.set(AUTOSAVE_KEY, "{broken!");
    const result = loadSavedDesign(store);
    expect(result).toMatchObject({ kind: "corrupt", setAsideKey: undefined });
    expect(store.getItem(AUTOSAVE_KEY)).toBe("{broken!");
  });
});
