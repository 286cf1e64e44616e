import { describe, expect, it } from "vitest";
import { startFiles, startPreloadPlugin, type BundleEntry } from "./startPreload.ts";

const START = "/src/startApp.tsx";

/** A bundle shaped like the app's build: entry, start facade and chunk, runtime, lazy chunks. */
const bundle: Record<string, BundleEntry> = {
  "assets/index-a.js": {
    type: "chunk",
    fileName: "assets/index-a.js",
    isEntry: true,
    facadeModuleId: "/src/main.tsx",
    imports: [],
    viteMetadata: { importedCss: new Set(["assets/index-a.css"]) },
  },
  "assets/startApp-f.js": {
    type: "chunk",
    fileName: "assets/startApp-f.js",
    isDynamicEntry: true,
    facadeModuleId: START,
    imports: ["assets/startApp-m.js"],
    viteMetadata: { importedCss: new Set() },
  },
  "assets/startApp-m.js": {
    type: "chunk",
    fileName: "assets/startApp-m.js",
    imports: ["assets/rolldown-runtime-r.js", "assets/index-a.js"],
    viteMetadata: { importedCss: new Set(["assets/startApp-s.css", "assets/index-a.css"]) },
  },
  "assets/rolldown-runtime-r.js": {
    type: "chunk",
    fileName: "assets/rolldown-runtime-r.js",
    imports: [],
  },
  "assets/ExportPanel-e.js": {
    type: "chunk",
    fileName: "assets/ExportPanel-e.js",
    isDynamicEntry: true,
    facadeModuleId: "/src/ui/exports/ExportPanel.tsx",
    imports: ["assets/startApp-m.js", "assets/rolldown-runtime-r.js"],
    viteMetadata: { importedCss: new Set(["assets/ExportPanel-c.css"]) },
  },
  "assets/startApp-s.css": { type: "asset", fileName: "assets/startApp-s.css" },
  "assets/ExportPanel-c.css": { type: "asset", fileName: "assets/ExportPanel-c.css" },
  // assets/index-a.css was inlined into the page and dropped from the bundle (ADR 0038).
};

describe("startFiles", () => {
  it("lists the start's chunk, what it imports statically and its stylesheet, scripts first", () => {
    expect(startFiles(bundle, START)).toEqual([
      "assets/startApp-f.js",
      "assets/startApp-m.js",
      "assets/rolldown-runtime-r.js",
      "assets/startApp-s.css",
    ]);
  });

  it("leaves out lazy chunks, the page's own entry and stylesheets inlined into the page", () => {
    const files = startFiles(bundle, START);
    for (const file of ["ExportPanel-e.js", "ExportPanel-c.css", "index-a.js", "index-a.css"])
      expect(files.some((f) => f.endsWith(file))).toBe(false);
  });

  it("finds nothing for a module no chunk starts with", () => {
    expect(startFiles(bundle, "/src/elsewhere.tsx")).toEqual([]);
  });
});

describe("startPreloadPlugin", () => {
  type Handler = (
    html: string,
    ctx: { path: string; bundle?: Record<string, BundleEntry> },
  ) => unknown;
  const page = { path: "/index.html", bundle };
  const hook = startPreloadPlugin(START).transformIndexHtml as { handler: Handler };

  it("adds modulepreload and style preload links with crossorigin, as vite's loader does", () => {
    expect(hook.handler("<html></html>", page)).toEqual([
      ...["startApp-f.js", "startApp-m.js", "rolldown-runtime-r.js"].map((f) => ({
        tag: "link",
        attrs: { rel: "modulepreload", crossorigin: "", href: `./assets/${f}` },
        injectTo: "head",
      })),
      {
        tag: "link",
        attrs: { rel: "preload", as: "style", crossorigin: "", href: "./assets/startApp-s.css" },
        injectTo: "head",
      },
    ]);
  });

  it("refuses to build a page whose start it cannot find, rather than preload nothing", () => {
    const hookFor = startPreloadPlugin("/src/gone.tsx").transformIndexHtml as { handler: Handler };
    expect(() => hookFor.handler("<html></html>", page)).toThrow(/gone\.tsx/);
  });

  it("leaves other pages built with the same config alone (the bench's harness)", () => {
    const hookFor = startPreloadPlugin("/src/gone.tsx").transformIndexHtml as { handler: Handler };
    expect(hookFor.handler("<html></html>", { path: "/bench/harness.html", bundle })).toEqual([]);
    expect(hook.handler("<html></html>", { path: "/bench/harness.html", bundle })).toEqual([]);
  });
});
