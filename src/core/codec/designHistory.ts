import type { Plan } from "../plan/plan.ts";
import { decodePlanLink, encodePlanLink } from "./planLink.ts";
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
 * link (`d1` for one design, as entries kept before plans were; `d2` for several clusters).
 */
export interface HistoryEntry {
  name: string;
  savedAt: string;
  link: string;
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
    if (typeof name === "string" && typeof savedAt === "string" && typeof link === "string") {
      out.push({ name, savedAt, link });
    }
  }
  return out;
}

/**
 * Keeps `plan` at the head of the list (an equal plan already there moves up instead of
 * repeating), dropping the oldest past {@link HISTORY_LIMIT}. When storage is full, older entries
 * are dropped until it fits. Returns whether it was kept; never throws.
 */
export function keepInHistory(
  store: KeyValueStore | undefined,
  plan: Plan,
  now: Date = new Date(),
): boolean {
  if (!store) return false;
  const link = encodePlanLink(plan);
  const entry: HistoryEntry = { name: planName(plan), savedAt: now.toISOString(), link };
  let list = [entry, ...readHistory(store).filter((e) => e.link !== link)].slice(0, HISTORY_LIMIT);
  while (list.length > 0) {
    try {
      store.setItem(HISTORY_KEY, JSON.stringify(list));
      return true;
    } catch {
      list = list.slice(0, -1);
    }
  }
  return false;
}

/** The plan of a kept entry, through the link gate; undefined when it no longer opens. */
export function openHistoryEntry(entry: HistoryEntry): Plan | undefined {
  const decoded = decodePlanLink(entry.link);
  return decoded.ok ? decoded.value.plan : undefined;
}

/** True when two plans are the same (compared as their canonical links). */
export function samePlan(a: Plan, b: Plan): boolean {
  return encodePlanLink(a) === encodePlanLink(b);
}
