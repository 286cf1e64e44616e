import path from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { cspMetaPlugin } from "./scripts/csp.ts";
import { inlineEntryCssPlugin } from "./scripts/inlineEntryCss.ts";
import { linkCodecPreloadPlugin } from "./scripts/linkCodecPreload.ts";
import { hashedAssetsPlugin } from "./scripts/previewAssets.ts";
import { startChunk } from "./scripts/startChunk.ts";
import { startPreloadPlugin } from "./scripts/startPreload.ts";
import { LINK_CODEC_META } from "./src/startSequence.ts";

export default defineConfig({
  // The shell's stylesheet is inlined before the policy is written, so its hash joins style-src.
  plugins: [
    react(),
    inlineEntryCssPlugin(),
    startPreloadPlugin(path.resolve("src/startApp.tsx")),
    linkCodecPreloadPlugin(
      path.resolve("src/core/codec/linkCodec.ts"),
      path.resolve("src/startApp.tsx"),
      LINK_CODEC_META,
    ),
    cspMetaPlugin(),
    hashedAssetsPlugin(),
  ],
  base: "./",
  build: {
    outDir: "dist",
    sourcemap: false,
    chunkSizeWarningLimit: 400,
    rolldownOptions: {
      output: {
        // The app's start is one chunk, not split by what it shares with lazy chunks (ADR 0046).
        codeSplitting: {
          groups: [
            {
              includeDependenciesRecursively: false,
              name: startChunk(
                path.resolve("src/startApp.tsx"),
                "startApp",
                path.resolve("src/main.tsx"),
              ),
            },
          ],
        },
      },
    },
  },
});
