import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashedAssets } from "./previewAssets.ts";

// The preview's hashed assets are read and gzipped once, sent immutable; the rest is vite's.

let dir: string;
let server: Server;
let base: string;
const script = `export const x = ${JSON.stringify("a".repeat(4000))};\n`;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "hashed-assets-"));
  mkdirSync(path.join(dir, "assets"));
  writeFileSync(path.join(dir, "assets", "app-AbC123.js"), script);
  writeFileSync(path.join(dir, "assets", "tiny-x1.css"), "a{}");
  writeFileSync(path.join(dir, "assets", "data-x1.json"), "{}");
  writeFileSync(path.join(dir, "secret.js"), "no");
  const serve = hashedAssets(dir);
  server = createServer((req, res) =>
    serve(req, res, () => {
      res.statusCode = 418;
      res.end("next");
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

describe("hashedAssets", () => {
  it("sends a script gzipped, immutable, with its type, and the same bytes unzipped", async () => {
    const res = await fetch(`${base}/assets/app-AbC123.js`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/javascript");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("vary")).toBe("Accept-Encoding");
    expect(Number(res.headers.get("content-length"))).toBeLessThan(script.length / 10);
    expect(await res.text()).toBe(script);
  });

  it("sends the plain bytes to a client that takes no gzip, and under any base path", async () => {
    const raw = await new Promise<{ encoding: string | undefined; body: Buffer }>(
      (resolve, reject) => {
        import("node:http").then(({ get }) =>
          get(`${base}/some/base/assets/app-AbC123.js`, (res) => {
            const parts: Buffer[] = [];
            res.on("data", (c: Buffer) => parts.push(c));
            res.on("end", () =>
              resolve({ encoding: res.headers["content-encoding"], body: Buffer.concat(parts) }),
            );
          }).on("error", reject),
        );
      },
    );
    expect(raw.encoding).toBeUndefined();
    expect(raw.body.toString()).toBe(script);
    expect(() => gunzipSync(raw.body)).toThrow();
  });

  it("leaves a small file unzipped and HEAD without a body", async () => {
    const small = await fetch(`${base}/assets/tiny-x1.css`, {
      headers: { "accept-encoding": "gzip" },
    });
    expect(small.headers.get("content-encoding")).toBeNull();
    expect(small.headers.get("content-type")).toBe("text/css");
    expect(await small.text()).toBe("a{}");
    const head = await fetch(`${base}/assets/app-AbC123.js`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe("");
  });

  it("hands on what is not a hashed asset of a known type, missing, or outside assets/", async () => {
    for (const url of [
      "/",
      "/index.html",
      "/secret.js",
      "/assets/missing-1.js",
      "/assets/data-x1.json",
      "/assets/..%2Fsecret.js",
      "/assets/%E0%A4%A.js",
      "/assets/",
    ]) {
      const res = await fetch(`${base}${url}`);
      expect([url, res.status, await res.text()]).toEqual([url, 418, "next"]);
    }
    const post = await fetch(`${base}/assets/app-AbC123.js`, { method: "POST" });
    expect(post.status).toBe(418);
  });

  it("reads a file again when it changed on disk", async () => {
    const file = path.join(dir, "assets", "tiny-x1.css");
    expect(await (await fetch(`${base}/assets/tiny-x1.css`)).text()).toBe("a{}");
    writeFileSync(file, "b{color:red}");
    expect(await (await fetch(`${base}/assets/tiny-x1.css`)).text()).toBe("b{color:red}");
  });
});
