import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { parsePlanFile } from "../core/codec/planFile.ts";
import { runCli } from "./main.ts";
import { memoryIo } from "../../test/cli/testIo.ts";

/** The three ClusterMesh clusters `propose --clusters 3` wrote (a kept fixture). */
const PLAN = readFileSync(
  path.resolve(
    path.dirname(fileURLToPath(import.meta.url)),
    "../../e2e/fixtures/plan-links/clustermesh-three.json",
  ),
  "utf8",
);

/** The same plan with cluster-3's pod range moved onto cluster-1's. */
const CLASHING = PLAN.replace(/("podCidrs": \[\s*)"10\.41\.0\.0\/17"/, '$1"10.40.0.0/17"');

async function run(argv: string[], files: Record<string, string> = { "plan.json": PLAN }) {
  const io = memoryIo(files, "");
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("plan files in the CLI", () => {
  it("the fixture has the pod range the clash test moves", () => {
    expect(CLASHING).not.toBe(PLAN);
  });

  it("validate reports each cluster of a clean plan, exit 0", async () => {
    const { code, out } = await run(["validate", "plan.json"]);
    expect(code).toBe(0);
    expect(out).toContain("Plan of 3 clusters (routing to each other)");
    for (const name of ["cluster-1", "cluster-2", "cluster-3"])
      expect(out).toContain(`Cluster "${name}"`);
  });

  it("validate finds the clash under the later cluster, exit 1, and --json names each cluster", async () => {
    const human = await run(["validate", "plan.json"], { "plan.json": CLASHING });
    expect(human.code).toBe(1);
    expect(human.out).toContain(
      'Cluster "cluster-3": pod range 10.40.0.0/17 overlaps pod range 10.40.0.0/17 of cluster "cluster-1"',
    );
    const json = await run(["validate", "plan.json", "--json"], { "plan.json": CLASHING });
    const report = JSON.parse(json.out) as {
      routing: string;
      clusters: { cluster: string; findings: { rule: string }[] }[];
    };
    expect(report.routing).toBe("connected");
    expect(report.clusters.map((c) => c.cluster)).toEqual(["cluster-1", "cluster-2", "cluster-3"]);
    expect(report.clusters[2]!.findings.map((f) => f.rule)).toContain("plan-pod-ranges-distinct");
    expect(report.clusters[0]!.findings.map((f) => f.rule)).not.toContain(
      "plan-pod-ranges-distinct",
    );
  });

  it("validate --cluster --apply-fix prints the whole plan with the clash moved away", async () => {
    const listed = await run(["validate", "plan.json", "--cluster", "cluster-3", "--json"], {
      "plan.json": CLASHING,
    });
    const findings = (JSON.parse(listed.out) as { findings: { rule: string }[] }).findings;
    const n = findings.findIndex((f) => f.rule === "plan-pod-ranges-distinct") + 1;
    expect(n).toBeGreaterThan(0);
    const fixed = await run(
      ["validate", "plan.json", "--cluster", "cluster-3", "--apply-fix", String(n)],
      {
        "plan.json": CLASHING,
      },
    );
    expect(fixed.code).toBe(0);
    const plan = parsePlanFile(fixed.out);
    expect(plan.ok && plan.value.plan.clusters.length).toBe(3);
    const again = await run(["validate", "plan.json"], { "plan.json": fixed.out });
    expect(again.code).toBe(0);
    expect((await run(["validate", "plan.json", "--apply-fix", "1"])).err).toContain(
      "--apply-fix needs --cluster NAME",
    );
  });

  it("export takes --cluster NAME; Cilium values carry cluster.name and cluster.id", async () => {
    const { code, out } = await run([
      "export",
      "plan.json",
      "--cluster",
      "cluster-2",
      "--target",
      "cilium-values",
    ]);
    expect(code).toBe(0);
    expect((parse(out) as { cluster: unknown }).cluster).toEqual({ name: "cluster-2", id: 2 });
    const missing = await run(["export", "plan.json", "--target", "cilium-values"]);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain(
      "the plan has 3 clusters (cluster-1, cluster-2, cluster-3); pick one with --cluster NAME",
    );
    const unknown = await run([
      "export",
      "plan.json",
      "--cluster",
      "east",
      "--target",
      "cilium-values",
    ]);
    expect(unknown.err).toContain('--cluster: no cluster is named "east"');
    const flags = await run(["validate", "plan.json", "--nodes", "5"]);
    expect(flags.err).toContain("design flags change one cluster");
  });

  it("link prints a d2 link of the plan", async () => {
    const { code, out } = await run(["link", "plan.json"]);
    expect(code).toBe(0);
    expect(out.trim()).toBe(
      `http://127.0.0.1:5173/#${readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../e2e/fixtures/plan-links/clustermesh-three.txt"), "utf8").trim()}`,
    );
  });
});
