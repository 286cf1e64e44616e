import { describe, expect, it } from "vitest";
import { parseDesignFile } from "../core/codec/designFile.ts";
import { runCli } from "./main.ts";
import { memoryIo } from "../../test/cli/testIo.ts";

async function run(argv: string[]) {
  const io = memoryIo({}, "");
  const code = await runCli(["propose", ...argv], io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe("propose", () => {
  it("prints a design file that validates clean, with the reason for each size on stderr", async () => {
    const { code, out, err } = await run([
      "--budget",
      "10.40.0.0/14",
      "--nodes",
      "300",
      "--lb",
      "20",
    ]);
    expect(code).toBe(0);
    const design = parseDesignFile(out);
    expect(design.ok && design.value.design.ipv4).toEqual({
      podCidrs: ["10.40.0.0/16"],
      nodeMask: 25,
      serviceCidr: "10.41.0.0/22",
    });
    expect(err).toContain("note: pods 10.40.0.0/16: /16: 300 nodes");
    const check = memoryIo({ "d.json": out }, "");
    expect(await runCli(["validate", "d.json", "--json"], check)).toBe(0);
  });

  it("300 nodes of 110 pods at /24 per node do not fit 10.40.0.0/16: exit 1, by how much, what to relax", async () => {
    const { code, out, err } = await run([
      "--budget",
      "10.40.0.0/16",
      "--nodes",
      "300",
      "--cni",
      "generic",
      "--max-nodes",
      "300",
    ]);
    // The solver picks /25 per node for 110 pods: 300 nodes need a /16 and the rest does not fit.
    expect(out).toBe("");
    expect(code).toBe(1);
    expect(err).toMatch(/^k8s-subnet-designer propose: nothing fits\.\n/);
  });

  it("a /21 Calico pool with /26 blocks holds 16 nodes at 110 pods (two blocks each)", async () => {
    const { code, err } = await run([
      "--budget",
      "10.0.0.0/21",
      "--nodes",
      "40",
      "--cni",
      "calico",
    ]);
    expect(code).toBe(1);
    expect(err).toContain("a /21 holds 16 nodes at /26 per node");
    expect(err).toContain("add a budget block of a /19 or larger");
  });

  it("three ClusterMesh clusters in 10.40.0.0/14: a JSON array, distinct pod ranges", async () => {
    const { code, out } = await run([
      "--budget",
      "10.40.0.0/14",
      "--nodes",
      "100",
      "--max-nodes",
      "200",
      "--surge",
      "5",
      "--clusters",
      "3",
      "--cni",
      "cilium",
    ]);
    expect(code).toBe(0);
    const plan = JSON.parse(out) as {
      planVersion: number;
      clusters: {
        name: string;
        ipv4: { podCidrs: string[] };
        externalRanges: unknown[];
        cni: { clusterId?: number };
      }[];
    };
    expect(plan.planVersion).toBe(1);
    const designs = plan.clusters;
    expect(designs).toHaveLength(3);
    expect(designs.map((d) => [d.name, d.cni.clusterId])).toEqual([
      ["cluster-1", 1],
      ["cluster-2", 2],
      ["cluster-3", 3],
    ]);
    expect(new Set(designs.map((d) => d.ipv4.podCidrs[0])).size).toBe(3);
    for (const d of designs) expect(d.externalRanges).toHaveLength(2);
  });

  it("refuses bad flags with exit 2 and the flag's name", async () => {
    expect((await run(["--nodes", "3"])).err).toMatch(/--budget CIDR is required/);
    expect((await run(["--budget", "x", "--nodes", "3"])).code).toBe(2);
    expect((await run(["--budget", "10.0.0.0/8"])).err).toMatch(/--nodes is required/);
    expect((await run(["--budget", "10.0.0.0/8", "--nodes", "-1"])).code).toBe(2);
    expect((await run(["--budget", "10.0.0.0/8", "--nodes", "3", "--cni", "nope"])).err).toMatch(
      /--cni: "nope" is not a CNI kind/,
    );
    expect((await run(["--budget", "10.0.0.0/8", "--nodes", "3", "--bogus"])).code).toBe(2);
  });
});
