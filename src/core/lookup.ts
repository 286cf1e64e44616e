const tables = new WeakMap<object, Map<unknown, unknown>>();

/**
 * The first entry of `list` whose `key` is `value`, through a table built once per list (lists
 * of plans and figures are immutable): a lookup per map cell or table row stays constant time
 * however long the design's lists grow, where `list.find` per row would be quadratic. `key`
 * must be the same function for every call on one list.
 */
export function lookup<T extends object, K>(
  list: readonly T[],
  key: (entry: T) => K,
  value: K,
): T | undefined {
  let table = tables.get(list) as Map<K, T> | undefined;
  if (!table) {
    table = new Map();
    for (const entry of list) {
      const k = key(entry);
      if (!table.has(k)) table.set(k, entry);
    }
    tables.set(list, table);
  }
  return table.get(value);
}
