/** What rolldown's chunking hands a `codeSplitting` group's name function (the part used here). */
interface ChunkingContext {
  getModuleInfo(id: string): { importedIds: readonly string[] } | null;
}

/**
 * A `codeSplitting` group name function that puts every module `entry` (an absolute module id)
 * imports statically, and the entry itself (the app's start, which main.tsx loads once the shell
 * has painted), into one chunk named `name`, except what `page` (the page's own entry) imports
 * statically. Without it, rolldown
 * gives each module the start shares with a lazily loaded chunk (the Plan panel, exports, the
 * link codec) a chunk of its own: more scripts fetched at start, and less to gzip together
 * (ADR 0046). Lazy chunks then import those modules from the start chunk, which is always loaded
 * before them. Other modules (lazy-only ones, stylesheets) are left to rolldown (`null`).
 */
export function startChunk(entry: string, name: string, page: string) {
  let graph: Set<string> | undefined;
  const reach = (ctx: ChunkingContext, root: string): Set<string> => {
    const seen = new Set<string>([root]);
    const todo = [root];
    for (let id = todo.pop(); id !== undefined; id = todo.pop()) {
      for (const next of ctx.getModuleInfo(id)?.importedIds ?? []) {
        if (!seen.has(next)) {
          seen.add(next);
          todo.push(next);
        }
      }
    }
    return seen;
  };
  return (id: string, ctx: ChunkingContext): string | null => {
    if (!graph) {
      // What the page's own entry imports (vite's preload helper, its styles) stays with it.
      const pageGraph = reach(ctx, page);
      graph = new Set([...reach(ctx, entry)].filter((m) => !pageGraph.has(m)));
    }
    // Stylesheets keep vite's own chunking (the shell's are inlined into index.html, ADR 0038);
    // virtual modules (vite's preload helper, which main.tsx uses too) stay where rolldown puts them.
    const own = graph.has(id) && !id.startsWith("\0") && !/\.css(\?|$)/.test(id);
    return own ? name : null;
  };
}
