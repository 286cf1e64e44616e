import type { Plugin } from "vite";
import { startFiles, type BundleEntry } from "./startPreload.ts";

/**
 * The scripts a link's open needs beyond the start's: the chunk whose module is `codec` (which
 * the page imports dynamically) and the chunks it imports statically, less those the start
 * (`start`) already loads. No stylesheets: the codec has none of its own, and the start's is
 * applied by vite's loader when the app runs (ADR 0038). Empty if no chunk has `codec` as module.
 */
export function linkCodecFiles(
  bundle: Record<string, BundleEntry>,
  codec: string,
  start: string,
): string[] {
  const started = new Set(startFiles(bundle, start));
  return startFiles(bundle, codec).filter((file) => file.endsWith(".js") && !started.has(file));
}

/**
 * Lists the link codec's scripts in the built index.html, in a `<meta name={meta}>` whose content
 * is their paths (space-separated, relative to the page). The HTML cannot know whether the URL
 * has a fragment; the page's entry script does, and preloads them from this list as soon as it
 * runs, so a link's open does not wait for them after the shell's paint (ADR 0091). Build only,
 * and only the app's page (`/index.html`).
 */
export function linkCodecPreloadPlugin(codec: string, start: string, meta: string): Plugin {
  return {
    name: "k8s-subnet-designer:link-codec-preload",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (_html, ctx) => {
        if (!ctx.bundle || ctx.path !== "/index.html") return [];
        const files = linkCodecFiles(ctx.bundle as Record<string, BundleEntry>, codec, start);
        if (files.length === 0) throw new Error(`no dynamically imported chunk for ${codec}`);
        const content = files.map((file) => `./${file}`).join(" ");
        return [{ tag: "meta", attrs: { name: meta, content }, injectTo: "head" as const }];
      },
    },
  };
}
