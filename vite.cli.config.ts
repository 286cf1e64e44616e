import { defineConfig } from "vite";

/**
 * Builds the CLI to one JavaScript module in dist-cli/ (run by `npm ci` through the `prepare`
 * script), so `npx k8s-subnet-designer` starts plain Node with no TypeScript loader. The
 * runtime libraries (zod, yaml, fflate) are bundled in: loading zod's hundred-odd
 * module files one by one cost more CPU at start-up than the rest of `validate` (ADR 0007).
 */
export default defineConfig({
  ssr: { noExternal: true },
  build: {
    ssr: "src/cli/main.ts",
    outDir: "dist-cli",
    emptyOutDir: true,
    target: "node20",
    sourcemap: false,
    minify: false,
    rollupOptions: { output: { entryFileNames: "[name].js", chunkFileNames: "[name].js" } },
  },
  publicDir: false,
  logLevel: "warn",
});
