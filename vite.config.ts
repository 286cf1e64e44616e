import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { cspMetaPlugin } from "./scripts/csp.ts";

export default defineConfig({
  plugins: [react(), cspMetaPlugin()],
  base: "./",
  build: { outDir: "dist", sourcemap: false, chunkSizeWarningLimit: 400 },
});
