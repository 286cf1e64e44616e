import type { Plugin } from "vite";

/**
 * Inlines the entry's stylesheet (the shell's layout: app.css, panelBox.css, shell.css, imported
 * by src/main.tsx; ADR 0038) into the built index.html as a `<style>` element, so the static shell paints
 * from the HTML alone: a render-blocking `<link>` costs a round trip before the first paint,
 * hundreds of milliseconds on a loaded machine (issue 10, ADR 0033). The policy allows the
 * element by its hash (see cspMetaPlugin), never by 'unsafe-inline'. Build only: the dev
 * server injects styles through its client.
 */
export function inlineEntryCssPlugin(): Plugin {
  return {
    name: "k8s-subnet-designer:inline-entry-css",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html, ctx) => {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        let out = html;
        for (const asset of Object.values(bundle)) {
          if (asset.type !== "asset" || !asset.fileName.endsWith(".css")) continue;
          const link = new RegExp(
            `<link rel="stylesheet"[^>]*href="\\./${asset.fileName.replace(/[.]/g, "\\.")}"[^>]*>`,
          );
          if (!link.test(out)) continue;
          const css =
            typeof asset.source === "string"
              ? asset.source
              : Buffer.from(asset.source).toString("utf8");
          // `</style` cannot occur in our CSS; refuse rather than emit a broken page if it ever does.
          if (/<\/style/i.test(css)) throw new Error(`${asset.fileName} contains "</style"`);
          out = out.replace(link, () => `<style>${css.trim()}</style>`);
          delete bundle[asset.fileName];
        }
        return out;
      },
    },
  };
}
