import { describe, expect, it } from "vitest";
import { parseDesignFile, serializeDesign } from "../core/codec/designFile.ts";
import { decodeLink } from "../core/codec/link.ts";
import { defaultDesign, defaultFamilyPlan } from "../core/design/defaults.ts";
import type { Design } from "../core/design/schema.ts";
import { targetsFor } from "../exporters/registry.ts";
import type { ExportTarget } from "../exporters/types.ts";
import { filesOf, stdoutText } from "./commands/exportDesign.ts";
import { runCli } from "./main.ts";
import { memoryIo } from "../../test/cli/testIo.ts";

/** A dual-stack design, IPv6 primary, with node networks of both families. */
const dualStack = (): Design => ({
  ...defaultDesign(),
  ipFamilies: ["ipv6", "ipv4"],
  ipv6: defaultFamilyPlan("ipv6"),
  nodes: {
    ...defaultDesign().nodes,
    networks: [
      { name: "nodes", cidr: "10.0.0.0/22" },
      { name: "nodes-v6", cidr: "fd10::/64" },
    ],
  },
});

async function run(argv: string[], files: Record<string, string> = {}, stdin = "") {
  const io = memoryIo(files, stdin);
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr(), io };
}

describe("validate", () => {
  it("reads a design file, applies flags over it, and reports exact capacity", async () => {
    // /16 split into /25: 2^9 = 512 node ranges; host-local /25 gives 128 - 3 = 125 pod IPs.
    const file = JSON.stringify(defaultDesign());
    const { code, out, err } = await run(
      ["validate", "d.json", "--node-mask-ipv4", "25", "--json"],
      { "d.json": file },
    );
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(out).capacity).toEqual({
      ipv4: {
        nodeSubnets: 512,
        usableNodeSubnets: 512,
        podIPsPerNode: 125,
        podsPerNode: 110,
        serviceIPs: 1_048_574,
      },
    });
  });

  it("gives dual-stack blocks and addresses primary first, IPv6 counts beyond 2^53 as strings", async () => {
    const { out } = await run(["validate", "-", "--json"], {}, serializeDesign(dualStack()));
    const report = JSON.parse(out);
    expect(Object.keys(report)).toEqual(["findings", "capacity", "addresses"]);
    expect(Object.keys(report.capacity)).toEqual(["ipv4", "ipv6"]);
    // fd00:10:244::/56 into /64: 2^8 node ranges; host-local IPv6 /64: 2^64 - 2 pod IPs;
    // /112 Service range on 1.35 (new allocator): 2^16 - 1 Service IPs.
    expect(report.capacity.ipv6).toEqual({
      nodeSubnets: 256,
      usableNodeSubnets: 256,
      podIPsPerNode: "18446744073709551614",
      podsPerNode: 110,
      serviceIPs: 65_535,
    });
    expect(report.addresses).toEqual({
      kubernetesService: ["fd00:10:96::1", "10.96.0.1"],
      clusterDNS: ["fd00:10:96::a", "10.96.0.10"],
    });
  });

  it("passes the file's restore notices to stderr as notes", async () => {
    const design = defaultDesign();
    const file = { ...design, ipv4: { ...design.ipv4, podCidrs: ["10.244.1.0/16"] } };
    const { code, err } = await run(["validate", "d.json"], { "d.json": JSON.stringify(file) });
    expect(code).toBe(0);
    expect(err).toMatch(/^note: d\.json: .*10\.244\.1\.0\/16 was normalised to 10\.244\.0\.0\/16/m);
  });

  it("prints findings and the capacity table for people", async () => {
    const { code, out } = await run(["validate", "--pod-cidr", "10.0.0.0/8"]);
    expect(code).toBe(1); // 10.0.0.0/8 swallows the default node network 10.0.0.0/22
    expect(out).toMatch(/^Errors \(\d+\)$/m);
    expect(out).toMatch(/^ {2}usable node subnets\s+61,440$/m);
    expect(out).toMatch(/^\d+ errors?, \d+ warnings?, \d+ info$/m);
  });

  it.each([
    [["validate", "missing.json"], "cannot read missing.json: ENOENT"],
    [
      ["validate", "bad.json"],
      "bad.json: This file cannot be opened: it is not valid JSON: line 1, column 3",
    ],
    [["validate", "wrong.json"], "wrong.json: This file cannot be opened: nodes.maxPods"],
    [["validate", "--pod-cidr", "10.0.0.0/8", "--service-cidr", "fd00::/112"], "--pod-cidr gives"],
    [["validate", "--k8s-version", "1.5"], "--k8s-version:"],
  ])("%j exits 2 naming the problem", async (argv, message) => {
    const wrong = { ...defaultDesign(), nodes: { ...defaultDesign().nodes, maxPods: -1 } };
    const { code, out, err } = await run(argv, {
      "bad.json": "{ not json",
      "wrong.json": JSON.stringify(wrong),
    });
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
  });
});

describe("export", () => {
  it("writes every applicable target into --out, one file each", async () => {
    const { code, io, err } = await run(["export", "--target", "all", "--out", "out"]);
    expect(code).toBe(0);
    expect(io.dirs).toEqual(new Set(["out"]));
    const expected = targetsFor(defaultDesign()).flatMap((t) =>
      t.render(defaultDesign()).map((f) => `out/${f.filename}`),
    );
    expect([...io.files.keys()].sort()).toEqual(expected.sort());
    expect(err).toContain(`wrote ${expected[0]}`);
  });

  it("prints one target on stdout, exactly its text", async () => {
    const { code, out } = await run(["export", "--target", "kube-apiserver-flags"]);
    expect(code).toBe(0);
    expect(out).toContain("--service-cluster-ip-range=10.96.0.0/12\n");
  });

  it("still exports a design with errors, under a stderr banner, exit 1", async () => {
    const { code, out, err } = await run([
      "export",
      "--pod-cidr",
      "10.0.0.0/8",
      "--cni",
      "cilium",
      "--target",
      "cilium-values",
    ]);
    expect(code).toBe(1);
    expect(out).toContain("10.0.0.0/8");
    expect(err).toMatch(/the design has \d+ errors?/);
  });

  // kubeadm ValidatePodSubnetNodeMask: "the size of pod subnet with mask 25 is smaller than the
  // size of node subnet with mask 24" (cmd/kubeadm/app/apis/kubeadm/validation/validation.go).
  const refusedByKubeadm = ["export", "--pod-cidr", "10.244.0.0/25", "--target", "kubeadm"];

  it("refuses to write an export kubeadm refuses: exit 1 with kubeadm's text, nothing written", async () => {
    const { code, out, err } = await run(refusedByKubeadm);
    expect(code).toBe(1);
    expect(out).toBe("");
    expect(err).toContain("kubeadm would refuse the kubeadm export");
    expect(err).toContain(
      "the size of pod subnet with mask 25 is smaller than the size of node subnet with mask 24",
    );
    expect(err).toContain("--force");
  });

  it("--force writes it, with the refusal named at the top of the file", async () => {
    const { code, out, err } = await run([...refusedByKubeadm, "--force"]);
    // Still 1: kube-controller-manager refuses the same pair (an error finding of the design).
    expect(code).toBe(1);
    expect(out.split("\n")[0]).toMatch(
      /^# REFUSED by kubeadm: kubeadm refuses pod range 10\.244\.0\.0\/25/,
    );
    expect(out).toContain("podSubnet: 10.244.0.0/25");
    expect(err).toContain("--force: writing the kubeadm export kubeadm would refuse");
  });

  it("kind is refused the same way, and --target all writes nothing without --force", async () => {
    const kind = await run(["export", "--pod-cidr", "10.244.0.0/25", "--target", "kind"]);
    expect(kind.code).toBe(1);
    expect(kind.err).toContain("kind (kubeadm init) would refuse the kind export");
    const all = await run([
      "export",
      "--pod-cidr",
      "10.244.0.0/25",
      "--target",
      "all",
      "--out",
      "o",
    ]);
    expect(all.code).toBe(1);
    expect(all.io.files.size).toBe(0);
  });

  it.each([
    [["export", "--target", "nope"], '--target: unknown target "nope"'],
    [["export", "--target", "cilium-values"], '"cilium-values" does not apply'],
  ])("%j exits 2", async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toContain(message);
  });

  it("lists targets with whether each applies", async () => {
    const { code, out } = await run(["export", "--cni", "flannel", "--list-targets"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^flannel\s+applies\s+/m);
    expect(out).toMatch(/^cilium-values\s+n\/a\s+/m);
  });

  it("offers only aks-cli under --cni azure-overlay", async () => {
    const { code, out } = await run(["export", "--cni", "azure-overlay", "--list-targets"]);
    expect(code).toBe(0);
    expect(out).toMatch(/^aks-cli\s+applies\s+/m);
    expect(out).toMatch(/^kubeadm\s+n\/a\s+/m);
  });

  it("renames files two targets share, and separates several files on stdout", () => {
    const fake = (id: string, filename: string): ExportTarget => ({
      id,
      label: id,
      description: id,
      appliesTo: () => true,
      render: () => [{ filename, text: `${id}: 1`, language: "yaml" }],
    });
    const files = filesOf(
      [fake("a", "x.yaml"), fake("b", "x.yaml"), fake("c", "y.yaml")],
      defaultDesign(),
    );
    expect(files.map((f) => f.filename)).toEqual(["a-x.yaml", "b-x.yaml", "y.yaml"]);
    expect(stdoutText(files.slice(2))).toBe("c: 1\n");
    expect(stdoutText(files.slice(0, 2))).toBe("# a-x.yaml\na: 1\n\n# b-x.yaml\nb: 1\n");
  });
});

describe("import: a config its component refuses", () => {
  it("writes the design, quotes the refusal on stderr and exits 1", async () => {
    const flags =
      "kube-controller-manager --cluster-cidr=10.244.0.0/16,fd00:10::/56 --node-cidr-mask-size=24";
    const { code, out, err } = await run(["import", "kcm.flags"], { "kcm.flags": flags });
    expect(code).toBe(1);
    expect(parseDesignFile(out).ok).toBe(true);
    expect(err).toContain(
      'error: refused by kube-controller-manager (--node-cidr-mask-size): "usage of --node-cidr-mask-size is not allowed with dual-stack clusters"',
    );
  });
});

describe("import", () => {
  const values = [
    "ipam:",
    "  mode: cluster-pool",
    "  operator:",
    '    clusterPoolIPv4PodCIDRList: ["10.0.0.0/8"]',
    "    clusterPoolIPv4MaskSize: 26",
    "hubble: {enabled: true}",
  ].join("\n");

  it("prints the design file of Cilium Helm values on stdout, messages on stderr", async () => {
    const { code, out, err } = await run(["import", "values.yaml"], { "values.yaml": values });
    expect(code).toBe(0);
    const file = parseDesignFile(out);
    expect(file.ok).toBe(true);
    if (!file.ok) return;
    expect(file.value.design.cni).toMatchObject({ kind: "cilium", ipam: "cluster-pool" });
    expect(file.value.design.ipv4).toMatchObject({ podCidrs: ["10.0.0.0/8"], nodeMask: 26 });
    expect(err).toContain("read values.yaml as cilium-values");
    expect(err).toMatch(/^note: .*hubble/m);
  });

  it("reads standard input and honours --format", async () => {
    const flags = "--cluster-cidr=10.100.0.0/16 --node-cidr-mask-size-ipv4=25";
    const { code, out } = await run(["import", "-", "--format", "component-flags"], {}, flags);
    expect(code).toBe(0);
    expect(JSON.parse(out).ipv4).toMatchObject({ podCidrs: ["10.100.0.0/16"], nodeMask: 25 });
  });

  it.each([
    [["import", "nope.yaml"], "cannot read nope.yaml"],
    [["import", "junk.txt"], "junk.txt: this is not a config the designer reads"],
  ])("%j exits 2 with nothing on stdout", async (argv, message) => {
    const { code, out, err } = await run(argv, { "junk.txt": "hello world" });
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toContain(message);
  });
});

describe("link", () => {
  it("prints base#fragment that decodes to the design with the flags", async () => {
    const { code, out } = await run([
      "link",
      "--pod-cidr",
      "10.8.0.0/16",
      "--base",
      "https://plan.example",
    ]);
    expect(code).toBe(0);
    expect(out).toMatch(/^https:\/\/plan\.example\/#d1\.[A-Za-z0-9_-]+\n$/);
    const decoded = decodeLink(out.trim());
    expect(decoded.ok && decoded.value.design.ipv4?.podCidrs).toEqual(["10.8.0.0/16"]);
    const plain = await run(["link"]);
    expect(plain.out.startsWith("http://127.0.0.1:5173/#d1.")).toBe(true);
    expect(plain.out.length).toBeLessThan(200);
  });

  it.each([["not a url"], ["ftp://x/"]])("refuses --base %j", async (base) => {
    const { code, err } = await run(["link", "--base", base]);
    expect(code).toBe(2);
    expect(err).toContain("--base:");
  });
});

describe("runCli", () => {
  it("prints help on stdout with exit 0, and usage on stderr with exit 2 for bad input", async () => {
    const help = await run(["validate", "--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("--json");
    const bad = await run(["validate", "--frob"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("Unknown option '--frob'");
    expect(bad.err).toContain("Usage: k8s-subnet-designer validate");
  });
});
