import { describe, expect, it } from "vitest";
import { parseDesignFile } from "../core/codec/designFile.ts";
import { runCli } from "./main.ts";
import { memoryIo } from "../../test/cli/testIo.ts";

async function run(argv: string[]) {
  const io = memoryIo({}, "");
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

/** The case: 500 nodes, Cilium cluster-pool, the default /16 pod range at /24 per node. */
const CASE = ["validate", "--cni", "cilium", "--nodes", "500"];

describe("validate: fixes", () => {
  it("--json findings carry the solver's fixes", async () => {
    const { code, out } = await run([...CASE, "--json"]);
    expect(code).toBe(1);
    const finding = JSON.parse(out).findings[0];
    expect(finding.rule).toBe("capacity-nodes");
    expect(finding.fixes).toEqual([
      {
        summary: "pods 10.244.0.0/14 → 1,024 node ranges, fits 600",
        changes: { "ipv4.podCidrs.0": "10.244.0.0/14" },
      },
      {
        summary: "node mask /25 → 512 nodes of 110 pods, still short of 600",
        changes: { "ipv4.nodeMask": 25 },
      },
    ]);
    expect(JSON.parse(out).findings.at(-1).fixes).toEqual([]);
  });

  it("the human report says which --apply-fix applies each fix", async () => {
    const { out } = await run(CASE);
    expect(out).toContain(
      "      apply with --apply-fix 1: pods 10.244.0.0/14 → 1,024 node ranges, fits 600\n",
    );
    expect(out).toContain("      apply with --apply-fix 1.2: node mask /25 → 512 nodes");
  });

  it("--apply-fix N prints the design with the first fix applied; exit 0 when clean", async () => {
    const { code, out, err } = await run([...CASE, "--apply-fix", "1"]);
    expect(err).toBe("applied: pods 10.244.0.0/14 → 1,024 node ranges, fits 600\n");
    expect(code).toBe(0);
    const design = parseDesignFile(out);
    expect(design.ok && design.value.design.ipv4?.podCidrs).toEqual(["10.244.0.0/14"]);
  });

  it("--apply-fix N.K applies fix K; a result that still has an error exits 1", async () => {
    // /25 gives 512 ranges: the planned 500 fit, 600 with headroom do not (a warning).
    const { code, out } = await run([...CASE, "--apply-fix", "1.2"]);
    expect(code).toBe(0);
    const design = parseDesignFile(out);
    expect(design.ok && design.value.design.ipv4?.nodeMask).toBe(25);
    // Pods 10.0.0.0/16 overlap the node network and are too small: moving them fixes the
    // overlap (finding 1), the capacity error stays.
    const still = await run([...CASE, "--pod-cidr", "10.0.0.0/16", "--apply-fix", "1"]);
    expect(still.err).toMatch(/^applied: move the IPv4 pod range to 10\.1\.0\.0\/16/);
    expect(still.err).toMatch(/1 error remains; run validate on the result\n$/);
    expect(still.code).toBe(1);
  });

  it("refuses a finding or fix that does not exist, and --json with --apply-fix (exit 2)", async () => {
    expect((await run([...CASE, "--apply-fix", "9"])).err).toMatch(
      /--apply-fix 9: the design has 2 findings\n$/,
    );
    expect((await run([...CASE, "--apply-fix", "2"])).err).toMatch(
      /finding 2 \[cilium-ipam-immutable\] has no fix to apply/,
    );
    expect((await run([...CASE, "--apply-fix", "1.3"])).err).toMatch(/has 2 fixes/);
    const bad = await run([...CASE, "--apply-fix", "x"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--apply-fix: "x" is not a finding number/);
    expect((await run([...CASE, "--apply-fix", "1", "--json"])).err).toMatch(
      /give either --json or --apply-fix, not both/,
    );
  });
});
