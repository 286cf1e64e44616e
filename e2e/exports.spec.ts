import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { axeCheck } from "./pages/axe.ts";
import { DesignerPage } from "./pages/DesignerPage.ts";

/** The export panel's parts, by role and name as a user (or screen reader) finds them. */
const panel = (page: Page) => page.getByRole("region", { name: "Exports" });
const tabs = (page: Page) => panel(page).getByRole("tablist").getByRole("tab");
const tab = (page: Page, name: string) => panel(page).getByRole("tab", { name, exact: true });
const code = (page: Page, filename: string) =>
  panel(page).getByRole("region", { name: `${filename} contents` });

/** Files of the generic (kube-controller-manager + host-local) mode, by target. */
const GENERIC_TABS = [
  "kubeadm configuration",
  "kube-controller-manager flags",
  "kube-apiserver flags",
  "kubelet configuration",
  "kube-proxy configuration",
  "k3s config.yaml",
  "RKE2 config.yaml",
  "kind cluster",
  "Talos patch",
];

test.describe("export panel", () => {
  let app: DesignerPage;
  test.beforeEach(async ({ page }) => {
    app = new DesignerPage(page);
    await app.open();
  });

  test("switching the CNI mode changes the targets and their contents", async ({ page }) => {
    await expect(tabs(page)).toHaveText(GENERIC_TABS);
    await expect(code(page, "kubeadm-config.yaml")).toContainText("podSubnet: 10.244.0.0/16");

    await app.select("cni.kind", "Cilium");
    // Cilium cluster-pool allocates node ranges itself: no controller-manager flags, Helm values first.
    await expect(tabs(page).first()).toHaveText("Cilium Helm values");
    await expect(tab(page, "kube-controller-manager flags")).toHaveCount(0);
    await expect(tab(page, "Cilium Helm values")).toHaveAttribute("aria-selected", "true");
    const values = code(page, "cilium-values.yaml");
    await expect(values).toContainText("mode: cluster-pool");
    await expect(values).toContainText("clusterPoolIPv4PodCIDRList:");
    await expect(values).toContainText("- 10.244.0.0/16");
    await expect(values).toContainText("clusterPoolIPv4MaskSize: 24");

    // Kubernetes host-scope IPAM: the node ranges come from node.spec.podCIDR (reference/cni.md).
    await page.getByLabel("IPAM mode (ipam.mode)").selectOption("kubernetes");
    await expect(values).toContainText("mode: kubernetes");
    await expect(values).not.toContainText("clusterPoolIPv4PodCIDRList");
    await expect(tab(page, "kube-controller-manager flags")).toHaveCount(1);

    await app.select("cni.kind", "Calico");
    await expect(tab(page, "Cilium Helm values")).toHaveCount(0);
    await expect(tabs(page).first()).toContainText("Calico");
    await expect(panel(page).getByRole("tabpanel")).toContainText("10.244.0.0/16");
  });

  test("the open target follows the design as it is edited", async ({ page }) => {
    await tab(page, "kube-apiserver flags").click();
    await app.type("ipv4.serviceCidr", "10.100.0.0/16");
    await expect(code(page, "kube-apiserver.flags")).toContainText(
      "--service-cluster-ip-range=10.100.0.0/16",
    );
  });

  test("tabs work from the keyboard and only the open target is rendered", async ({ page }) => {
    await tab(page, "kubeadm configuration").focus();
    await page.keyboard.press("ArrowDown");
    await expect(tab(page, "kube-controller-manager flags")).toBeFocused();
    await expect(tab(page, "kube-controller-manager flags")).toHaveAttribute(
      "aria-selected",
      "true",
    );
    await page.keyboard.press("End");
    await expect(tab(page, "Talos patch")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    await expect(tab(page, "kubeadm configuration")).toBeFocused();
    await expect(panel(page).locator(".code-view")).toHaveCount(1);
  });

  test("Copy puts the exact file on the clipboard and says so", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await tab(page, "kube-apiserver flags").click();
    await panel(page).getByRole("button", { name: "Copy kube-apiserver.flags" }).click();
    await expect(page.locator(".status-line")).toContainText(
      "Copied kube-apiserver.flags to the clipboard.",
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The default design: Service range 10.96.0.0/12 and NodePorts 30000-32767 (kube-apiserver's defaults).
    expect(copied.split("\n")).toEqual(
      expect.arrayContaining([
        "--service-cluster-ip-range=10.96.0.0/12",
        "--service-node-port-range=30000-32767",
      ]),
    );
    expect(copied).toBe(await code(page, "kube-apiserver.flags").textContent());
  });

  test("Download saves the file as shown", async ({ page }) => {
    await tab(page, "kubelet configuration").click();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel(page).getByRole("button", { name: "Download kubelet-config.yaml" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("kubelet-config.yaml");
    const text = await readFile(await download.path(), "utf8");
    expect(text).toContain("kind: KubeletConfiguration");
    expect(text).toContain("maxPods: 110");
    // clusterDNS is the 10th address of the Service range 10.96.0.0/12.
    expect(text).toContain("10.96.0.10");
    expect(text).toBe(await code(page, "kubelet-config.yaml").textContent());
  });

  test("Download all gives a valid zip with every target's files", async ({ page }) => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      panel(page).getByRole("button", { name: "Download all (.zip)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("my-cluster-exports.zip");
    const zip = unzipSync(new Uint8Array(await readFile(await download.path())));
    expect(Object.keys(zip).sort()).toEqual(
      [
        "README.txt",
        "k3s-config.yaml",
        "kind-cluster.yaml",
        "kube-apiserver.flags",
        "kube-controller-manager.flags",
        "kube-proxy-config.yaml",
        "kubeadm-config.yaml",
        "kubelet-config.yaml",
        "rke2-config.yaml",
        "talos-patch.yaml",
      ].sort(),
    );
    await tab(page, "kube-controller-manager flags").click();
    expect(strFromU8(zip["kube-controller-manager.flags"] ?? new Uint8Array())).toBe(
      await code(page, "kube-controller-manager.flags").textContent(),
    );
    expect(strFromU8(zip["kube-controller-manager.flags"] ?? new Uint8Array())).toContain(
      "--cluster-cidr=10.244.0.0/16",
    );
  });

  test("a design with errors still exports, under a banner naming them", async ({ page }) => {
    await app.select("cni.kind", "Cilium");
    await app.type("ipv4.podCidrs.0", "10.0.0.0/8");
    const banner = panel(page).locator(".export-banner");
    await expect(banner).toContainText(/This design has (an error|\d+ errors)/);
    await expect(banner).toContainText("overlaps Service range 10.96.0.0/12");
    await expect(code(page, "cilium-values.yaml")).toContainText("- 10.0.0.0/8");
    await banner
      .getByRole("button", { name: /overlaps Service range/ })
      .first()
      .click();
    await expect(app.field("ipv4.podCidrs.0")).toBeFocused();
  });

  for (const theme of ["Light", "Dark"] as const) {
    test(`the export panel passes axe in the ${theme.toLowerCase()} theme`, async ({ page }) => {
      await app.setTheme(theme);
      await app.select("cni.kind", "Cilium");
      await app.type("ipv4.podCidrs.0", "10.0.0.0/8");
      await panel(page).scrollIntoViewIfNeeded();
      const result = await axeCheck(page).include(".app-exports").analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    });
  }
});

test.describe("exports their tool would refuse", () => {
  test("kubeadm's refusal is named on the tab, above the file and in it", async ({ page }) => {
    test.setTimeout(120_000); // two axe runs on a shared machine
    const app = new DesignerPage(page);
    await app.open();
    // kubeadm ValidatePodSubnetNodeMask: a /25 pod subnet is smaller than a /24 node subnet.
    await app.type("ipv4.podCidrs.0", "10.244.0.0/25");
    const kubeadm = tab(page, "kubeadm configuration (refused)");
    await expect(kubeadm).toHaveCount(1);
    await kubeadm.click();
    const note = panel(page).getByRole("note", { name: "kubeadm refuses" });
    await expect(note).toContainText(
      "the size of pod subnet with mask 25 is smaller than the size of node subnet with mask 24",
    );
    await expect(code(page, "kubeadm-config.yaml")).toContainText("# REFUSED by kubeadm:");
    for (const theme of ["Light", "Dark"] as const) {
      await app.setTheme(theme);
      const result = await axeCheck(page).include(".app-exports").analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    }
  });
});
