import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

const FIXTURES = path.resolve(import.meta.dirname, "fixtures/links");

/**
 * The built app ships a strict Content-Security-Policy (scripts/csp.ts) and must work under it:
 * no eval (zod runs jitless), no inline script or style, nothing fetched from elsewhere.
 */
test.describe("Content-Security-Policy of the built app", () => {
  test("index.html carries the policy: nothing by default, scripts and styles from self, no eval", async ({
    request,
  }) => {
    const html = await (await request.get("/")).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta, "CSP meta tag").not.toBeNull();
    const policy = (meta?.[1] ?? "").replaceAll("&#39;", "'");
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("unsafe-inline");
    // It precedes every script, so it governs them all.
    expect(html.indexOf("Content-Security-Policy")).toBeLessThan(html.indexOf("<script"));
  });

  test("editing, a large link, importing and exporting raise no policy violation", async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on("console", (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        (window as unknown as { __cspViolation: (v: string) => void }).__cspViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    const app = new DesignerPage(page);
    await app.open();
    await app.type("ipv4.podCidrs.0", "10.32.0.0/12");
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.32.0.0/12");
    await app.type("ipv4.serviceCidr", "not a cidr");
    await expect(app.fieldError("ipv4.serviceCidr")).toBeVisible();

    const large = readFileSync(path.join(FIXTURES, "large.txt"), "utf8").trim();
    await page.goto(`/#${large}`);
    await expect(page.locator(".tm-map canvas").first()).toBeVisible();

    await page.getByRole("button", { name: "Import config…" }).click();
    await page.getByLabel("Configuration text").fill("--cluster-cidr=10.40.0.0/14\n");
    await expect(page.getByRole("dialog").getByRole("status")).toContainText("Detected:");
    await page.getByRole("dialog").getByRole("button", { name: "Apply" }).click();
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.40.0.0/14");

    await page.getByRole("button", { name: "File", exact: true }).click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download design (.json)" }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.design\.json$/);
    expect(violations).toEqual([]);
  });
});
