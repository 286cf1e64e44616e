import type { Plugin } from "vite";

/** V8's magic comment: compile every function of the script eagerly, off the main thread. */
export const COMPILE_HINT = "//# allFunctionsCalledOnLoad";

/** What the build's bundle tells about a chunk (the part used here). */
export interface HintedChunk {
  type: "chunk" | "asset";
  name?: string;
  code?: string;
}

/**
 * Puts {@link COMPILE_HINT} on the first line of each chunk named `name` (rolldown's chunk name,
 * not its file name), after minification, which would drop the comment. Returns the number of
 * chunks hinted.
 */
export function addCompileHint(bundle: Record<string, HintedChunk>, name: string): number {
  let hinted = 0;
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== "chunk" || chunk.name !== name || chunk.code === undefined) continue;
    if (!chunk.code.startsWith(COMPILE_HINT)) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
    hinted++;
  }
  return hinted;
}

/**
 * Marks the start's React chunk for eager compilation (ADR 0048): the browser then compiles
 * react-dom's functions on the background thread that parses the preloaded chunk, while the
 * shell paints, instead of one by one on the main thread during the first render, which calls
 * most of them. The app's own chunk is left to lazy compilation (hinting the whole start made
 * the open slower). Build only; fails the build if no chunk has that name.
 */
export function compileHintPlugin(name: string): Plugin {
  return {
    name: "k8s-subnet-designer:compile-hint",
    apply: "build",
    generateBundle(_options, bundle) {
      // Builds without the start (the bench's harness pages) have nothing to hint.
      const start = Object.values(bundle).some((c) => c.type === "chunk" && c.name === "startApp");
      if (start && addCompileHint(bundle as Record<string, HintedChunk>, name) === 0)
        throw new Error(`no chunk named ${name} to hint`);
    },
  };
}
