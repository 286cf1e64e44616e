import type { Plan } from "../plan/plan.ts";
import {
  LINK_FORMAT,
  linkPayload,
  payloadKey,
  PLAN_LINK_FORMAT,
  type LinkPayload,
} from "./linkPayload.ts";
import type { KeyValueStore } from "./storage.ts";
import { isRecord } from "./untrusted.ts";

/** The localStorage key of the recent-designs list. */
export const HISTORY_KEY = "k8s-subnet-designer.history";

/** Plans kept in the list, newest first. */
export const HISTORY_LIMIT = 10;

/** Largest list text read back, in characters (ten designs as links are a few KB). */
const MAX_HISTORY_LENGTH = 256 * 1024;

/**
 * One kept plan: its name (see planName), when it was kept (ISO time) and the plan as a share
 * `link` (`d1` for one design, as entries kept before plans were; `d2` for several clusters), or,
 * when it was kept before this page had loaded the link codec, as the link's `payload` (its
 * format and JSON text, unpacked; ADR 0045). Either opens through the link gate.
 */
export type HistoryEntry = { name: string; savedAt: string } & (
  { link: string; payload?: undefined } | { payload: LinkPayload; link?: undefined }
);

/** Packs a link's payload into the link (core/codec/link.ts's packLink, loaded on intent). */
export type PackLink = (payload: LinkPayload) => string;

/** The entry's plan as one string: its link, or its payload's key (see payloadKey). */
export function entryKey(entry: HistoryEntry): string {
  return entry.link ?? payloadKey(entry.payload);
}

/** A payload read back from storage, or undefined when it is not one. */
function readPayload(value: unknown): LinkPayload | undefined {
  if (!isRecord(value)) return undefined;
  const { format, json } = value;
  const known = format === LINK_FORMAT || format === PLAN_LINK_FORMAT;
  return known && typeof json === "string" ? { format, json } : undefined;
}

/** Cluster names a plan's name lists before "and N more". */
const NAMED_CLUSTERS = 4;

/**
 * A plan's name for the list and messages: one cluster's design name ("my-cluster"), else the
 * count and the clusters' names ("3 clusters: east, west, lab"; "9 clusters: a, b, c and 6 more").
 */
export function planName(plan: Plan): string {
  const names = plan.clusters.map((c) => c.name);
  if (names.length === 1) return names[0]!;
  const listed =
    names.length <= NAMED_CLUSTERS
      ? names.join(", ")
      : `${names.slice(0, NAMED_CLUSTERS - 1).join(", ")} and ${names.length - NAMED_CLUSTERS + 1} more`;
  return `${names.length} clusters: ${listed}`;
}

/**
 * The kept designs, newest first. Anything unreadable (missing, blocked, corrupt, oversized
 * storage; malformed entries) is skipped, never thrown.
 */
export function readHistory(store: KeyValueStore | undefined): HistoryEntry[] {
  let raw: string | null;
  try {
    raw = store?.getItem(HISTORY_KEY) ?? null;
  } catch {
    return [];
  }
  if (raw === null || raw.length > MAX_HISTORY_LENGTH) return [];
  let list: unknown;
  try {
    list = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(list)) return [];
  const out: HistoryEntry[] = [];
  for (const item of list.slice(0, HISTORY_LIMIT)) {
    if (!isRecord(item)) continue;
    const { name, savedAt, link } = item;
    if (typeof name !== "string" || typeof savedAt !== "string") continue;
    const payload = readPayload(item.payload);
    if (typeof link === "string") out.push({ name, savedAt, link });
    else if (payload) out.push({ name, savedAt, payload });
  }
  return out;
}

/**
 * Keeps `plan` at the head of the list (an equal plan already there moves up instead of
 * repeating), dropping the oldest past {@link HISTORY_LIMIT}. With `pack` (the link codec is
 * loaded) the plan is kept as its link and entries kept as payloads become links too; without it,
 * as its payload, so autosave can keep another tab's plan before the codec has loaded (an equal
 * plan kept as a link then stays until the next keep with `pack`). When storage is full or the
 * list would pass what readHistory reads back, older entries are dropped until it fits. Returns
 * whether it was kept; never throws.
 */
export function keepInHistory(
  store: KeyValueStore | undefined,
  plan: Plan,
  now: Date = new Date(),
  pack?: PackLink,
): boolean {
  if (!store) return false;
  const head = { name: planName(plan), savedAt: now.toISOString() };
  const payload = linkPayload(plan);
  const entry: HistoryEntry = pack ? { ...head, link: pack(payload) } : { ...head, payload };
  const key = entryKey(entry);
  const kept = readHistory(store).map((e): HistoryEntry =>
    pack && e.payload ? { name: e.name, savedAt: e.savedAt, link: pack(e.payload) } : e,
  );
  let list = [entry, ...kept.filter((e) => entryKey(e) !== key)].slice(0, HISTORY_LIMIT);
  while (list.length > 0) {
    const text = JSON.stringify(list);
    try {
      if (text.length <= MAX_HISTORY_LENGTH) {
        store.setItem(HISTORY_KEY, text);
        return true;
      }
    } catch {
      // Storage full: drop the oldest and try again.
    }
    list = list.slice(0, -1);
  }
  return false;
}
