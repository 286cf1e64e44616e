import { expect, test } from "@playwright/test";
import { DesignerPage } from "./pages/DesignerPage.ts";

test.describe("editing the design", () => {
  let app: DesignerPage;
  test.beforeEach(async ({ page }) => {
    app = new DesignerPage(page);
    await app.open();
  });

  test("Cilium cluster-pool with pods 10.0.0.0/8 over the Service range is an error", async () => {
    await expect(app.findings.getByText(/^\d+ errors?/)).toHaveCount(0);
    await app.type("ipv4.podCidrs.0", "10.0.0.0/8");
    // Under the controller manager the overlap only withholds node ranges: a warning, not an error.
    await expect(app.finding(/overlaps Service range 10\.96\.0\.0\/12/)).toContainText("Warning");
    // 2^16 /24s in 10.0.0.0/8, minus the 4,096 /24s of 10.96.0.0/12: 61,440 (reference/kubernetes.md 1.4).
    await expect(app.capacityFigure("Usable node ranges")).toHaveText("61,440");
    await expect(app.capacityFigure("Withheld")).toHaveText("4,096");
    await app.select("cni.kind", "Cilium");
    await expect(app.finding(/overlaps Service range 10\.96\.0\.0\/12/)).toContainText("Error");
    await expect(app.page.getByRole("note")).toContainText("--cluster-cidr is ignored");
  });

  test("a new IPAM mode repairs the options it refuses and says so", async () => {
    await app.select("cni.kind", "Calico");
    await app.select("cni.ipam", "host-local");
    await expect(app.page.locator("#field-cni-encapsulation")).toHaveValue("None");
    await expect(
      app.page.getByRole("status").filter({ hasText: "VXLAN with HostLocal" }),
    ).toHaveCount(1);
    await expect(app.findings.getByText(/^\d+ errors?/)).toHaveCount(0);
  });

  test("changing the node mask from /24 to /26 changes the per-node figures", async () => {
    await expect(app.capacityFigure("Pod IPs per node")).toHaveText("253");
    await app.type("ipv4.nodeMask", "26");
    // host-local: 2^(32-26) - 3 = 61 (reference/kubernetes.md 4); 10.244.0.0/16 holds 2^10 /26s.
    await expect(app.capacityFigure("Pod IPs per node")).toHaveText("61");
    await expect(app.capacityFigure("Pods per node")).toHaveText("61");
    await expect(app.capacityFigure("Node ranges")).toHaveText("1,024");
    await expect(app.field("ipv4.nodeMask").locator("..")).toContainText(
      "/26 → 61 pod IPs per node (host-local)",
    );
  });

  test("the slider moves the node mask as one step", async ({ page }) => {
    const slider = page.getByLabel("IPv4 node mask slider");
    await slider.focus();
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect(app.field("ipv4.nodeMask")).toHaveValue("26");
    await expect(app.capacityFigure("Pod IPs per node")).toHaveText("61");
  });

  test("host bits are cleared and said so", async () => {
    await app.type("ipv4.podCidrs.0", "10.244.1.0/16");
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.244.0.0/16");
    await expect(app.page.locator(`[id="field-ipv4-podCidrs-0-note"]`)).toHaveText(
      "normalised to 10.244.0.0/16, as kube-controller-manager does",
    );
  });

  test("garbage in every text field shows an inline error and keeps the last good design", async ({
    page,
  }) => {
    test.setTimeout(300_000);
    // Bring every kind of field on screen: both families, lists with an entry each, Cilium ENI.
    await app.select("ipFamilies", "Dual-stack");
    await page.getByRole("button", { name: "+ Add pool" }).click();
    await page.getByRole("button", { name: /Docker bridge/ }).click();
    await app.select("cni.kind", "Cilium");
    await app.select("cni.ipam", "eni");

    const capacityBefore = (await app.capacity.textContent()) ?? "";
    const summaryBefore = (await app.findings.locator(".findings-summary").textContent()) ?? "";
    const fields = page.getByRole("region", { name: "Design" }).locator('input[type="text"]');
    // The design's own fields (ids field-<path>); the Plan panel's budget fields are not design
    // paths and have their own tests (planForm.test.ts, plan.spec.ts).
    const ids = (await fields.evaluateAll((els) => els.map((e) => e.id))).filter((id) =>
      id.startsWith("field-"),
    );
    // Every kind of text field is on screen. Cilium ENI serves IPv4 only, so choosing it leaves
    // dual-stack for IPv4 (the IPv6 node network stays): the IPv6 CIDR path is the node network's.
    for (const kind of [
      "field-name",
      "field-ipv4-podCidrs-0",
      "field-ipv4-nodeMask",
      "field-ipv4-serviceCidr",
      "field-nodePortRange",
      "field-clusterDomain",
      "field-nodes-networks-1-cidr",
      "field-nodes-count",
      "field-loadBalancer-pools-0-range",
      "field-externalRanges-0-cidr",
    ])
      expect(ids, kind).toContain(kind);

    for (const id of ids) {
      const path = id.replace(/^field-/, "").replaceAll("-", ".");
      const input = page.locator(`[id="${id}"]`);
      const good = await input.inputValue();
      await input.fill("?? garbage ??");
      // Leaving the field shows its error at once (the pause before an error shows while typing
      // is editing-loop's test).
      await input.blur();
      await expect(input, id).toHaveAttribute("aria-invalid", "true");
      await expect(app.fieldError(path), id).toBeVisible();
      await expect(input).toHaveAccessibleDescription(/.+/);
      await expect(input, `${id} keeps the draft`).toHaveValue("?? garbage ??");
      await expect(app.capacity).toHaveText(capacityBefore);
      // The findings are those of the last applied design, led by the field that is not applied.
      await expect(app.findings.locator(".unapplied")).toContainText("1 field is not applied");
      await expect(app.findings.locator(".findings-summary")).toHaveText(summaryBefore);
      // Typing the good value back clears the error.
      await input.fill(good);
      await expect(input).not.toHaveAttribute("aria-invalid", "true");
      await expect(app.findings.locator(".unapplied")).toHaveCount(0);
    }
    await expect(app.capacity).toHaveText(capacityBefore);
  });

  test("a change from elsewhere (undo) replaces what the field shows, even while it has focus", async ({
    page,
  }) => {
    const pods = app.field("ipv4.podCidrs.0");
    await pods.fill("10.50.0.0/16");
    await expect(app.capacityFigure("Node ranges")).toHaveText("256");
    await pods.press("ControlOrMeta+z");
    await expect(pods).toBeFocused();
    await expect(pods).toHaveValue("10.244.0.0/16");
    // An invalid draft is dropped too when its field's stored value moves on.
    await app.type("ipv4.podCidrs.0", "zzz");
    await expect(pods).toHaveValue("zzz");
    await expect(app.fieldError("ipv4.podCidrs.0")).toBeVisible();
    await page.getByRole("button", { name: /Redo/ }).click();
    await expect(pods).toHaveValue("10.50.0.0/16");
    await expect(app.fieldError("ipv4.podCidrs.0")).toHaveCount(0);
  });

  test("clicking a finding opens the panel and focuses its field", async ({ page }) => {
    await app.loadPreset("Cilium defaults");
    await page.locator("#panel-ipv4-pods > summary").click();
    await expect(app.field("ipv4.podCidrs.0")).toBeHidden();
    await app.finding(/overlaps Service range/).click();
    await expect(app.field("ipv4.podCidrs.0")).toBeVisible();
    await expect(app.field("ipv4.podCidrs.0")).toBeFocused();
  });

  test("a finding is reachable and activatable by keyboard", async ({ page }) => {
    await app.loadPreset("Cilium defaults");
    const finding = app.finding(/overlaps Service range/);
    await finding.focus();
    await page.keyboard.press("Enter");
    await expect(app.field("ipv4.podCidrs.0")).toBeFocused();
  });

  test("dual-stack shows both families and keeps the IPv4 plan", async ({ page }) => {
    await app.type("ipv4.podCidrs.0", "10.50.0.0/16");
    await app.select("ipFamilies", "Dual-stack");
    await expect(page.getByRole("heading", { name: "IPv6 pods" })).toBeVisible();
    await expect(app.field("ipv6.podCidrs.0")).toHaveValue("fd00:10:244::/56");
    await expect(app.field("ipv4.podCidrs.0")).toHaveValue("10.50.0.0/16");
    await expect(app.capacity.getByRole("heading", { name: "IPv6" })).toBeVisible();
    await app.select("ipFamilies", "IPv4");
    await app.select("ipFamilies", "Dual-stack");
    await expect(app.field("ipv6.podCidrs.0")).toHaveValue("fd00:10:244::/56");
  });
});
