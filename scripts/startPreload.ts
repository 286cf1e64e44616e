import type { Plugin } from "vite";

/** What the build's bundle tells about a chunk or an asset (the part used here). */
export interface BundleEntry {
  type: "chunk" | "asset";
  fileName: string;
  facadeModuleId?: string | null;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: readonly string[];
  viteMetadata?: { importedCss: Set<string> };
}

/**
 * The files the app's start (the chunk whose module is `entry`, which the page's script imports
 * dynamically) loads before it runs: that chunk, every chunk it imports statically (recursively),
 * and the stylesheets vite's loader fetches with them, scripts first, in the order reached.
 * Not among them: chunks the start imports dynamically (loaded on intent), the page's own entry
 * chunk (its `<script>` loads it) and stylesheets no longer in the bundle (inlined into the
 * page, ADR 0038). Empty if no dynamically imported chunk has `entry` as its module.
 */
export function startFiles(bundle: Record<string, BundleEntry>, entry: string): string[] {
  const chunks = Object.values(bundle).filter((b) => b.type === "chunk");
  const start = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId === entry);
  if (!start) return [];
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const scripts: string[] = [];
  const styles = new Set<string>();
  const visit = (chunk: BundleEntry): void => {
    if (chunk.isEntry || scripts.includes(chunk.fileName)) return;
    scripts.push(chunk.fileName);
    for (const css of chunk.viteMetadata?.importedCss ?? []) if (css in bundle) styles.add(css);
    for (const name of chunk.imports ?? []) {
      const next = byName.get(name);
      if (next) visit(next);
    }
  };
  visit(start);
  return [...scripts, ...styles];
}

/**
 * Lists the app's start in the built index.html (`<link rel="modulepreload">` for its scripts,
 * `<link rel="preload" as="style">` for its stylesheet), so the browser fetches them, and parses
 * the scripts off the main thread, while it lays out and paints the static shell; the page's
 * script then imports them from the cache (ADR 0040). The links carry `crossorigin` like the
 * ones vite's loader adds, so the preloaded responses are the ones it uses. Build only, and only
 * the app's page (`/index.html`): other pages built with the same config, such as the bench's
 * harness, do not start the app.
 */
export function startPreloadPlugin(entry: string): Plugin {
  return {
    name: "k8s-subnet-designer:start-preload",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (_html, ctx) => {
        if (!ctx.bundle || ctx.path !== "/index.html") return [];
        const files = startFiles(ctx.bundle as Record<string, BundleEntry>, entry);
        if (files.length === 0) throw new Error(`no dynamically imported chunk for ${entry}`);
        return files.map((file) => ({
          tag: "link",
          attrs: file.endsWith(".css")
            ? { rel: "preload", as: "style", crossorigin: "", href: `./${file}` }
            : { rel: "modulepreload", crossorigin: "", href: `./${file}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}
