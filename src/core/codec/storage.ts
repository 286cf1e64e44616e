import type { Design } from "../design/schema.ts";
import { PLAN_FORMAT_VERSION, singleClusterPlan, type Plan } from "../plan/plan.ts";
import { ok, type Result } from "../result.ts";
import { orderDesignKeys } from "./canonical.ts";
import { restoreDesign } from "./restore.ts";
import { restorePlan } from "./restorePlan.ts";
import { isRecord } from "./untrusted.ts";

/** The part of the Web Storage API autosave uses; tests and the CLI pass a Map-backed one. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The localStorage key of the autosaved plan (named when it held one design). */
export const AUTOSAVE_KEY = "k8s-subnet-designer.design";

/**
 * Version of the autosave envelope (apart from the designs' own schemaVersion). 1: `design`, one
 * design (still read); 2: `plan`, the whole plan, and `active`, the cluster shown.
 */
export const AUTOSAVE_VERSION = 2;

/** What the autosave keeps: every cluster, their routing, and the cluster the app shows. */
export interface SavedPlan {
  plan: Plan;
  /** Index in `plan.clusters` of the cluster shown. */
  active: number;
}

/** Set-aside slots for corrupt data: `<key>.corrupt-1` … `-N`; the last is reused when all are taken. */
const SET_ASIDE_SLOTS = 5;

/** Largest stored value read, in characters. */
const MAX_STORED_LENGTH = 1024 * 1024;

/** What saving did: stored, or why not (storage off or blocked, or full). */
export type SaveStatus =
  { ok: true } | { ok: false; reason: "unavailable" | "full"; message: string };

/** What loading found (`design`: the shown cluster's, `plan.clusters[active]`). */
export type LoadResult =
  | { kind: "none" }
  | { kind: "restored"; plan: Plan; active: number; design: Design; notices: string[] }
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
 * Autosaves a plan under {@link AUTOSAVE_KEY} in a versioned envelope `{ "autosave": 2, "tab": …,
 * "active": …, "plan": { "planVersion", "routing", "clusters" } }` (`tab`: the saving tab's id,
 * when given; each design whole, in schema key order). Never throws: a missing store, a blocked
 * one (private mode, SecurityError) or a full one (QuotaExceededError) comes back as a status
 * the UI can show.
 */
export function savePlan(
  store: KeyValueStore | undefined,
  saved: SavedPlan,
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
      JSON.stringify({
        autosave: AUTOSAVE_VERSION,
        tab,
        active: saved.active,
        plan: {
          planVersion: PLAN_FORMAT_VERSION,
          routing: saved.plan.routing,
          clusters: saved.plan.clusters.map(orderDesignKeys),
        },
      }),
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

/** The envelope's plan (a version 1 envelope's design is a plan of one cluster) and tab. */
type Opened = { saved: Result<SavedPlan & { notices: string[] }>; tab?: unknown };

/** Reads the envelope's plan (and saving tab), or says why the stored text is not one. */
function openEnvelope(raw: string): Opened | { problem: string } {
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
  const version = envelope.autosave;
  if (!Number.isInteger(version) || version < 1)
    return { problem: "it is not an autosaved design" };
  if (version > AUTOSAVE_VERSION) {
    return {
      problem: `it was saved by a newer version of the app (autosave format ${version}; this version reads up to ${AUTOSAVE_VERSION})`,
    };
  }
  return { saved: restoreSaved(envelope), tab: envelope.tab };
}

/** The plan of a readable envelope: version 1 held one design, version 2 the whole plan. */
function restoreSaved(envelope: Record<string, unknown>): Opened["saved"] {
  if (envelope.autosave === 1) {
    const one = restoreDesign(envelope.design);
    if (!one.ok) return one;
    return ok({ plan: singleClusterPlan(one.value.design), active: 0, notices: one.value.notices });
  }
  const all = restorePlan(envelope.plan);
  if (!all.ok) return all;
  const { plan, notices } = all.value;
  const shown = envelope.active;
  const inPlan = Number.isInteger(shown) && (shown as number) >= 0;
  const active = inPlan && (shown as number) < plan.clusters.length ? (shown as number) : 0;
  return ok({ plan, active, notices });
}

/**
 * The autosaved plan when another tab saved it (its envelope names a tab other than `tab`), so
 * that tab's work can be kept before this tab overwrites it. Undefined otherwise; never throws.
 */
export function savedByOtherTab(
  store: KeyValueStore | undefined,
  tab: string,
): SavedPlan | undefined {
  let raw: string | null;
  try {
    raw = store?.getItem(AUTOSAVE_KEY) ?? null;
  } catch {
    return undefined;
  }
  if (raw === null) return undefined;
  const opened = openEnvelope(raw);
  if (!("saved" in opened) || typeof opened.tab !== "string" || opened.tab === tab)
    return undefined;
  if (!opened.saved.ok) return undefined;
  const { plan, active } = opened.saved.value;
  return { plan, active };
}

/**
 * Loads the autosaved plan (through {@link restorePlan}; a version 1 envelope's design through
 * {@link restoreDesign}, as a plan of one cluster). Corrupt or unreadable data is moved to
 * a set-aside key (`k8s-subnet-designer.design.corrupt-N`), never deleted, and reported with the
 * key; a blocked store reports "unavailable". Never throws.
 */
export function loadSavedPlan(store: KeyValueStore | undefined): LoadResult {
  if (!store) return { kind: "unavailable", message: "Browser storage is not available." };
  let raw: string | null;
  try {
    raw = store.getItem(AUTOSAVE_KEY);
  } catch {
    return { kind: "unavailable", message: "Browser storage is blocked." };
  }
  if (raw === null) return { kind: "none" };
  const opened = openEnvelope(raw);
  if ("saved" in opened && opened.saved.ok) {
    const { plan, active, notices } = opened.saved.value;
    return { kind: "restored", plan, active, design: plan.clusters[active]!, notices };
  }
  const why = "problem" in opened ? opened.problem : opened.saved.ok ? "" : opened.saved.error;
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
