import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { decodeLink } from "../core/codec/link.ts";
import { defaultDesign } from "../core/design/defaults.ts";

// End-to-end: the real bin in a child process, as `npx k8s-subnet-designer` runs it.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bin = path.join(repoRoot, "bin/k8s-subnet-designer.mjs");
const work = mkdtempSync(path.join(tmpdir(), "k8s-subnet-designer-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: "utf8" });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Runs `validate --json` and returns the exit code and the parsed report. */
function validateJson(...args: string[]) {
  const r = cli("validate", ...args, "--json");
  expect(r.err).not.toMatch(/at .*\.ts:\d+/); // no stack trace
  return { code: r.code, report: JSON.parse(r.out), err: r.err };
}

// Each spawn starts node and tsx (about 0.5 s idle, several seconds on a busy machine).
describe("k8s-subnet-designer (child process)", { timeout: 60_000 }, () => {
  it("10.0.0.0/8 pods, 10.96.0.0/12 Services, generic CNI: 65,536 node /24s, 61,440 usable, exit 0", () => {
    // 2^(24-8) = 65,536 node ranges; the /12 holds 2^(24-12) = 4,096 of them, which the
    // controller manager withholds (kubernetes.md 1.4), leaving 61,440.
    const { code, report } = validateJson(
      "--pod-cidr",
      "10.0.0.0/8",
      "--service-cidr",
      "10.96.0.0/12",
      "--node-cidr",
      "192.168.0.0/22",
    );
    expect(report.capacity).toEqual({
      ipv4: {
        nodeSubnets: 65_536,
        usableNodeSubnets: 61_440,
        podIPsPerNode: 253,
        podsPerNode: 110,
        serviceIPs: 1_048_574,
      },
    });
    expect(report.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    expect(code).toBe(0);
  });

  it("the same ranges under Cilium cluster-pool: an error finding (the operator ignores the Service range), exit 1", () => {
    const { code, report } = validateJson(
      "--pod-cidr",
      "10.0.0.0/8",
      "--service-cidr",
      "10.96.0.0/12",
      "--node-cidr",
      "192.168.0.0/22",
      "--cni",
      "cilium",
      "--ipam",
      "cluster-pool",
    );
    expect(code).toBe(1);
    const errors = report.findings.filter((f: { severity: string }) => f.severity === "error");
    expect(errors.some((f: { message: string }) => f.message.includes("10.96.0.0/12"))).toBe(true);
    expect(Object.keys(errors[0])).toEqual(["severity", "rule", "message", "fixes"]);
  });

  it("10.244.0.0/16 pods with /24 nodes: 256 node subnets, 253 pod IPs, 110 pods per node", () => {
    const { code, report } = validateJson("--pod-cidr", "10.244.0.0/16");
    expect(code).toBe(0);
    expect(report.capacity.ipv4).toMatchObject({
      nodeSubnets: 256,
      usableNodeSubnets: 256,
      podIPsPerNode: 253,
      podsPerNode: 110,
    });
    expect(report.addresses).toEqual({
      kubernetesService: ["10.96.0.1"],
      clusterDNS: ["10.96.0.10"],
    });
  });

  it("IPv6 fd00::/32 with /64 nodes: 2^32 node subnets as a number, 2^64 - 2 pod IPs as a string", () => {
    const { code, report } = validateJson("--pod-cidr", "fd00::/32", "--node-mask-ipv6", "64");
    expect(Object.keys(report.capacity)).toEqual(["ipv6"]);
    expect(report.capacity.ipv6.nodeSubnets).toBe(4_294_967_296);
    expect(report.capacity.ipv6.podIPsPerNode).toBe("18446744073709551614");
    // A 32-bit split is beyond kube-controller-manager's 16-bit limit for IPv6.
    expect(code).toBe(1);
  });

  it("exits 2 with a message naming the flag or the file", () => {
    const badFlag = cli("validate", "--pod-cidr", "10.0.0.0/40");
    expect(badFlag.code).toBe(2);
    expect(badFlag.out).toBe("");
    expect(badFlag.err).toContain("--pod-cidr:");
    const missing = cli("validate", "no-such-design.json");
    expect(missing.code).toBe(2);
    expect(missing.err).toContain("cannot read no-such-design.json");
    const unknown = cli("frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("Usage:");
  });

  it("validates a design file with flags overriding it", () => {
    const file = path.join(work, "design.json");
    writeFileSync(file, JSON.stringify({ ...defaultDesign(), name: "from-file" }));
    const r = cli("validate", file, "--max-pods", "250", "--node-mask-ipv4", "23");
    expect(r.code).toBe(0);
    expect(r.out).toContain('Design "from-file"');
    // /23 under host-local: 512 - 3 = 509 pod IPs; min(250, 509) = 250 pods per node.
    expect(r.out).toMatch(/^ {2}pod IPs per node\s+509$/m);
    expect(r.out).toMatch(/^ {2}pods per node\s+250$/m);
  });

  it("export --target all writes the applicable targets into --out", () => {
    const out = path.join(work, "exports");
    const r = cli("export", "--cni", "flannel", "--target", "all", "--out", out);
    expect(r.code).toBe(0);
    const written = readdirSync(out);
    expect(written.length).toBeGreaterThan(3);
    const flannel = written.find((f) => f.includes("flannel"));
    expect(flannel).toBeDefined();
    expect(readFileSync(path.join(out, flannel ?? ""), "utf8")).toContain("10.244.0.0/16");
  });

  it("import FILE > design.json, then validate design.json", () => {
    const kubeadm = path.join(work, "kubeadm.yaml");
    writeFileSync(
      kubeadm,
      [
        "apiVersion: kubeadm.k8s.io/v1beta4",
        "kind: ClusterConfiguration",
        "networking:",
        "  podSubnet: 10.32.0.0/12",
        "  serviceSubnet: 10.128.0.0/16",
      ].join("\n"),
    );
    const imported = cli("import", kubeadm);
    expect(imported.code).toBe(0);
    const design = path.join(work, "imported.json");
    writeFileSync(design, imported.out);
    const { code, report } = validateJson(design);
    expect(code).toBe(0);
    // A /12 split into /24s: 2^12 = 4,096 node ranges; a /16 Service range: 65,536 - 2 IPs.
    expect(report.capacity.ipv4).toMatchObject({ nodeSubnets: 4096, serviceIPs: 65_534 });
    expect(report.addresses.kubernetesService).toEqual(["10.128.0.1"]);
  });

  it("link prints a share link that opens the same design", () => {
    const r = cli("link", "--pod-cidr", "10.42.0.0/16", "--service-cidr", "10.43.0.0/16");
    expect(r.code).toBe(0);
    const decoded = decodeLink(r.out.trim());
    expect(decoded.ok).toBe(true);
    if (decoded.ok) {
      expect(decoded.value.design.ipv4).toEqual({
        podCidrs: ["10.42.0.0/16"],
        nodeMask: 24,
        serviceCidr: "10.43.0.0/16",
      });
    }
  });
});
