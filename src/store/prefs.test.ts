import { describe, expect, it } from "vitest";
import { createAppStore } from "./createAppStore.ts";
import { loadPrefs, migratePrefs, PREFS_KEY, savePrefs } from "./prefs.ts";

/** A Map-backed Storage; `broken` makes every call throw as a locked-down browser does. */
function memoryStorage(broken = false): Storage {
  const data = new Map<string, string>();
  const guard = () => {
    if (broken) throw new DOMException("denied", "SecurityError");
  };
  return {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i) => [...data.keys()][i] ?? null,
    getItem: (k) => (guard(), data.get(k) ?? null),
    setItem: (k, v) => (guard(), void data.set(k, v)),
    removeItem: (k) => void data.delete(k),
  };
}

describe("prefs", () => {
  it("migrates the legacy bare theme and the v1 envelope; junk gives defaults", () => {
    expect(migratePrefs("dark")).toEqual({ theme: "dark" });
    expect(migratePrefs({ version: 1, theme: "light" })).toEqual({ theme: "light" });
    expect(migratePrefs({ version: 1, theme: "purple" })).toEqual({ theme: "system" });
    expect(migratePrefs({ version: 9, theme: "dark" })).toEqual({ theme: "system" });
    expect(migratePrefs(null)).toEqual({ theme: "system" });
  });

  it("reads the legacy key when the versioned one is absent", () => {
    const storage = memoryStorage();
    storage.setItem("k8s-subnet-designer.theme", "dark");
    expect(loadPrefs(storage)).toEqual({ theme: "dark" });
    storage.setItem(PREFS_KEY, "{not json");
    expect(loadPrefs(storage)).toEqual({ theme: "system" });
  });

  it("persists the theme through the store under the versioned key", () => {
    const storage = memoryStorage();
    createAppStore(undefined, { storage }).getState().actions.setTheme("dark");
    expect(JSON.parse(storage.getItem(PREFS_KEY) ?? "")).toEqual({ version: 1, theme: "dark" });
    expect(createAppStore(undefined, { storage }).getState().prefs.theme).toBe("dark");
  });

  it("tolerates storage that throws or is missing", () => {
    const broken = memoryStorage(true);
    expect(loadPrefs(broken)).toEqual({ theme: "system" });
    expect(savePrefs(broken, { theme: "dark" })).toBe(false);
    const store = createAppStore(undefined, { storage: broken });
    store.getState().actions.setTheme("light");
    expect(store.getState().prefs.theme).toBe("light");
    expect(loadPrefs(null)).toEqual({ theme: "system" });
  });
});
