import { describe, expect, it } from "vitest";
import { analyse } from "../core/analysis/analyseDesign.ts";
import { detectFormat, importConfig } from "./importConfig.ts";

/** A controlplane machine config as `talosctl gen config` writes it (secrets left out). */
const CONTROLPLANE = `version: v1alpha1
debug: false
persist: true
machine:
  type: controlplane
  token: redacted
  kubelet:
    image: ghcr.io/siderolabs/kubelet:v1.31.4
    defaultRuntimeSeccompProfileEnabled: true
    nodeIP:
      validSubnets:
        - 192.168.10.0/24
        - "!192.168.10.1/32"
cluster:
  id: redacted
  clusterName: homelab
  controlPlane:
    endpoint: https://192.168.10.5:6443
  network:
    dnsDomain: cluster.local
    podSubnets:
      - 10.244.0.0/16
    serviceSubnets:
      - 10.96.0.0/12
  apiServer:
    image: registry.k8s.io/kube-apiserver:v1.31.4
`;

describe("Talos machine config (talosConfig.ts cites siderolabs/talos)", () => {
  it("is detected by version: v1alpha1 with machine/cluster", () => {
    expect(detectFormat(CONTROLPLANE)).toBe("talos-machine-config");
    expect(detectFormat("cluster:\n  network:\n    cni:\n      name: none\n")).toBe(
      "talos-machine-config",
    );
    // A Helm values file with a `cluster` key is not Talos.
    expect(detectFormat("cluster:\n  name: a\n  id: 1\nipam:\n  mode: kubernetes\n")).not.toBe(
      "talos-machine-config",
    );
  });

  it("reads pod and Service subnets, name, version, DNS domain, flannel and validSubnets", () => {
    const r = importConfig(CONTROLPLANE);
    expect(r.format).toBe("talos-machine-config");
    const d = r.design!;
    expect(d.name).toBe("homelab");
    expect(d.kubernetesVersion).toBe("1.31");
    expect(d.ipFamilies).toEqual(["ipv4"]);
    expect(d.ipv4).toEqual({
      podCidrs: ["10.244.0.0/16"],
      nodeMask: 24,
      serviceCidr: "10.96.0.0/12",
    });
    expect(d.cni).toEqual({ kind: "flannel", backend: "vxlan" });
    expect(d.nodes.networks).toEqual([{ name: "nodes", cidr: "192.168.10.0/24" }]);
    expect(d.imported?.sources).toMatchObject({
      "ipv4.podCidrs": "cluster.network.podSubnets",
      "ipv4.serviceCidr": "cluster.network.serviceSubnets",
      "nodes.networks": "machine.kubelet.nodeIP.validSubnets",
      name: "cluster.clusterName",
      kubernetesVersion: "machine.kubelet.image",
    });
    expect(d.imported?.placeholders).toEqual(["nodes.count"]);
    expect(r.messages.join("\n")).toContain('"!192.168.10.1/32" excludes addresses');
    expect(r.messages.join("\n")).toContain(
      "cluster.network.cni.name is not set; Talos's default flannel",
    );
    // Talos's flannel with the KCM default /24 on a /16: a design Talos would run, so no error.
    expect(analyse(d).findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("applies Talos's defaults to a config without subnets, and says so", () => {
    const r = importConfig(
      "version: v1alpha1\nmachine:\n  type: worker\ncluster:\n  clusterName: w\n",
    );
    expect(r.design?.ipv4).toMatchObject({
      podCidrs: ["10.244.0.0/16"],
      serviceCidr: "10.96.0.0/12",
    });
    expect(r.design?.imported?.sources["ipv4.podCidrs"]).toBe(
      "cluster.network.podSubnets (unset: Talos's default)",
    );
    const text = r.messages.join("\n");
    expect(text).toContain("podSubnets is not set; Talos's default 10.244.0.0/16 was used");
    expect(text).toContain("serviceSubnets is not set; Talos's default 10.96.0.0/12 was used");
  });

  it("reads dual-stack subnets and controller-manager masks from extraArgs", () => {
    const r = importConfig(`version: v1alpha1
machine:
  kubelet:
    extraConfig:
      maxPods: 64
cluster:
  network:
    podSubnets: [10.200.0.0/16, "fd00:10:244::/56"]
    serviceSubnets: [10.96.0.0/16, "fd00:10:96::/112"]
  controllerManager:
    extraArgs:
      node-cidr-mask-size-ipv4: "25"
      node-cidr-mask-size-ipv6: "72"
`);
    const d = r.design!;
    expect(d.ipFamilies).toEqual(["ipv4", "ipv6"]);
    expect(d.ipv4).toEqual({
      podCidrs: ["10.200.0.0/16"],
      nodeMask: 25,
      serviceCidr: "10.96.0.0/16",
    });
    expect(d.ipv6).toEqual({
      podCidrs: ["fd00:10:244::/56"],
      nodeMask: 72,
      serviceCidr: "fd00:10:96::/112",
    });
    expect(d.nodes.maxPods).toBe(64);
    expect(d.imported?.sources["ipv6.nodeMask"]).toBe(
      "cluster.controllerManager.extraArgs.node-cidr-mask-size-ipv6",
    );
  });

  it("cni none and custom leave another CNI: generic, with a pointer to merging its values", () => {
    for (const name of ["none", "custom"]) {
      const r = importConfig(
        `version: v1alpha1\ncluster:\n  network:\n    cni:\n      name: ${name}\n`,
      );
      expect(r.design?.cni).toEqual({ kind: "generic" });
      expect(r.messages.join("\n")).toContain(`cluster.network.cni.name: ${name}`);
      expect(r.messages.join("\n")).toContain("Import that CNI's values too (merge)");
    }
    const odd = importConfig(
      "version: v1alpha1\ncluster:\n  network:\n    cni:\n      name: weave\n",
    );
    expect(odd.messages.join("\n")).toContain('"weave" is not a Talos CNI name');
  });

  it("skips validSubnets that are not networks, and says why", () => {
    const r = importConfig(
      'version: v1alpha1\nmachine:\n  kubelet:\n    nodeIP:\n      validSubnets: ["::/0", "nope"]\n',
    );
    expect(r.design?.nodes.networks).toEqual([{ name: "nodes", cidr: "10.0.0.0/22" }]);
    expect(r.design?.imported?.placeholders).toContain("nodes.networks");
    const text = r.messages.join("\n");
    expect(text).toContain('"::/0" only picks the family');
    expect(text).toContain('"nope" is not a CIDR');
  });

  it("names the other documents of a multi-document config as ignored", () => {
    const r = importConfig(
      `${CONTROLPLANE}---\napiVersion: v1alpha1\nkind: SideroLinkConfig\napiUrl: https://x\n`,
    );
    expect(r.design?.name).toBe("homelab");
    expect(r.messages.join("\n")).toContain('"SideroLinkConfig": ignored');
  });
});
