import type { Design } from "../design/schema.ts";
import { decodeLink, encodeLink } from "./link.ts";
import type { KeyValueStore } from "./storage.ts";
import { isRecord } from "./untrusted.ts";

/** The localStorage key of the recent-designs list. */
export const HISTORY_KEY = "k8s-subnet-designer.history";

/** Designs kept in the list, newest first. */
export const HISTORY_LIMIT = 10;

/** Largest list text read back, in characters (ten designs as links are a few KB). */
const MAX_HISTORY_LENGTH = 256 * 1024;

/** One kept design: its name, when it was kept (ISO time) and the design as a share link. */
export interface HistoryEntry {
  name: string;
  savedAt: string;
  link: string;
}

/** A design's name for the list (the design's name). */
export function designName(design: Design): string {
  return design.name;
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
 * Keeps `design` at the head of the list (an equal design already there moves up instead of
 * repeating), dropping the oldest past {@link HISTORY_LIMIT}. When storage is full, older entries
 * are dropped until it fits. Returns whether it was kept; never throws.
 */
export function keepInHistory(
  store: KeyValueStore | undefined,
  design: Design,
  now: Date = new Date(),
): boolean {
  if (!store) return false;
  const link = encodeLink(design);
  const entry: HistoryEntry = { name: designName(design), savedAt: now.toISOString(), link };
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

/** The design of a kept entry, through the link gate; undefined when it no longer opens. */
export function openHistoryEntry(entry: HistoryEntry): Design | undefined {
  const decoded = decodeLink(entry.link);
  return decoded.ok ? decoded.value.design : undefined;
}

/** True when two designs are the same plan (compared as their canonical links). */
export function sameDesign(a: Design, b: Design): boolean {
  return encodeLink(a) === encodeLink(b);
}
