import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { cspMetaPlugin } from "./scripts/csp.ts";
import { inlineEntryCssPlugin } from "./scripts/inlineEntryCss.ts";

export default defineConfig({
  // The shell's stylesheet is inlined before the policy is written, so its hash joins style-src.
  plugins: [react(), inlineEntryCssPlugin(), cspMetaPlugin()],
  base: "./",
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 400 },
});
