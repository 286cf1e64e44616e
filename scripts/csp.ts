import { createHash } from "node:crypto";
import type { Plugin } from "vite";

/**
 * The Content-Security-Policy of the built app: nothing is allowed unless named; scripts, styles,
 * images, fonts and workers come from the app's own origin only; no inline script, no eval (zod
 * runs jitless, see src/core/design/schema.ts). `img-src` allows data: and blob: for the map's
 * PNG/SVG exports; `frame-ancestors` cannot be set from a meta tag (send it as a header).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * The policy with `style-src` also allowing, by their SHA-256 hash, the `<style>` elements of
 * `html` (the shell's inlined stylesheet): exactly those bytes, never 'unsafe-inline'.
 */
export function policyFor(html: string, policy: string = CONTENT_SECURITY_POLICY): string {
  const hashes = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(
    (m) =>
      `'sha256-${createHash("sha256")
        .update(m[1] ?? "", "utf8")
        .digest("base64")}'`,
  );
  if (hashes.length === 0) return policy;
  return policy.replace(
    /style-src ([^;]*)/,
    (_all, sources: string) => `style-src ${[sources, ...hashes].join(" ")}`,
  );
}

/**
 * Adds the policy as a `<meta http-equiv>` tag to the built index.html only: the dev server
 * injects inline scripts (React refresh, the Vite client) that a strict policy would block.
 * It must come after any plugin that inlines a `<style>` (their hashes join `style-src`).
 */
export function cspMetaPlugin(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: "k8s-subnet-designer:csp-meta",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: policyFor(html, policy) },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
