import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, createServer, preview } from "vite";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** A running harness page and how to stop it. */
export interface Harness {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves bench/harness.html (the real TreemapView with designs set from the page) on `port`:
 * `built` makes a production build into `outDir` and previews it (for figures); otherwise Vite's
 * dev server (for quick end-to-end runs).
 */
export async function startHarness(
  port: number,
  built: boolean,
  outDir = path.join(os.tmpdir(), `k8s-treemap-harness-${port}`),
): Promise<Harness> {
  if (built) {
    await build({
      root: repoRoot,
      logLevel: "warn",
      build: {
        outDir,
        emptyOutDir: true,
        rollupOptions: { input: path.join(repoRoot, "bench", "harness.html") },
      },
    });
    const server = await preview({
      root: repoRoot,
      logLevel: "warn",
      build: { outDir },
      preview: { port, strictPort: true, host: "127.0.0.1" },
    });
    return { url: `http://127.0.0.1:${port}/bench/harness.html`, close: () => server.close() };
  }
  const server = await createServer({
    root: repoRoot,
    logLevel: "warn",
    // Its own dependency cache: two harnesses may run side by side (e2e runs two workers in CI).
    cacheDir: path.join(os.tmpdir(), `k8s-treemap-harness-vite-${port}`),
    server: { port, strictPort: true, host: "127.0.0.1" },
  });
  await server.listen();
  return { url: `http://127.0.0.1:${port}/bench/harness.html`, close: () => server.close() };
}
