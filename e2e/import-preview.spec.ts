import { expect, test } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

const kubeadm = (padding: number) =>
  [
    "apiVersion: kubeadm.k8s.io/v1beta4",
    "kind: ClusterConfiguration",
    "networking:",
    "  podSubnet: 10.32.0.0/12",
    "  serviceSubnet: 10.112.0.0/16",
    // Real configs carry long annotations and comments; this one is padded past the worker size.
    ...Array.from({ length: padding }, (_, i) => `# note ${i}: ${"x".repeat(60)}`),
  ].join("\n");

test("a large pasted config is read in a worker, and Apply takes its preview", async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  const workers: string[] = [];
  page.on("worker", (w) => workers.push(w.url()));
  await page.getByRole("button", { name: "Import config…" }).click();
  const dialog = page.getByRole("dialog", { name: "Import from a cluster's config" });
  const box = dialog.getByLabel("Configuration text");

  // Small text: read on the main thread, no worker.
  await box.fill(kubeadm(0));
  await expect(dialog.getByRole("status")).toContainText("Detected: kubeadm configuration");
  expect(workers).toEqual([]);

  // About 90 KB: read in a worker; the preview and Apply follow the current text only.
  await box.fill(kubeadm(1200));
  await expect(dialog.getByRole("status")).toContainText("Detected: kubeadm configuration");
  expect(workers).toHaveLength(1);
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog).toBeHidden();
  await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.32.0.0/12");
});

test("a pasted config over 512 KiB is read whole, its last field too", async ({ page }) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByRole("button", { name: "Import config…" }).click();
  const dialog = page.getByRole("dialog", { name: "Import from a cluster's config" });
  // The box used to cut a paste at 512 Ki characters: the podSubnet after the long comment was
  // lost and the rest imported as if whole.
  const text = [
    "apiVersion: kubeadm.k8s.io/v1beta4",
    "kind: ClusterConfiguration",
    `# ${"x".repeat(600_000)}`,
    "networking:",
    "  podSubnet: 10.32.0.0/12",
  ].join("\n");
  await dialog.getByLabel("Configuration text").fill(text);
  await expect(dialog.getByRole("status")).toContainText("Detected: kubeadm configuration");
  await dialog.getByRole("button", { name: "Apply" }).click();
  await expect(dialog).toBeHidden();
  await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.32.0.0/12");
});

test("a chosen file's name is shown with its bidi and zero-width characters escaped", async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByRole("button", { name: "Import config…" }).click();
  const dialog = page.getByRole("dialog", { name: "Import from a cluster's config" });
  await dialog.getByLabel("Add config files").setInputFiles({
    name: "values\u202e\u200blmay.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from("ipam:\n  mode: kubernetes\n"),
  });
  const chosen = dialog.getByRole("list", { name: "Chosen files" });
  await expect(chosen).toContainText("values\\u202e\\u200blmay.yaml");
  await expect(chosen).not.toContainText("\u202e");
  await expect(
    chosen.getByRole("button", { name: "Remove values\\u202e\\u200blmay.yaml" }),
  ).toBeVisible();
});
