import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { axeCheck } from "./pages/axe.ts";
import { DesignerPage } from "./pages/DesignerPage.ts";

const DESCRIBE_SUBNETS = readFileSync(
  path.resolve(import.meta.dirname, "../test/importers/fixtures/aws-describe-subnets.json"),
  "utf8",
);

const exportsPanel = (page: Page) => page.getByRole("region", { name: "Exports" });
const exportTab = (page: Page, name: string) =>
  exportsPanel(page).getByRole("tab", { name, exact: true });
const code = (page: Page, filename: string) =>
  exportsPanel(page).getByRole("region", { name: `${filename} contents` });

test.describe("managed clouds: EKS", () => {
  let app: DesignerPage;
  test.beforeEach(async ({ page }) => {
    app = new DesignerPage(page);
    await app.open();
  });

  test("pick EKS, an instance type and a subnet per zone; see nodes per subnet, fragmentation, exports", async ({
    page,
  }) => {
    await app.select("cni.kind", "Amazon VPC CNI (EKS)");
    // The platform's defaults come with the choice (EKS Service range, max pods of an m5.large).
    await expect(app.field("ipv4.serviceCidr")).toHaveValue("172.20.0.0/16");

    // The instance type is a combobox over the ENI table; an unknown type is refused inline.
    const type = app.field("cni.instanceType");
    await expect(type).toHaveAttribute("list", "eni-instance-types");
    await app.type("cni.instanceType", "m5.huge");
    await expect(app.fieldError("cni.instanceType")).toContainText("not an instance type");
    await app.type("cni.instanceType", "c5.large");
    await expect(app.fieldError("cni.instanceType")).toHaveCount(0);
    await expect(page.locator("#field-cni-instanceType-hint")).toContainText("3 ENIs × 10 IPv4");

    // One node subnet per availability zone.
    await page.getByRole("button", { name: "Add zone" }).click();
    await app.type("cni.zones.0.zone", "eu-west-1a");
    await app.select("cni.zones.0.network", "nodes");

    // Prefix delegation on a /22 for 60 nodes: nodes per subnet, and the /28 fragmentation warning.
    await app.select("cni.ipam", "prefix delegation (/28)");
    // The switch sizes the subnet for the nodes; put it back to a /22 to see the shortage.
    await expect(app.field("nodes.networks.0.cidr")).not.toHaveValue("10.0.0.0/22");
    await app.type("nodes.networks.0.cidr", "10.0.0.0/22");
    const table = app.capacity.getByRole("table", { name: /nodes per subnet/ });
    const row = table.getByRole("row", { name: /nodes 10\.0\.0\.0\/22/ });
    await expect(row).toContainText("eu-west-1a");
    await expect(row).toContainText("1,019 usable");
    await expect(app.capacity.getByRole("note").filter({ hasText: "Fragmentation" })).toContainText(
      "62 whole /28 prefixes",
    );
    await expect(app.finding(/carries \d+ nodes, fewer than the 60/)).toBeVisible();
    // Pods take VPC subnet addresses: no node range is cut, so no "Node ranges 0" row is shown.
    await expect(app.capacity.getByText("Pod IPs per node", { exact: true })).toBeVisible();
    await expect(app.capacity.getByText("Node ranges", { exact: true })).toHaveCount(0);

    // The EKS exports: eksctl and Terraform, with the zone's subnet and the instance type.
    await exportTab(page, "EKS (eksctl ClusterConfig)").click();
    const cluster = code(page, "cluster.yaml");
    await expect(cluster).toContainText("az: eu-west-1a");
    await expect(cluster).toContainText("instanceType: c5.large");
    await expect(cluster).toContainText('"ENABLE_PREFIX_DELEGATION":"true"');
    await exportTab(page, "Terraform: EKS (aws_eks_cluster, subnets)").click();
    const tf = code(page, "eks.tf");
    await expect(tf).toContainText('resource "aws_eks_cluster" "this"');
    await expect(tf).toContainText('service_ipv4_cidr = "172.20.0.0/16"');
    await expect(exportTab(page, "kubeadm configuration")).toHaveCount(0);
  });

  test("import aws ec2 describe-subnets: subnets become node networks with their zones", async ({
    page,
  }) => {
    await page.getByRole("button", { name: "Import config…" }).click();
    const dialog = page.getByRole("dialog", { name: "Import from a cluster's config" });
    await dialog.getByLabel("Configuration text").fill(DESCRIBE_SUBNETS);
    await expect(dialog.getByRole("status")).toContainText("Detected: AWS subnets");
    await dialog.getByRole("button", { name: "Apply" }).click();
    await expect(dialog).toBeHidden();
    await expect(app.field("cni.kind")).toHaveValue("aws-vpc");
    await expect(app.field("nodes.networks.0.name")).toHaveValue("private-a");
    await expect(app.field("nodes.networks.1.cidr")).toHaveValue("10.0.32.0/19");
    await expect(app.field("cni.zones.2.zone")).toHaveValue("eu-west-1c");
    const table = app.capacity.getByRole("table", { name: /nodes per subnet/ });
    await expect(table.getByRole("row", { name: /private-b/ })).toContainText("eu-west-1b");
  });
});

test.describe("cloud panels at every size and theme", () => {
  // Six looks, each platform at two of them: every size and theme is seen, and each platform's
  // panels meet axe in light and dark. One page per platform: the viewport (a 200% zoom lays out
  // as 720x450) and the theme change in place.
  const platforms = [
    ["EKS (VPC CNI, prefix", "cni.instanceType", ["1440", "Light"], ["390", "Dark"]],
    ["GKE Standard", "cni.mode", ["390", "Dark"], ["zoom200", "Dark"]],
    ["AKS Azure CNI (pod subnet)", "cni.podNetwork", ["zoom200", "Light"], ["1440", "Dark"]],
  ] as const;
  const sizes = {
    "1440": { width: 1440, height: 900 },
    "390": { width: 390, height: 844 },
    zoom200: { width: 720, height: 450 },
  } as const;
  for (const [preset, field, ...looks] of platforms) {
    const platform = preset.split(" ")[0] ?? preset;
    const named = looks.map(([size, theme]) => `${size} ${theme.toLowerCase()}`).join(" and ");
    test(`${platform} panels at ${named} pass axe`, async ({ page }) => {
      test.setTimeout(120_000);
      const shot = new DesignerPage(page);
      await shot.open();
      await shot.loadPreset(preset);
      await expect(shot.field(field)).toBeVisible();
      for (const [size, theme] of looks) {
        await page.setViewportSize(sizes[size]);
        await shot.setTheme(theme);
        await expect(page.locator("html")).toHaveAttribute("data-theme", theme.toLowerCase());
        await shot.capacity.scrollIntoViewIfNeeded();
        const result = await axeCheck(page).include("#panel-cni").include(".capacity").analyze();
        expect(result.violations.map((v) => `${size} ${theme} ${v.id}: ${v.help}`)).toEqual([]);
      }
    });
  }
});
