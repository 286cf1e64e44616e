/** A run of unit indices [start, end) of one kind inside a segmented block. */
export interface Segment<K extends string = string> {
  start: bigint;
  end: bigint;
  kind: K;
}

/** One demand on a sequential allocator: `count` units of `kind`. */
export interface Demand<K extends string> {
  kind: K;
  count: bigint;
}

/**
 * Hands out `total` units in index order, skipping the `blocked` runs, to each demand in turn;
 * blocked runs get `blockedKind`, what is left over gets `restKind`. Returns sorted, disjoint
 * segments covering [0, total), adjacent runs of one kind merged. Demands are consumed in place
 * so they carry on to the next block (several pod ranges share one node count).
 */
export function allocateSequentially<K extends string>(
  total: bigint,
  blocked: readonly { start: bigint; end: bigint }[],
  blockedKind: K,
  demands: Demand<K>[],
  restKind: K,
): Segment<K>[] {
  const out: Segment<K>[] = [];
  const push = (start: bigint, end: bigint, kind: K): void => {
    if (end <= start) return;
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.end === start) last.end = end;
    else out.push({ start, end, kind });
  };
  const sorted = [...blocked].sort((a, b) => (a.start < b.start ? -1 : 1));
  let at = 0n;
  const fill = (end: bigint): void => {
    while (at < end) {
      const demand = demands.find((d) => d.count > 0n);
      if (!demand) {
        push(at, end, restKind);
        at = end;
        return;
      }
      const take = end - at < demand.count ? end - at : demand.count;
      push(at, at + take, demand.kind);
      demand.count -= take;
      at += take;
    }
  };
  for (const b of sorted) {
    const start = b.start < 0n ? 0n : b.start;
    const end = b.end > total ? total : b.end;
    if (end <= at) continue;
    fill(start > at ? start : at);
    push(at, end, blockedKind);
    at = end;
  }
  fill(total);
  return out;
}

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
