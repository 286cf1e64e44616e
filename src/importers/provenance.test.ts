import { describe, expect, it } from "vitest";
import { analyse } from "../core/analysis/analyseDesign.ts";
import { parseDesignFile, serializeDesign } from "../core/codec/designFile.ts";
import { decodeLink, encodeLink } from "../core/codec/link.ts";
import { settleImported } from "../core/design/settleImported.ts";
import { importConfig } from "./importConfig.ts";

const kubeadm = (networking: string, extraArgs: string) =>
  `apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
networking:
${networking}
controllerManager:
  extraArgs:
${extraArgs}
`;

describe("the false finding: kubeadm ignores the legacy node-cidr-mask-size", () => {
  // kubeadm's getClusterNodeMask reads only node-cidr-mask-size-ipv4/-ipv6, else 24/64
  // (kubernetes cmd/kubeadm/app/apis/kubeadm/validation/validation.go); kube-controller-manager
  // applies the legacy flag single-stack and refuses a node mask shorter than the cluster's
  // (node_ipam_controller.go, reference/kubernetes.md 1.3 item 7).
  const r = importConfig(
    kubeadm("  podSubnet: 10.244.0.0/24", '    node-cidr-mask-size: "16"'),
    "kubeadm",
  );
  const findings = analyse(r.design!).findings;

  it("reports only kube-controller-manager's refusal, not kubeadm's", () => {
    expect(r.design?.ipv4?.nodeMask).toBe(16);
    const kcm = findings.filter((f) => f.rule === "kcm-cluster-mask-order");
    expect(kcm.map((f) => f.severity)).toEqual(["error"]);
    expect(kcm[0]?.message).toContain(
      "mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size",
    );
    const kubeadmSays = findings.filter((f) => f.source === "kubeadm" && f.severity !== "info");
    expect(kubeadmSays).toEqual([]);
    expect(findings.some((f) => f.message.includes("kubeadm refuses pod range"))).toBe(false);
  });

  it("records where the mask came from", () => {
    expect(r.design?.imported?.sources["ipv4.nodeMask"]).toBe(
      "controllerManager.extraArgs.node-cidr-mask-size",
    );
  });

  it("the same mask given per family is kubeadm's refusal", () => {
    const perFamily = importConfig(
      kubeadm("  podSubnet: 10.244.0.0/24", '    node-cidr-mask-size-ipv4: "16"'),
      "kubeadm",
    );
    const said = analyse(perFamily.design!).findings.filter(
      (f) => f.rule === "kubeadm-pod-node-mask",
    );
    expect(said.map((f) => f.severity)).toEqual(["warning"]);
    expect(said[0]?.message).toContain("kubeadm refuses pod range 10.244.0.0/24 with /16");
  });
});

describe("provenance on the imported design (ADR 0120)", () => {
  it("marks undeclared values as placeholders and holds back findings resting on them", () => {
    // The Cilium chart's default pool 10.0.0.0/8 and the designer's stand-in node network 10.0.0.0/22.
    const r = importConfig(
      "ipam:\n  mode: cluster-pool\nkubeProxyReplacement: true\n",
      "cilium-values",
    );
    expect(r.design?.imported?.placeholders).toEqual(
      expect.arrayContaining(["nodes.networks", "nodes.count"]),
    );
    const overlap = analyse(r.design!).findings.filter((f) =>
      f.fields.some((x) => x.startsWith("nodes.networks")),
    );
    expect(overlap.length).toBeGreaterThan(0);
    for (const f of overlap) {
      expect(f.severity).toBe("info");
      expect(f.message).toContain("nodes.networks, not in the imported file: a placeholder");
    }
  });

  it("validate of an imported design reports the file's refusals", () => {
    const r = importConfig(
      "kube-controller-manager --cluster-cidr=10.244.0.0/16 --cidr-allocator-type=IPAMFromCluster",
      "component-flags",
    );
    const reopened = parseDesignFile(serializeDesign(r.design!));
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    const said = analyse(reopened.value.design).findings.filter(
      (f) => f.rule === "imported-refusal",
    );
    expect(said.map((f) => f.severity)).toEqual(["error"]);
    expect(said[0]?.message).toContain('"invalid CIDR allocator type: IPAMFromCluster"');
  });

  it("files and links carry it unchanged", () => {
    const r = importConfig(kubeadm("  podSubnet: 10.244.0.0/16", '    node-cidr-mask-size: "25"'));
    const design = r.design!;
    const file = parseDesignFile(serializeDesign(design));
    const link = decodeLink(encodeLink(design));
    expect(file.ok && file.value.design).toEqual(design);
    expect(link.ok && link.value.design).toEqual(design);
  });

  it("an edit makes a value the user's: its source and the refusals go", () => {
    const r = importConfig(
      kubeadm("  podSubnet: 10.244.0.0/16,fd00:10::/56", '    node-cidr-mask-size: "24"'),
    );
    const before = r.design!;
    expect(before.imported?.refusals.length).toBe(1);
    const edited = settleImported(before, {
      ...before,
      ipv4: { ...before.ipv4!, podCidrs: ["10.200.0.0/16"] },
    });
    expect(edited.imported?.sources["ipv4.podCidrs"]).toBeUndefined();
    expect(edited.imported?.sources["ipv6.podCidrs"]).toBe("networking.podSubnet");
    expect(edited.imported?.refusals).toEqual([]);
    // A design replaced by another import keeps its own provenance.
    const other = importConfig("cluster-cidr: 10.42.0.0/16\n").design!;
    expect(settleImported(before, other)).toBe(other);
  });
});
