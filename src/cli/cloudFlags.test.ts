import { describe, expect, it } from "vitest";
import { decodeLink } from "../core/codec/link.ts";
import { defaultCni, defaultDesign } from "../core/design/defaults.ts";
import { runCli } from "./main.ts";
import { memoryIo } from "../../test/cli/testIo.ts";

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
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

  describe("AKS dual-stack: the IPv6 /80 per node AKS gives (reference/managed-clouds.md 3.4)", () => {
    // AKS's own dual-stack defaults: --pod-cidrs 10.244.0.0/16,fd12:3456:789a::/64.
    const aksDual = [
      "--cni",
      "azure-overlay",
      "--pod-cidr",
      "10.244.0.0/16,fd12:3456:789a::/64",
      "--service-cidr",
      "10.0.0.0/16,fd12:3456:789a:1::/108",
      "--node-cidr",
      "10.224.0.0/16,fd00:1::/64",
    ];

    it("link and validate give the IPv6 pod range a /80 per node: 65,536 node ranges, no error", async () => {
      const link = await run(["link", ...aksDual]);
      expect(link.code).toBe(0);
      const decoded = decodeLink(link.out.trim());
      if (!decoded.ok) throw new Error(decoded.error);
      expect(decoded.value.design.ipv6?.nodeMask).toBe(80);
      const { code, err, report } = await json(aksDual);
      expect(err).toContain("IPv6 node mask set to /80: Azure CNI Overlay gives every node a /80");
      // 2^(80 - 64) = 65,536 node ranges of the /64 (a /64 per node would give one).
      expect(report.capacity.ipv6.nodeSubnets).toBe(65_536);
      expect(report.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual(
        [],
      );
      expect(code).toBe(0);
    });

    /** The design a `link` command prints, decoded. */
    async function linked(argv: string[], files: Record<string, string> = {}) {
      const r = await run(["link", ...argv], files);
      const decoded = decodeLink(r.out.trim());
      if (!decoded.ok) throw new Error(`${decoded.error}: ${r.err}`);
      return decoded.value.design;
    }

    it("a file already on AKS gets the /80 for an IPv6 family the flags switch on", async () => {
      const file = JSON.stringify({ ...defaultDesign(), cni: defaultCni("aks-kubenet") });
      const design = await linked(["aks.json", ...aksDual.slice(2)], { "aks.json": file });
      expect(design.cni.kind).toBe("aks-kubenet");
      expect(design.ipv6?.nodeMask).toBe(80);
    });

    it("an explicit --node-mask-ipv6 stays, and the rule says AKS gives a /80", async () => {
      expect((await linked([...aksDual, "--node-mask-ipv6", "64"])).ipv6?.nodeMask).toBe(64);
      const { code, report } = await json([...aksDual, "--node-mask-ipv6", "64"]);
      const finding = report.findings.find(
        (f: { rule: string; message: string }) =>
          f.rule === "aks-overlay" && f.message.includes("IPv6 pod range"),
      );
      expect(finding?.message).toBe(
        "Azure CNI Overlay gives every node a /80 of the IPv6 pod range; AKS has no setting for another size, so a /64 per node is not what the cluster will do.",
      );
      // It offers the change it names.
      expect(finding?.fixes.map((f: { changes: object }) => f.changes)).toContainEqual({
        "ipv6.nodeMask": 80,
      });
      expect(code).toBe(1);
    });

    it("propose sizes the IPv6 pod range at the /80 AKS gives", async () => {
      const r = await run([
        "propose",
        "--budget",
        "10.0.0.0/8",
        "--budget",
        "fd00::/48",
        "--nodes",
        "50",
        "--cni",
        "azure-overlay",
      ]);
      expect(r.code).toBe(0);
      const design = JSON.parse(r.out);
      expect(design.ipv6.nodeMask).toBe(80);
      expect(r.err).toContain("ipv6 node mask /80");
      // 50 nodes at /80: the smallest pod range holding them is a /74 (64 node ranges).
      expect(design.ipv6.podCidrs).toEqual(["fd00::/74"]);
    });
  });
});
