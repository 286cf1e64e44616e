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
 * Adds the policy as a `<meta http-equiv>` tag to the built index.html only: the dev server
 * injects inline scripts (React refresh, the Vite client) that a strict policy would block.
 */
export function cspMetaPlugin(policy: string = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: "k8s-subnet-designer:csp-meta",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: () => [
        {
          tag: "meta",
          attrs: { "http-equiv": "Content-Security-Policy", content: policy },
          injectTo: "head-prepend",
        },
      ],
    },
  };
}
