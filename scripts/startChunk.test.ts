import { describe, expect, it } from "vitest";
import { startChunk } from "./startChunk.ts";

/** A module graph as rolldown's chunking context gives it: id -> static imports. */
const context = (graph: Record<string, string[]>) => ({
  getModuleInfo: (id: string) => (id in graph ? { importedIds: graph[id]! } : null),
});

describe("startChunk", () => {
  const graph = {
    "/src/main.tsx": ["/src/app.css", "\0vite/preload-helper.js"],
    "/src/startApp.tsx": ["/src/store.ts", "/src/panels.css", "\0vite/preload-helper.js"],
    "/src/store.ts": ["/src/core.ts", "/src/app.css"],
    "/src/core.ts": [],
    "/src/lazy.ts": ["/src/core.ts", "/src/zip.ts"],
    "/src/zip.ts": [],
  };
  const name = startChunk("/src/startApp.tsx", "startApp", "/src/main.tsx");
  const chunkOf = (id: string) => name(id, context(graph));

  it("puts the start's static graph in one chunk, shared modules included", () => {
    for (const id of ["/src/startApp.tsx", "/src/store.ts", "/src/core.ts"])
      expect(chunkOf(id)).toBe("startApp");
  });

  it("leaves lazy-only modules, stylesheets, virtual modules and the page's own to rolldown", () => {
    for (const id of [
      "/src/lazy.ts",
      "/src/zip.ts",
      "/src/panels.css",
      "/src/app.css",
      "\0vite/preload-helper.js",
      "/src/main.tsx",
    ])
      expect(chunkOf(id)).toBeNull();
  });
});
