import { describe, expect, it } from "vitest";
import { linkCodecFiles, linkCodecPreloadPlugin } from "./linkCodecPreload.ts";
import type { BundleEntry } from "./startPreload.ts";

const START = "/src/startApp.tsx";
const CODEC = "/src/core/codec/linkCodec.ts";
const META = "test:link-codec";

/** A bundle shaped like the app's build: entry, start, the codec's two chunks, a lazy chunk. */
const bundle: Record<string, BundleEntry> = {
  "assets/index-a.js": {
    type: "chunk",
    fileName: "assets/index-a.js",
    isEntry: true,
    facadeModuleId: "/src/main.tsx",
    imports: [],
  },
  "assets/startApp-f.js": {
    type: "chunk",
    fileName: "assets/startApp-f.js",
    isDynamicEntry: true,
    facadeModuleId: START,
    imports: ["assets/startApp-m.js"],
  },
  "assets/startApp-m.js": {
    type: "chunk",
    fileName: "assets/startApp-m.js",
    imports: ["assets/rolldown-runtime-r.js", "assets/index-a.js"],
    viteMetadata: { importedCss: new Set(["assets/startApp-s.css"]) },
  },
  "assets/rolldown-runtime-r.js": { type: "chunk", fileName: "assets/rolldown-runtime-r.js" },
  "assets/linkCodec-c.js": {
    type: "chunk",
    fileName: "assets/linkCodec-c.js",
    isDynamicEntry: true,
    facadeModuleId: CODEC,
    imports: ["assets/link-l.js", "assets/startApp-m.js"],
  },
  "assets/link-l.js": {
    type: "chunk",
    fileName: "assets/link-l.js",
    imports: ["assets/startApp-m.js", "assets/rolldown-runtime-r.js"],
  },
  "assets/ExportPanel-e.js": {
    type: "chunk",
    fileName: "assets/ExportPanel-e.js",
    isDynamicEntry: true,
    facadeModuleId: "/src/ui/exports/ExportPanel.tsx",
    imports: ["assets/link-l.js", "assets/startApp-m.js"],
  },
  "assets/startApp-s.css": { type: "asset", fileName: "assets/startApp-s.css" },
};

describe("linkCodecFiles", () => {
  it("lists the codec's chunk and what it imports, less the start's files and stylesheets", () => {
    expect(linkCodecFiles(bundle, CODEC, START)).toEqual([
      "assets/linkCodec-c.js",
      "assets/link-l.js",
    ]);
  });

  it("finds nothing when no chunk starts with the codec's module", () => {
    expect(linkCodecFiles(bundle, "/src/gone.ts", START)).toEqual([]);
  });
});

describe("linkCodecPreloadPlugin", () => {
  type Handler = (
    html: string,
    ctx: { path: string; bundle?: Record<string, BundleEntry> },
  ) => unknown;
  const hookFor = (codec: string) =>
    linkCodecPreloadPlugin(codec, START, META).transformIndexHtml as { handler: Handler };

  it("lists the codec's scripts, relative to the page, in one meta element", () => {
    expect(hookFor(CODEC).handler("<html></html>", { path: "/index.html", bundle })).toEqual([
      {
        tag: "meta",
        attrs: { name: META, content: "./assets/linkCodec-c.js ./assets/link-l.js" },
        injectTo: "head",
      },
    ]);
  });

  it("refuses to build a page whose codec it cannot find, rather than list nothing", () => {
    expect(() => hookFor("/src/gone.ts").handler("", { path: "/index.html", bundle })).toThrow(
      /gone\.ts/,
    );
  });

  it("leaves other pages built with the same config alone (the bench's harness)", () => {
    expect(hookFor("/src/gone.ts").handler("", { path: "/bench/harness.html", bundle })).toEqual(
      [],
    );
  });
});
