import { defineConfig } from "vite";

/**
 * Builds the CLI to one JavaScript module in dist-cli/ (run by `npm ci` through the `prepare`
 * script), so `npx k8s-subnet-designer` starts plain Node with no TypeScript loader. Runtime
 * libraries (zod, yaml, fflate, ip-cidr) stay external and load from node_modules.
 */
export default defineConfig({
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
