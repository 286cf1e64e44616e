import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";
import { cspMetaPlugin } from "./scripts/csp.ts";

/**
 * Preloads the app's chunk (src/startApp.tsx, imported by main.tsx after the static shell has
 * painted) and its imports from index.html, so they download while the shell paints.
 */
function preloadAppPlugin(): Plugin {
  return {
    name: "k8s-subnet-designer:preload-app",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (_html, ctx) => {
        const chunk = Object.values(ctx.bundle ?? {}).find(
          (c) => c.type === "chunk" && c.name === "startApp",
        );
        if (!chunk || chunk.type !== "chunk") return [];
        return [chunk.fileName, ...chunk.imports].map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: "", href: `./${file}` },
          injectTo: "head",
        }));
      },
    },
  };
}

export default defineConfig({
  plugins: [react(), cspMetaPlugin(), preloadAppPlugin()],
  base: "./",
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 400 },
});
