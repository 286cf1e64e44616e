import { describe, expect, it } from "vitest";
import { analyse } from "../core/analysis/analyseDesign.ts";
import { defaultDesign } from "../core/design/defaults.ts";
import type { Design } from "../core/design/schema.ts";
import { importConfig } from "./importConfig.ts";
import { CURRENT_DESIGN, mergeImports, type NamedDesign } from "./mergeImports.ts";

const read = (name: string, text: string): NamedDesign => {
  const design = importConfig(text).design;
  if (!design) throw new Error(`${name} did not import`);
  return { name, design };
};

/** kubeadm without podSubnet (Cilium's own IPAM hands out pod addresses), as the case. */
const KUBEADM = read(
  "kubeadm.yaml",
  `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
clusterName: prod-eu
kubernetesVersion: v1.30.2
networking:
  serviceSubnet: 10.112.0.0/16
`,
);
const CILIUM = read(
  "values.yaml",
  `ipam:
  mode: cluster-pool
  operator:
    clusterPoolIPv4PodCIDRList: ["10.64.0.0/14"]
    clusterPoolIPv4MaskSize: 25
`,
);

describe("mergeImports (ADR 0130)", () => {
  it("kubeadm + Cilium values: Service range and name from kubeadm, pod pool and CNI from Cilium", () => {
    const { design, conflicts, notes } = mergeImports([KUBEADM, CILIUM]);
    expect(conflicts).toEqual([]);
    expect(design?.name).toBe("prod-eu");
    expect(design?.kubernetesVersion).toBe("1.30");
    expect(design?.ipv4).toEqual({
      podCidrs: ["10.64.0.0/14"],
      nodeMask: 25,
      serviceCidr: "10.112.0.0/16",
    });
    expect(design?.cni).toMatchObject({ kind: "cilium", ipam: "cluster-pool" });
    expect(design?.imported?.origins).toMatchObject({
      name: "kubeadm.yaml",
      "ipv4.serviceCidr": "kubeadm.yaml",
      "ipv4.podCidrs": "values.yaml",
      "ipv4.nodeMask": "values.yaml",
      cni: "values.yaml",
    });
    expect(design?.imported?.sources).toMatchObject({
      "ipv4.serviceCidr": "networking.serviceSubnet",
      "ipv4.podCidrs": "ipam.operator.clusterPoolIPv4PodCIDRList",
    });
    expect(design?.imported?.files).toEqual(["kubeadm.yaml", "values.yaml"]);
    expect(design?.imported?.format).toBe("kubeadm + cilium-values");
    // Neither file gives node networks or a node count: they stay placeholders.
    expect(design?.imported?.placeholders).toEqual(["nodes.networks", "nodes.count"]);
    // kubeadm names no CNI: Cilium's replaces its stand-in, and that is said.
    expect(notes.join("\n")).toContain(
      "CNI: cilium (cluster-pool) from values.yaml replaces kubelet-standalone from kubeadm.yaml",
    );
    // The files' refusals are kept, named by file.
    expect(design?.imported?.refusals.map((r) => r.key)).toContain(
      "kubeadm.yaml: networking.podSubnet",
    );
  });

  it("two files declaring different values: a conflict quoting both, named by file; no design until chosen", () => {
    const withPods = read(
      "kubeadm.yaml",
      "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.200.0.0/16\n",
    );
    const open = mergeImports([withPods, CILIUM]);
    expect(open.design).toBeUndefined();
    const pods = open.conflicts.find((c) => c.path === "ipv4.podCidrs");
    expect(pods?.label).toBe("IPv4 pod ranges");
    expect(pods?.candidates.map((c) => [c.from, c.text, c.key])).toEqual([
      ["kubeadm.yaml", "10.200.0.0/16", "networking.podSubnet"],
      ["values.yaml", "10.64.0.0/14", "ipam.operator.clusterPoolIPv4PodCIDRList"],
    ]);
    expect(pods?.chosen).toBeUndefined();
    // Both node masks (kubeadm's default 24 is weak, Cilium's 25 explicit): no conflict there.
    expect(open.conflicts.map((c) => c.path)).toEqual(["ipv4.podCidrs"]);

    const chosen = mergeImports([withPods, CILIUM], undefined, { "ipv4.podCidrs": "kubeadm.yaml" });
    expect(chosen.design?.ipv4?.podCidrs).toEqual(["10.200.0.0/16"]);
    expect(chosen.design?.imported?.origins?.["ipv4.podCidrs"]).toBe("kubeadm.yaml");
    expect(chosen.conflicts[0]?.chosen).toBe("kubeadm.yaml");
    expect(chosen.notes.join("\n")).toContain(
      "IPv4 pod ranges: 10.200.0.0/16 from kubeadm.yaml was chosen over 10.64.0.0/14 from values.yaml",
    );
  });

  it("equal values agree; a component default gives way to an explicit value, said", () => {
    const k3s = read("config.yaml", "service-cidr: 10.112.0.0/16\ncluster-cidr: 10.64.0.0/14\n");
    const { design, conflicts } = mergeImports([KUBEADM, k3s]);
    expect(conflicts).toEqual([]);
    expect(design?.ipv4?.serviceCidr).toBe("10.112.0.0/16");
    // Two files with the same value: the first names the origin.
    expect(design?.imported?.origins?.["ipv4.serviceCidr"]).toBe("kubeadm.yaml");
    const bare = read(
      "kubeadm.yaml",
      "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\n",
    );
    const merged = mergeImports([bare, k3s]);
    expect(merged.conflicts).toEqual([]);
    expect(merged.design?.ipv4?.serviceCidr).toBe("10.112.0.0/16");
    expect(merged.notes.join("\n")).toContain(
      "IPv4 Service range: 10.112.0.0/16 from config.yaml replaces 10.96.0.0/12 from kubeadm.yaml (networking.serviceSubnet (unset: kubeadm's default))",
    );
  });

  it("merging into a design: its placeholders are filled, its own values conflict with different ones", () => {
    const imported = KUBEADM.design;
    const talos = read(
      "controlplane.yaml",
      "version: v1alpha1\nmachine:\n  kubelet:\n    nodeIP:\n      validSubnets: [192.168.10.0/24]\ncluster:\n  network:\n    serviceSubnets: [10.112.0.0/16]\n    podSubnets: [10.244.0.0/16]\n",
    );
    const { design, conflicts } = mergeImports([talos], imported, {});
    expect(conflicts.map((c) => c.path)).toEqual([]);
    expect(design?.nodes.networks).toEqual([{ name: "nodes", cidr: "192.168.10.0/24" }]);
    expect(design?.imported?.placeholders).toEqual(["nodes.count"]);
    expect(design?.imported?.origins?.["nodes.networks"]).toBe("controlplane.yaml");
    expect(design?.name).toBe("prod-eu");

    const edited: Design = { ...defaultDesign(), name: "mine" };
    const into = mergeImports([CILIUM], edited);
    expect(into.design).toBeUndefined();
    const pods = into.conflicts.find((c) => c.path === "ipv4.podCidrs");
    expect(pods?.candidates.map((c) => c.from)).toEqual([CURRENT_DESIGN, "values.yaml"]);
    const kept = mergeImports([CILIUM], edited, {
      "ipv4.podCidrs": CURRENT_DESIGN,
      "ipv4.nodeMask": "values.yaml",
    });
    expect(kept.design?.ipv4?.podCidrs).toEqual(["10.244.0.0/16"]);
    expect(kept.design?.ipv4?.nodeMask).toBe(25);
    expect(kept.design?.name).toBe("mine");
    expect(kept.design?.imported?.origins?.["ipv4.podCidrs"]).toBeUndefined();
  });

  it("a dual-stack file switches the other file's single family to both", () => {
    const dual = read(
      "values.yaml",
      'ipv6:\n  enabled: true\nipam:\n  mode: cluster-pool\n  operator:\n    clusterPoolIPv4PodCIDRList: ["10.64.0.0/14"]\n    clusterPoolIPv6PodCIDRList: ["fd00:64::/104"]\n    clusterPoolIPv6MaskSize: 120\n',
    );
    const { design, conflicts } = mergeImports([KUBEADM, dual]);
    expect(conflicts).toEqual([]);
    expect(design?.ipFamilies).toEqual(["ipv4", "ipv6"]);
    expect(design?.ipv6?.podCidrs).toEqual(["fd00:64::/104"]);
    expect(design?.ipv4?.serviceCidr).toBe("10.112.0.0/16");
  });

  it("a finding rests on a placeholder only while no file has filled it", () => {
    const chartPool = read("values.yaml", "ipam:\n  mode: cluster-pool\n");
    const onNodes = (d: Design) =>
      analyse(d)
        .findings.filter((f) => f.severity !== "info" || f.message.includes("Held back"))
        .filter((f) => f.fields.some((p) => p.startsWith("nodes.networks")));
    // The chart's 10.0.0.0/8 pool overlaps the stand-in node network 10.0.0.0/22: held back.
    const held = onNodes(mergeImports([KUBEADM, chartPool]).design!);
    expect(held.length).toBeGreaterThan(0);
    for (const f of held) expect(f.severity).toBe("info");
    // A Talos file declares the node network inside that pool: the overlap is the files' own.
    const talos = read(
      "controlplane.yaml",
      "version: v1alpha1\nmachine:\n  kubelet:\n    nodeIP:\n      validSubnets: [10.1.0.0/24]\ncluster:\n  network:\n    cni:\n      name: none\n",
    );
    const merged = mergeImports([KUBEADM, chartPool, talos], undefined, {
      "ipv4.podCidrs": "values.yaml",
    });
    // Two defaults (Talos's 10.244.0.0/16, the chart's 10.0.0.0/8) differ: the user chooses.
    expect(merged.conflicts.map((c) => c.path)).toEqual(["ipv4.podCidrs"]);
    const real = onNodes(merged.design!);
    expect(real.some((f) => f.severity === "error")).toBe(true);
  });
});
