import { describe, expect, it } from "vitest";
import { runCli } from "./main.ts";
import { memoryIo } from "../../test/cli/testIo.ts";

async function run(argv: string[]) {
  const io = memoryIo();
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

async function json(argv: string[]) {
  const { code, out, err } = await run(["validate", ...argv, "--json"]);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads a JSON document
  return { code, err, report: JSON.parse(out) as Record<string, any> };
}

describe("CLI flags for EKS, GKE and AKS", () => {
  it("--cni aws-vpc --ipam secondary-ip --instance-type m5.large: 29 pods, EKS Service default", async () => {
    const { code, err, report } = await json([
      "--cni",
      "aws-vpc",
      "--ipam",
      "secondary-ip",
      "--instance-type",
      "m5.large",
      "--node-cidr",
      "10.0.0.0/20,10.0.16.0/20",
      "--nodes",
      "20",
    ]);
    expect(err).toContain("Service range set to 172.20.0.0/16");
    expect(err).toContain("Max pods set to 29");
    expect(code).toBe(0);
    expect(report.capacity.ipv4.podsPerNode).toBe(29);
    expect(report.capacity.platform).toMatchObject({
      platform: "eks",
      maxPodsPerNode: 29,
      maxNodes: 272, // 4,091 usable / 30 addresses per node = 136 per /20
    });
    expect(report.capacity.platform.subnets[0]).toMatchObject({ addressesPerNode: 30, nodes: 136 });
  });

  it("--cni gke --max-pods 64 gives a /25 per node and keeps an explicit --service-cidr", async () => {
    const { code, report } = await json([
      "--cni",
      "gke",
      "--max-pods",
      "64",
      "--service-cidr",
      "10.96.0.0/20",
      "--node-cidr",
      "10.0.0.0/22",
    ]);
    expect(report.capacity.ipv4.podIPsPerNode).toBe(128);
    expect(report.addresses.kubernetesService).toEqual(["10.96.0.1"]);
    // The managed-Service-range warning names the explicit range; no error.
    expect(code).toBe(0);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toContain("gke-vpc-native");
  });

  it("--cni azure-overlay takes AKS's defaults; --cni azure-cni --ipam flat its 30 pods", async () => {
    const overlay = await json(["--cni", "azure-overlay", "--node-cidr", "10.224.0.0/16"]);
    expect(overlay.err).toContain("Service range set to 10.0.0.0/16");
    expect(overlay.report.capacity.ipv4.podsPerNode).toBe(250);
    const flat = await json([
      "--cni",
      "azure-cni",
      "--ipam",
      "flat",
      "--node-cidr",
      "10.224.0.0/24",
    ]);
    expect(flat.report.capacity.platform.subnets[0]).toMatchObject({
      addressesPerNode: 31,
      nodes: 8,
    });
  });

  it("refuses --instance-type without aws-vpc and unknown modes, naming the flag", async () => {
    const a = await run(["validate", "--instance-type", "m5.large"]);
    expect(a.code).toBe(2);
    expect(a.err).toContain("--instance-type: only the Amazon VPC CNI has an instance type");
    const b = await run(["validate", "--cni", "aws-vpc", "--ipam", "eni"]);
    expect(b.err).toContain('--ipam: "eni" is not an Amazon VPC CNI mode');
  });
});
