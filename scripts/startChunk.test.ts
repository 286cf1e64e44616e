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

  it("puts start modules matching an apart entry in that chunk, and only start modules", () => {
    const withReact = {
      ...graph,
      "/src/store.ts": ["/src/core.ts", "/node_modules/react/index.js"],
      "/src/lazy.ts": ["/src/core.ts", "/node_modules/react/lazy.js"],
      "/node_modules/react/index.js": [],
      "/node_modules/react/lazy.js": [],
    };
    const split = startChunk("/src/startApp.tsx", "startApp", "/src/main.tsx", [
      { name: "react", test: /\/node_modules\/react\// },
    ]);
    const of = (id: string) => split(id, context(withReact));
    expect(of("/node_modules/react/index.js")).toBe("react");
    expect(of("/src/store.ts")).toBe("startApp");
    // Lazy-only modules stay rolldown's even when they match.
    expect(of("/node_modules/react/lazy.js")).toBeNull();
  });
});
