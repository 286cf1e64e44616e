import { expect, test } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

const KUBEADM = [
  "apiVersion: kubeadm.k8s.io/v1beta3",
  "kind: ClusterConfiguration",
  "clusterName: prod-eu",
  "networking:",
  "  podSubnet: 10.200.0.0/16",
  "  serviceSubnet: 10.112.0.0/16",
].join("\n");

const CILIUM = [
  "ipam:",
  "  mode: cluster-pool",
  "  operator:",
  '    clusterPoolIPv4PodCIDRList: ["10.64.0.0/14"]',
].join("\n");

test("kubeadm + Cilium values merge into one design, with the provenance shown", async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await app.open();
  await page.getByRole("button", { name: "Import config…" }).click();
  const dialog = page.getByRole("dialog", { name: "Import from a cluster's config" });
  await dialog.getByLabel("Configuration text").fill(KUBEADM);
  await dialog.getByLabel("Config files").setInputFiles({
    name: "values.yaml",
    mimeType: "text/yaml",
    buffer: Buffer.from(CILIUM),
  });

  // Both files declare a pod range: the user is told, with both values and files, and chooses.
  const status = dialog.getByRole("status");
  await expect(status).toContainText("The files disagree on 1 field");
  const pods = dialog.getByRole("group", { name: /IPv4 pod ranges/ });
  await expect(pods).toContainText('"10.200.0.0/16" in pasted text (networking.podSubnet)');
  const apply = dialog.getByRole("button", { name: "Apply" });
  await expect(apply).toBeDisabled();
  await pods.getByRole("radio", { name: /10\.64\.0\.0\/14.*values\.yaml/ }).check();

  // The preview says what changes and where each new value comes from.
  await expect(status).toContainText(
    "IPv4 Service range: 10.96.0.0/12 → 10.112.0.0/16 (from pasted text)",
  );
  await expect(status).toContainText(
    "IPv4 pod ranges: 10.244.0.0/16 → 10.64.0.0/14 (from values.yaml)",
  );
  await apply.click();
  await expect(dialog).toBeHidden();

  await expect(app.field("name")).toHaveValue("prod-eu");
  await expect(app.field("ipv4.serviceCidr")).toHaveValue("10.112.0.0/16");
  await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.64.0.0/14");
  await expect(page.getByText("IPv4 pod ranges: from values.yaml")).toBeVisible();
  await expect(page.getByText("IPv4 Service range: from pasted text")).toBeVisible();

  // Node networks: in neither file, so marked in words until confirmed.
  const marker = page.getByRole("listitem").filter({ hasText: "Node networks: placeholder" });
  await expect(marker).toContainText("not in pasted text or values.yaml");
  await marker.getByRole("button", { name: "keep this value" }).focus();
  await page.keyboard.press("Enter");
  await expect(marker).toHaveCount(0);
});
