import { readFileSync, statSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Plugin } from "vite";

/** The content types of the built assets the preview serves itself; others go to vite's server. */
const TYPES: Record<string, string> = {
  ".js": "text/javascript",
  ".css": "text/css",
  ".svg": "image/svg+xml",
};

/** A built asset as served: its bytes, gzipped once if worth it, and what it was read from. */
interface Served {
  readonly type: string;
  readonly raw: Buffer;
  readonly gzip: Buffer | undefined;
  readonly stamp: string;
}

/** A file under `assets/` carries a content hash in its name: it never changes under that name. */
const ASSET = /^\/(?:.*\/)?assets\/([^/]+)$/;

/** The file name a request for `<anything>/assets/<name>` asks for; undefined for any other. */
function fileName(url: string | undefined): string | undefined {
  const raw = ASSET.exec(new URL(url ?? "/", "http://localhost").pathname)?.[1];
  if (raw === undefined) return undefined;
  let name: string;
  try {
    name = decodeURIComponent(raw);
  } catch {
    return undefined;
  }
  return name.startsWith(".") || path.basename(name) !== name ? undefined : name;
}

/**
 * A middleware serving the build's hashed files (`<dir>/assets/*`) the way a static host does: the
 * bytes read and gzipped once per file (not on every request, as vite's preview compresses them),
 * sent with `Cache-Control: immutable` (a reload does not ask for them again; their names change
 * with their content). Anything else, or a file that is not there, goes on to `next` (ADR 0092).
 */
export function hashedAssets(
  dir: string,
): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const cache = new Map<string, Served>();
  const load = (file: string, type: string): Served | undefined => {
    let stamp: string;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return undefined;
      stamp = `${stat.size}:${stat.mtimeMs}`;
    } catch {
      return undefined;
    }
    const hit = cache.get(file);
    if (hit?.stamp === stamp) return hit;
    const raw = readFileSync(file);
    const served = { type, raw, gzip: raw.length >= 1024 ? gzipSync(raw) : undefined, stamp };
    cache.set(file, served);
    return served;
  };
  return (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const name = fileName(req.url);
    const type = name === undefined ? undefined : TYPES[path.extname(name)];
    const served = name && type ? load(path.join(dir, "assets", name), type) : undefined;
    if (!served) return next();
    const gzip = /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? "")) && served.gzip;
    const body = gzip || served.raw;
    res.statusCode = 200;
    res.setHeader("Content-Type", served.type);
    res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    res.setHeader("Vary", "Accept-Encoding");
    if (gzip) res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", body.length);
    res.end(req.method === "HEAD" ? undefined : body);
  };
}

/** `vite preview` serves the build's hashed assets with `hashedAssets` (ADR 0092). */
export function hashedAssetsPlugin(): Plugin {
  return {
    name: "k8s-subnet-designer:hashed-assets",
    configurePreviewServer(server) {
      const { root, build } = server.config;
      server.middlewares.use(hashedAssets(path.resolve(root, build.outDir)));
    },
  };
}
