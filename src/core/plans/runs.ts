/** A run of unit indices [start, end) of one kind inside a block (node subnets or addresses). */
export interface Run<K extends string = string> {
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
 * runs covering [0, total), adjacent runs of one kind merged. Demands are consumed in place so
 * they carry on to the next block (several pod ranges share one node count). Work is linear in
 * the number of runs, never in `total`.
 */
export function allocateSequentially<K extends string>(
  total: bigint,
  blocked: readonly { start: bigint; end: bigint }[],
  blockedKind: K,
  demands: Demand<K>[],
  restKind: K,
): Run<K>[] {
  const out: Run<K>[] = [];
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

/** Units of `kind` in the runs, summed. */
export function unitsOf<K extends string>(runs: readonly Run<K>[], kind: K): bigint {
  return runs.reduce((sum, r) => (r.kind === kind ? sum + r.end - r.start : sum), 0n);
}

/**
 * Lays `marks` ([start, end, kind], any order, clipped to `size`) over a block of `size` units
 * whose other units are `rest`; a later mark wins over an earlier one where they cross. Returns
 * sorted, disjoint runs covering [0, size), adjacent runs of one kind merged.
 */
export function paintRuns<K extends string>(
  size: bigint,
  marks: readonly [bigint, bigint, K][],
  rest: K,
): Run<K>[] {
  let runs: Run<K>[] = size > 0n ? [{ start: 0n, end: size, kind: rest }] : [];
  for (const [from, to, kind] of marks) {
    const start = from < 0n ? 0n : from;
    const end = to > size ? size : to;
    if (end <= start) continue;
    runs = runs.flatMap((r) => {
      if (r.end <= start || r.start >= end) return [r];
      return [
        { start: r.start, end: start, kind: r.kind },
        { start: r.start > start ? r.start : start, end: r.end < end ? r.end : end, kind },
        { start: end, end: r.end, kind: r.kind },
      ].filter((x) => x.end > x.start);
    });
  }
  const merged: Run<K>[] = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && last.kind === r.kind && last.end === r.start) last.end = r.end;
    else merged.push({ ...r });
  }
  return merged;
}
