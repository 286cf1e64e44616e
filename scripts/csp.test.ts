import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { CONTENT_SECURITY_POLICY, policyFor } from "./csp.ts";

const sha = (text: string) => createHash("sha256").update(text, "utf8").digest("base64");

describe("policyFor", () => {
  it("leaves the policy as it is when the page has no <style> element", () => {
    expect(policyFor("<html><head></head><body></body></html>")).toBe(CONTENT_SECURITY_POLICY);
  });

  it("allows each inline <style> by the SHA-256 of its exact text, never by unsafe-inline", () => {
    const a = ":root{--bg:#fff}.shell{display:grid}";
    const b = "h1{margin:0}";
    const policy = policyFor(`<head><style>${a}</style></head><body><style>${b}</style></body>`);
    const styleSrc = policy.split("; ").find((d) => d.startsWith("style-src "));
    expect(styleSrc).toBe(`style-src 'self' 'sha256-${sha(a)}' 'sha256-${sha(b)}'`);
    expect(policy).not.toContain("unsafe-inline");
    // The other directives are untouched.
    expect(policy.replace(styleSrc ?? "", "")).toBe(
      CONTENT_SECURITY_POLICY.replace("style-src 'self'", ""),
    );
  });
});
