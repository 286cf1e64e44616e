import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { decodePlanLink } from "../src/core/codec/planLink.ts";
import { DesignerPage } from "./pages/DesignerPage.ts";

const FIXTURES = path.resolve(import.meta.dirname, "fixtures/plan-links");
/** Three ClusterMesh clusters (`propose --clusters 3 --cni cilium`), a kept d2 link. */
const THREE = readFileSync(path.join(FIXTURES, "clustermesh-three.txt"), "utf8").trim();

test("a three-cluster plan survives a link round trip; findings and exports read per cluster", async ({
  page,
}) => {
  test.setTimeout(60_000);
  const app = new DesignerPage(page);
  await app.open();
  await page.goto(`/#${THREE}`);
  await page.reload();
  const clusters = page.locator("#panel-clusters");
  await expect(clusters.getByRole("heading", { name: "Clusters (3)" })).toBeVisible({
    timeout: 15_000,
  });
  await expect(app.field("name")).toHaveValue("cluster-1");
  await expect(clusters.getByRole("status")).toHaveText("No clashes between the clusters.");
  await page.evaluate(() => window.dispatchEvent(new Event("want-exports")));

  // The export panel's picker shows cluster-2's Cilium values, with its ClusterMesh identity.
  await page.getByLabel("Exports of cluster").selectOption({ label: "cluster-2" });
  await expect(app.field("name")).toHaveValue("cluster-2");
  await page.getByRole("tab", { name: "Cilium Helm values" }).click();
  const values = page.locator("#export-tabpanel");
  await expect(values).toContainText("name: cluster-2");
  await expect(values).toContainText("id: 2");

  // Move cluster-2's pods onto cluster-1's: a clash named under cluster-2, with a fix.
  await app.type("ipv4.podCidrs.0", "10.40.0.0/17");
  const clash = clusters.locator('[data-rule="plan-pod-ranges-distinct"]');
  await expect(clash).toContainText('Cluster "cluster-2": pod range 10.40.0.0/17 overlaps');
  await clash.getByRole("button", { name: /^Apply to cluster-2/ }).click();
  await expect(clusters.getByRole("status")).toHaveText("No clashes between the clusters.");

  // Duplicate: a fourth cluster, then the share link (d2) opens the same plan in a fresh page.
  await clusters.getByRole("button", { name: "Duplicate" }).click();
  await expect(clusters.getByRole("heading", { name: "Clusters (4)" })).toBeVisible();
  await expect(app.field("name")).toHaveValue("cluster-4");
  // The three-cluster link is a d2 link too, and the fix's own link may land after it was read:
  // wait for the link to hold four clusters.
  await expect
    .poll(() => {
      const opened = decodePlanLink(new URL(page.url()).hash);
      return opened.ok ? opened.value.plan.clusters.length : 0;
    })
    .toBe(4);
  const link = page.url();
  const names = await clusters.locator(".cluster-item strong").allTextContents();
  const fresh = await page.context().newPage();
  await fresh.goto(link);
  const again = fresh.locator("#panel-clusters");
  await expect(again.getByRole("heading", { name: "Clusters (4)" })).toBeVisible({
    timeout: 15_000,
  });
  expect(await again.locator(".cluster-item strong").allTextContents()).toEqual(names);
  await expect(again.getByRole("status")).toHaveText("No clashes between the clusters.");
});

test("the map draws every cluster; a clash across clusters is fixed from the Findings column", async ({
  page,
}) => {
  const app = new DesignerPage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`/#${THREE}`);
  await expect(app.field("name")).toHaveValue("cluster-1", { timeout: 15_000 });
  const map = page.locator('.tm-map[data-family="ipv4"]');
  // cluster-2's pod range is on the map (an option naming its cluster) and in the table.
  await expect(
    map.getByRole("option", { name: /^Cluster cluster-2: Pod range 10\.40\.128\.0\/17/ }),
  ).toHaveCount(1);
  const table = page.locator("#ranges-ipv4");
  await expect(table.getByRole("columnheader", { name: "Cluster" })).toBeVisible();

  // cluster-1's pods onto cluster-2's: the overlap is on the map, the clash in the Findings.
  await app.type("ipv4.podCidrs.0", "10.40.128.0/18");
  await expect(
    map.getByRole("option", { name: /^Overlap 10\.40\.128\.0\/18 .*of cluster cluster-2/ }),
  ).toHaveCount(1);
  const clash = app.findings.locator("li", {
    has: page.locator('[data-rule="plan-pod-ranges-distinct"]'),
  });
  await expect(clash).toContainText("Cluster cluster-2, with cluster-1");
  await clash
    .getByRole("button", { name: /^Apply to cluster-2:/ })
    .first()
    .click();
  await expect(app.findings.locator('[data-rule="plan-pod-ranges-distinct"]')).toHaveCount(0);
  await expect(app.field("name")).toHaveValue("cluster-2");

  // A range of another cluster, selected from the table, shows that cluster.
  await table
    .getByRole("button", { name: /^Show Pod range 10\.40\.128\.0\/18 of cluster cluster-1/ })
    .click();
  await page.getByRole("button", { name: "Show cluster cluster-1" }).click();
  await expect(app.field("name")).toHaveValue("cluster-1");
});
