/** The colour theme a user picked; "system" follows prefers-color-scheme. */
export type Theme = "system" | "light" | "dark";

/** User preferences: not part of the design, never undoable, kept in localStorage. */
export interface Prefs {
  theme: Theme;
}

/** The localStorage key, versioned so a future shape can live beside this one. */
export const PREFS_KEY = "k8s-subnet-designer.prefs.v1";
/** Keys older versions used; read once and migrated. */
const LEGACY_KEYS = ["k8s-subnet-designer.theme"] as const;

const THEMES: readonly Theme[] = ["system", "light", "dark"];

/** Preferences for a first visit. */
export const DEFAULT_PREFS: Prefs = { theme: "system" };

const isTheme = (value: unknown): value is Theme =>
  typeof value === "string" && (THEMES as readonly string[]).includes(value);

/**
 * Turns whatever was stored into valid preferences: the current envelope `{version: 1, theme}`,
 * a bare theme string (the legacy form), or anything else (defaults). Never throws.
 */
export function migratePrefs(raw: unknown): Prefs {
  if (isTheme(raw)) return { theme: raw };
  if (typeof raw === "object" && raw !== null && "version" in raw && raw.version === 1) {
    const theme = "theme" in raw ? raw.theme : undefined;
    return { theme: isTheme(theme) ? theme : DEFAULT_PREFS.theme };
  }
  return { ...DEFAULT_PREFS };
}

/** The storage the app may use, or null where the browser refuses it (private mode, sandboxed frames). */
export function browserStorage(): Storage | null {
  try {
    return typeof localStorage === "undefined" ? null : localStorage;
  } catch {
    return null;
  }
}

function readJson(storage: Storage, key: string): unknown {
  const text = storage.getItem(key);
  if (text === null) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** Loads preferences, migrating a legacy key; storage that throws or holds junk gives defaults. */
export function loadPrefs(storage: Storage | null): Prefs {
  if (!storage) return { ...DEFAULT_PREFS };
  try {
    const current = readJson(storage, PREFS_KEY);
    if (current !== undefined) return migratePrefs(current);
    for (const key of LEGACY_KEYS) {
      const legacy = readJson(storage, key);
      if (legacy !== undefined) return migratePrefs(legacy);
    }
  } catch {
    // Storage can throw on access (SecurityError); preferences are optional.
  }
  return { ...DEFAULT_PREFS };
}

/** Saves preferences; a full or unavailable storage is ignored (returns false). */
export function savePrefs(storage: Storage | null, prefs: Prefs): boolean {
  if (!storage) return false;
  try {
    storage.setItem(PREFS_KEY, JSON.stringify({ version: 1, theme: prefs.theme }));
    return true;
  } catch {
    return false;
  }
}
