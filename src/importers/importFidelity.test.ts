import { describe, expect, it } from "vitest";
import { analyseDesign } from "../core/analysis/analyseDesign.ts";
import { importConfig } from "./importConfig.ts";
import type { ImportFinding, ImportFormat } from "./types.ts";

/**
 * Import fidelity, one table per importer: a config → what its own component says (quoted, with
 * the component's prefix; the source is named on each row) → the import's finding and the
 * design it builds. Nothing is repaired silently: every refusal is a structured finding.
 */
interface Row {
  name: string;
  config: string;
  format: ImportFormat;
  /** The component's verdict: undefined when it accepts the config. */
  verdict?: { severity: ImportFinding["severity"]; component: string; quoted?: string };
  /** What the imported design must hold. */
  design?: (d: NonNullable<ReturnType<typeof importConfig>["design"]>) => void;
}

function check(row: Row): void {
  const r = importConfig(row.config, row.format);
  expect(r.format).toBe(row.format);
  if (row.verdict) {
    const v = row.verdict;
    const match = r.findings.find(
      (f) =>
        f.severity === v.severity &&
        f.component === v.component &&
        (v.quoted === undefined || f.quoted === v.quoted),
    );
    expect(match, JSON.stringify(r.findings, null, 1)).toBeDefined();
    expect(match?.message.length).toBeGreaterThan(20);
  } else {
    expect(r.findings, JSON.stringify(r.findings, null, 1)).toEqual([]);
  }
  expect(r.design).toBeDefined();
  if (r.design && row.design) row.design(r.design);
}

const kcmFlags = (...flags: string[]) => ["kube-controller-manager", ...flags].join(" \\\n  ");

// kube-controller-manager: cmd/kube-controller-manager/app/core.go setNodeCIDRMaskSizes and
// options/nodeipamcontroller.go Validate; pkg/controller/nodeipam allocator New (reference/
// kubernetes.md 1.1-1.3). kube-apiserver: validateClusterIPFlags (kubernetes.md 2.1).
const FLAG_ROWS: Row[] = [
  {
    name: "legacy --node-cidr-mask-size with dual-stack",
    config: kcmFlags("--cluster-cidr=10.244.0.0/16,fd00:10::/56", "--node-cidr-mask-size=24"),
    format: "component-flags",
    verdict: {
      severity: "error",
      component: "kube-controller-manager",
      quoted: "usage of --node-cidr-mask-size is not allowed with dual-stack clusters",
    },
    // The legacy mask is applied to neither family: KCM's defaults stand, as the flag is refused.
    design: (d) => {
      expect(d.ipv4?.nodeMask).toBe(24);
      expect(d.ipv6?.nodeMask).toBe(64);
    },
  },
  {
    name: "legacy --node-cidr-mask-size beside a per-family mask",
    config: kcmFlags(
      "--cluster-cidr=10.244.0.0/16",
      "--node-cidr-mask-size=25",
      "--node-cidr-mask-size-ipv4=26",
    ),
    format: "component-flags",
    verdict: {
      severity: "error",
      component: "kube-controller-manager",
      quoted:
        "usage of --node-cidr-mask-size-ipv4 and --node-cidr-mask-size-ipv6 is not allowed if --node-cidr-mask-size is set. For dual-stack clusters please unset it and use IPFamily specific flags",
    },
    design: (d) => expect(d.ipv4?.nodeMask).toBe(25),
  },
  {
    name: "a per-family mask for the family the cluster lacks (logged, ignored)",
    config: kcmFlags("--cluster-cidr=10.244.0.0/16", "--node-cidr-mask-size-ipv6=80"),
    format: "component-flags",
    verdict: {
      severity: "warning",
      component: "kube-controller-manager",
      quoted: "--node-cidr-mask-size-ipv6 should not be used for a single-stack IPv4 cluster",
    },
    design: (d) => {
      expect(d.ipFamilies).toEqual(["ipv4"]);
      expect(d.ipv6).toBeUndefined();
    },
  },
  {
    name: "legacy mask on a single-stack cluster is fine",
    config: kcmFlags("--cluster-cidr=10.244.0.0/16", "--node-cidr-mask-size=26"),
    format: "component-flags",
    design: (d) => expect(d.ipv4?.nodeMask).toBe(26),
  },
  {
    name: "three Service ranges",
    config: [
      "kube-apiserver",
      "--service-cluster-ip-range=10.96.0.0/16,fd00:96::/112,10.97.0.0/16",
    ].join(" "),
    format: "component-flags",
    verdict: {
      severity: "error",
      component: "kube-apiserver",
      quoted: "--service-cluster-ip-range must not contain more than two entries",
    },
  },
  {
    name: "two Service ranges of one family",
    config: "kube-apiserver --service-cluster-ip-range=10.96.0.0/16,10.97.0.0/16",
    format: "component-flags",
    verdict: {
      severity: "error",
      component: "kube-apiserver",
      quoted:
        "--service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family",
    },
    design: (d) => expect(d.ipv4?.serviceCidr).toBe("10.96.0.0/16"),
  },
  {
    name: "an unknown --cidr-allocator-type",
    config: kcmFlags("--cluster-cidr=10.244.0.0/16", "--cidr-allocator-type=IPAMFromCluster"),
    format: "component-flags",
    verdict: {
      severity: "error",
      component: "kube-controller-manager",
      quoted: "invalid CIDR allocator type: IPAMFromCluster",
    },
  },
  {
    name: "RangeAllocator is the one KCM runs",
    config: kcmFlags("--cluster-cidr=10.244.0.0/16", "--cidr-allocator-type=RangeAllocator"),
    format: "component-flags",
  },
  {
    name: "--allocate-node-cidrs=false turns node IPAM off (different cluster otherwise)",
    config: kcmFlags("--allocate-node-cidrs=false", "--cluster-cidr=10.244.0.0/16"),
    format: "component-flags",
    design: (d) => {
      expect(d.cni.kind).toBe("kubelet-standalone");
      expect(analyseDesign(d).findings.filter((f) => f.rule.startsWith("kcm-"))).toEqual([]);
    },
  },
  {
    name: "kube-apiserver without --service-cluster-ip-range uses 10.0.0.0/24 (kept)",
    config: "kube-apiserver --secure-port=6443",
    format: "component-flags",
    design: (d) => expect(d.ipv4?.serviceCidr).toBe("10.0.0.0/24"),
  },
];

// kubeadm: cmd/kubeadm/app/phases/controlplane/manifests.go sets --allocate-node-cidrs=true and
// --cluster-cidr only with a podSubnet; extraArgs override it (reference/kubernetes.md 6).
const KUBEADM_ROWS: Row[] = [
  {
    name: 'allocate-node-cidrs: "false" → node IPAM off, no false "refuses to start"',
    config: `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
networking:
  podSubnet: 10.244.0.0/25
controllerManager:
  extraArgs:
    allocate-node-cidrs: "false"
`,
    format: "kubeadm",
    design: (d) => {
      expect(d.cni.kind).toBe("kubelet-standalone");
      // With node IPAM on, a /25 pod range under /24 node masks would be a KCM refusal.
      const refusals = analyseDesign(d).findings.filter(
        (f) => f.severity === "error" && f.message.includes("refuses to start"),
      );
      expect(refusals).toEqual([]);
    },
  },
  {
    name: "no podSubnet → node IPAM off and the pod range named as a stand-in",
    config: `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
networking:
  serviceSubnet: 10.96.0.0/12
`,
    format: "kubeadm",
    verdict: { severity: "warning", component: "kubeadm" },
    design: (d) => expect(d.cni.kind).toBe("kubelet-standalone"),
  },
  {
    name: "legacy node-cidr-mask-size with a dual-stack podSubnet (v1beta4 list)",
    config: `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
networking:
  podSubnet: 10.244.0.0/16,fd00:10::/56
  serviceSubnet: 10.96.0.0/16,fd00:96::/112
controllerManager:
  extraArgs:
    - name: node-cidr-mask-size
      value: "24"
`,
    format: "kubeadm",
    verdict: {
      severity: "error",
      component: "kube-controller-manager",
      quoted: "usage of --node-cidr-mask-size is not allowed with dual-stack clusters",
    },
  },
  {
    name: "two IPv4 serviceSubnets",
    config: `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
networking:
  podSubnet: 10.244.0.0/16
  serviceSubnet: 10.96.0.0/16,10.97.0.0/16
`,
    format: "kubeadm",
    verdict: {
      severity: "error",
      component: "kube-apiserver",
      quoted:
        "--service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family",
    },
  },
  {
    name: "a plain config is accepted as it is",
    config: `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
networking:
  podSubnet: 10.244.0.0/16
  serviceSubnet: 10.96.0.0/12
`,
    format: "kubeadm",
    design: (d) => expect(d.cni.kind).toBe("generic"),
  },
];

// Cilium: agent pkg/ipam NewIPAM ("Unknown IPAM backend %s"); operator clusterpool.go Init
// ("unable to initialize IPv4 allocator: %w" around cidralloc "CIDR is not v4 family: %s");
// chart templates/validate.yaml and values.schema.json (reference/cni.md 2.2-2.3).
const CILIUM_ROWS: Row[] = [
  {
    name: "an IPv6 CIDR in the IPv4 pool list",
    config: `ipam:
  mode: cluster-pool
  operator:
    clusterPoolIPv4PodCIDRList: ["10.0.0.0/8", "fd00:10::/104"]
`,
    format: "cilium-values",
    verdict: {
      severity: "error",
      component: "cilium-operator",
      quoted: "unable to initialize IPv4 allocator: CIDR is not v4 family: fd00:10::/104",
    },
    // Not moved to an IPv6 family the values never enabled.
    design: (d) => {
      expect(d.ipFamilies).toEqual(["ipv4"]);
      expect(d.ipv4?.podCidrs).toEqual(["10.0.0.0/8"]);
    },
  },
  {
    name: "ipam.mode: clusterpool (unknown)",
    config: "ipam:\n  mode: clusterpool\n",
    format: "cilium-values",
    verdict: {
      severity: "error",
      component: "cilium-agent",
      quoted: "Unknown IPAM backend clusterpool",
    },
  },
  {
    name: "ipam.mode: eni without eni.enabled",
    config: "ipam:\n  mode: eni\n",
    format: "cilium-values",
    verdict: {
      severity: "error",
      component: "Cilium Helm chart",
      quoted: "ipam.mode=eni requires eni.enabled=true",
    },
    design: (d) => expect(d.cni).toMatchObject({ kind: "cilium", ipam: "eni" }),
  },
  {
    name: "a string where the chart wants an integer mask size",
    config: `ipam:
  mode: cluster-pool
  operator:
    clusterPoolIPv4PodCIDRList: ["10.0.0.0/8"]
    clusterPoolIPv4MaskSize: "26"
`,
    format: "cilium-values",
    verdict: {
      severity: "error",
      component: "Helm (Cilium values.schema.json)",
      quoted: "values don't meet the specifications of the schema(s) in the following chart(s)",
    },
    design: (d) => expect(d.ipv4?.nodeMask).toBe(26),
  },
  {
    name: "eni.enabled with ipam.mode eni is accepted",
    config: "eni:\n  enabled: true\nipam:\n  mode: eni\n",
    format: "cilium-values",
    design: (d) => expect(d.cni).toMatchObject({ kind: "cilium", ipam: "eni" }),
  },
];

// k3s/RKE2 run the same controller manager and apiserver (reference/kubernetes.md 7).
const K3S_ROWS: Row[] = [
  {
    name: "legacy mask with a dual-stack cluster-cidr",
    config: `cluster-cidr: 10.42.0.0/16,fd00:42::/56
service-cidr: 10.43.0.0/16,fd00:43::/112
kube-controller-manager-arg:
  - node-cidr-mask-size=24
`,
    format: "k3s-config",
    verdict: {
      severity: "error",
      component: "kube-controller-manager",
      quoted: "usage of --node-cidr-mask-size is not allowed with dual-stack clusters",
    },
  },
  {
    name: "three service-cidr entries",
    config: "service-cidr: 10.43.0.0/16,fd00:43::/112,10.44.0.0/16\n",
    format: "k3s-config",
    verdict: {
      severity: "error",
      component: "kube-apiserver",
      quoted: "--service-cluster-ip-range must not contain more than two entries",
    },
  },
  {
    name: "allocate-node-cidrs=false under the bundled Flannel",
    config: "kube-controller-manager-arg:\n  - allocate-node-cidrs=false\n",
    format: "k3s-config",
    verdict: { severity: "warning", component: "Flannel (kube-subnet-mgr)" },
  },
  {
    name: "the k3s defaults are accepted",
    config: "cluster-cidr: 10.42.0.0/16\n",
    format: "k3s-config",
  },
];

describe.each([
  ["component flags", FLAG_ROWS],
  ["kubeadm", KUBEADM_ROWS],
  ["Cilium values", CILIUM_ROWS],
  ["k3s/RKE2", K3S_ROWS],
] as const)("import fidelity: %s", (_name, rows) => {
  it.each(rows.map((r) => [r.name, r] as const))("%s", (_n, row) => check(row));
});
