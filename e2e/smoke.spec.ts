import { expect, test } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

test("the app loads with panels, findings and capacity, without console errors", async ({
  page,
}) => {
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  const app = new DesignerPage(page);
  await app.open();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("k8s-subnet-designer");
  await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.244.0.0/16");
  await expect(app.findings).toBeVisible();
  // kubeadm defaults: /16 pods, /24 per node -> 256 node ranges, 253 host-local pod IPs (reference/kubernetes.md 4, 9).
  await expect(app.capacityFigure("Pod IPs per node")).toHaveText("253");
  await expect(page.getByRole("region", { name: "Address map" })).toBeVisible();
  await expect(page.locator('[data-slot="toolbar"]')).toHaveCount(1);
  expect(errors).toEqual([]);
});
