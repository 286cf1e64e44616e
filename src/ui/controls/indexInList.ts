/** The index of the list entry a field path points into ("nodes.networks.7.cidr" in "nodes.networks" -> 7). */
export function indexInList(path: string, basePath: string): number | undefined {
  if (!path.startsWith(`${basePath}.`)) return undefined;
  const m = /^(\d+)(?:\.|$)/.exec(path.slice(basePath.length + 1));
  return m ? Number(m[1]) : undefined;
}
