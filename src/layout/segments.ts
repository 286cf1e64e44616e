import type { Run } from "../core/plans/runs.ts";

/** A run of unit indices [start, end) of one kind inside a segmented block (core's plan run). */
export type Segment<K extends string = string> = Run<K>;

/** The kind of every unit in [start, end) if they share one, else undefined (binary search). */
export function uniformKind<K extends string>(
  segments: readonly Segment<K>[],
  start: bigint,
  end: bigint,
): K | undefined {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = segments[mid] as Segment<K>;
    if (start < s.start) hi = mid - 1;
    else if (start >= s.end) lo = mid + 1;
    else return end <= s.end ? s.kind : undefined;
  }
  return undefined;
}

/** How many units of each kind lie in [start, end). */
export function countKinds<K extends string>(
  segments: readonly Segment<K>[],
  start: bigint,
  end: bigint,
): Partial<Record<K, bigint>> {
  const out: Partial<Record<K, bigint>> = {};
  for (const s of segments) {
    const a = s.start > start ? s.start : start;
    const b = s.end < end ? s.end : end;
    if (b > a) out[s.kind] = (out[s.kind] ?? 0n) + (b - a);
  }
  return out;
}

/** The segments seen through the window [offset, offset + count), re-indexed from 0. */
export function windowSegments<K extends string>(
  segments: readonly Segment<K>[],
  offset: bigint,
  count: bigint,
): Segment<K>[] {
  const end = offset + count;
  const out: Segment<K>[] = [];
  for (const s of segments) {
    const a = s.start > offset ? s.start : offset;
    const b = s.end < end ? s.end : end;
    if (b > a) out.push({ start: a - offset, end: b - offset, kind: s.kind });
  }
  return out;
}
