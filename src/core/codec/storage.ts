import type { Design } from "../design/schema.ts";
import { orderDesignKeys } from "./canonical.ts";
import { restoreDesign } from "./restore.ts";
import { isRecord } from "./untrusted.ts";

/** The part of the Web Storage API autosave uses; tests and the CLI pass a Map-backed one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The localStorage key of the autosaved design. */
export const AUTOSAVE_KEY = "k8s-subnet-designer.design";

/** Version of the autosave envelope (apart from the design's own schemaVersion). */
export const AUTOSAVE_VERSION = 1;

/** Set-aside slots for corrupt data: `<key>.corrupt-1` … `-N`; the last is reused when all are taken. */
const SET_ASIDE_SLOTS = 5;

/** Largest stored value read, in characters. */
const MAX_STORED_LENGTH = 1024 * 1024;

/** What saving did: stored, or why not (storage off or blocked, or full). */
export type SaveStatus =
  { ok: true } | { ok: false; reason: "unavailable" | "full"; message: string };

/** What loading found. */
export type LoadResult =
  | { kind: "none" }
  | { kind: "restored"; design: Design; notices: string[] }
  | { kind: "corrupt"; message: string; setAsideKey: string | undefined }
  | { kind: "unavailable"; message: string };

function isQuotaError(error: unknown): boolean {
  if (!isRecord(error)) return false;
  return (
    error.name === "QuotaExceededError" ||
    error.name === "NS_ERROR_DOM_QUOTA_REACHED" ||
    error.code === 22 ||
    error.code === 1014
  );
}

/**
 * Autosaves a design under {@link AUTOSAVE_KEY} in a versioned envelope
 * `{ "autosave": 1, "tab": …, "design": … }` (`tab`: the saving tab's id, when given). Never
 * throws: a missing store, a blocked one (private mode, SecurityError) or a full one
 * (QuotaExceededError) comes back as a status the UI can show.
 */
export function saveDesign(
  store: KeyValueStore | undefined,
  design: Design,
  tab?: string,
): SaveStatus {
  if (!store) {
    return {
      ok: false,
      reason: "unavailable",
      message: "Browser storage is not available; the design is not kept across reloads.",
    };
  }
  try {
    store.setItem(
      AUTOSAVE_KEY,
      JSON.stringify({ autosave: AUTOSAVE_VERSION, tab, design: orderDesignKeys(design) }),
    );
    return { ok: true };
  } catch (error) {
    return isQuotaError(error)
      ? {
          ok: false,
          reason: "full",
          message: "Browser storage is full; the latest changes are not kept across reloads.",
        }
      : {
          ok: false,
          reason: "unavailable",
          message: "Browser storage refused the design; it is not kept across reloads.",
        };
  }
}

/** Moves corrupt text to a free set-aside key and clears the autosave key; the key used, if any. */
function setAside(store: KeyValueStore, raw: string): string | undefined {
  try {
    let key = `${AUTOSAVE_KEY}.corrupt-${SET_ASIDE_SLOTS}`;
    for (let i = 1; i <= SET_ASIDE_SLOTS; i++) {
      if (store.getItem(`${AUTOSAVE_KEY}.corrupt-${i}`) === null) {
        key = `${AUTOSAVE_KEY}.corrupt-${i}`;
        break;
      }
    }
    store.setItem(key, raw);
    store.removeItem(AUTOSAVE_KEY);
    return key;
  } catch {
    return undefined;
  }
}

/** Reads the envelope's design (and saving tab), or says why the stored text is not one. */
function openEnvelope(raw: string): { design: unknown; tab?: unknown } | { problem: string } {
  if (raw.length > MAX_STORED_LENGTH) return { problem: "it is larger than any design" };
  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return { problem: "it is not valid JSON" };
  }
  if (!isRecord(envelope) || typeof envelope.autosave !== "number") {
    return { problem: "it is not an autosaved design" };
  }
  if (envelope.autosave > AUTOSAVE_VERSION) {
    return { problem: "it was saved by a newer version of the app" };
  }
  return { design: envelope.design, tab: envelope.tab };
}

/**
 * The autosaved design when another tab saved it (its envelope names a tab other than `tab`),
 * so that tab's work can be kept before this tab overwrites it. Undefined otherwise; never throws.
 */
export function savedByOtherTab(store: KeyValueStore | undefined, tab: string): Design | undefined {
  let raw: string | null;
  try {
    raw = store?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  const opened = openEnvelope(raw);
  if (!("design" in opened) || typeof opened.tab !== "string" || opened.tab === tab)
    return undefined;
  const restored = restoreDesign(opened.design);
  return restored.ok ? restored.value.design : undefined;
}

/**
 * Loads the autosaved design through {@link restoreDesign}. Corrupt or unreadable data is moved to
 * a set-aside key (`k8s-subnet-designer.design.corrupt-N`), never deleted, and reported with the
 * key; a blocked store reports "unavailable". Never throws.
 */
export function loadSavedDesign(store: KeyValueStore | undefined): LoadResult {
  if (!store) return { kind: "unavailable", message: "Browser storage is not available." };
  let raw: string | null;
  try {
    raw = store.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: "unavailable", message: "Browser storage is blocked." };
  }
  if (raw === null) return { kind: "none" };
  const opened = openEnvelope(raw);
  const restored = "design" in opened ? restoreDesign(opened.design) : undefined;
  if (restored?.ok) return { kind: "restored", ...restored.value };
  const why = "problem" in opened ? opened.problem : restored?.ok === false ? restored.error : "";
  const setAsideKey = setAside(store, raw);
  const kept = setAsideKey
    ? `it was kept under the storage key "${setAsideKey}"`
    : "it could not be moved aside and was left in place";
  return {
    kind: "corrupt",
    message: `The autosaved design could not be restored (${why}); ${kept}.`,
    setAsideKey,
  };
}
