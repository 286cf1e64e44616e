import { describe, expect, it } from "vitest";
import { analyse } from "../core/analysis/analyseDesign.ts";
import { importConfig } from "./importConfig.ts";

/** Each distribution's defaults, imported as the component applies them and said (issue 15). */
describe("RKE2 cni (rke2Cni.ts cites rke2-docs and rke2-charts)", () => {
  it("canal is flannel VXLAN for pod traffic (host-local on the node ranges), not Calico", () => {
    const r = importConfig("cni: canal\ncluster-cidr: 10.42.0.0/16\n", "k3s-config");
    expect(r.design?.cni).toEqual({ kind: "flannel", backend: "vxlan" });
    expect(r.messages.join("\n")).toContain("canal: flannel carries pod traffic (VXLAN)");
    const calico = analyse(r.design!).findings.filter((f) => /calico/i.test(f.rule));
    expect(calico).toEqual([]);
  });

  it("calico is Calico IPAM via the operator: VXLAN pool, BGP off, strict affinity, /26 blocks", () => {
    const r = importConfig("cni: calico\n", "k3s-config");
    expect(r.design?.cni).toMatchObject({
      kind: "calico",
      ipam: "calico-ipam",
      encapsulation: "VXLAN",
      bgp: false,
      strictAffinity: true,
    });
    expect(r.design?.ipv4).toMatchObject({ podCidrs: ["10.42.0.0/16"], nodeMask: 26 });
  });

  it("a list with multus first: the next entry is the pod network", () => {
    const r = importConfig("cni:\n- multus\n- canal\n", "k3s-config");
    expect(r.design?.cni).toEqual({ kind: "flannel", backend: "vxlan" });
    expect(r.messages.join("\n")).toContain("multus attaches extra networks");
    expect(importConfig("cni: [multus, cilium]\n", "k3s-config").design?.cni).toMatchObject({
      kind: "cilium",
      ipam: "kubernetes",
    });
  });

  it("a file holding only the list form is detected as an RKE2 config (rke2-docs multus_sriov.md)", () => {
    const r = importConfig("# /etc/rancher/rke2/config.yaml\ncni:\n- multus\n- canal\n");
    expect(r.format).toBe("k3s-config");
    expect(r.design?.cni).toEqual({ kind: "flannel", backend: "vxlan" });
  });

  it("multus alone, and an unknown name, are said", () => {
    const alone = importConfig("cni: multus\n", "k3s-config");
    expect(alone.messages.join("\n")).toContain("multus alone gives pods no network");
    const odd = importConfig("cni: weave\n", "k3s-config");
    expect(odd.messages.join("\n")).toContain('cni: "weave" is not a CNI RKE2 bundles');
    expect(odd.design?.cni.kind).toBe("generic");
  });
});

describe("k3s defaults (reference/kubernetes.md 7)", () => {
  it("flannel VXLAN, 10.42.0.0/16 pods and 10.43.0.0/16 Services (DNS 10.43.0.10), each said", () => {
    const r = importConfig("write-kubeconfig-mode: '0644'\n", "k3s-config");
    expect(r.design?.cni).toEqual({ kind: "flannel", backend: "vxlan" });
    expect(r.design?.ipv4).toMatchObject({
      podCidrs: ["10.42.0.0/16"],
      serviceCidr: "10.43.0.0/16",
      nodeMask: 24,
    });
    const said = r.messages.join("\n");
    expect(said).toContain("cluster-cidr is not set; the k3s/RKE2 default 10.42.0.0/16 was used");
    expect(said).toContain("service-cidr is not set; the k3s/RKE2 default 10.43.0.0/16 was used");
    expect(r.design?.imported?.sources["ipv4.podCidrs"]).toContain("unset: the default");
  });
});

describe("component defaults for absent flags", () => {
  it("kube-controller-manager without --allocate-node-cidrs allocates nothing (default false)", () => {
    const r = importConfig(
      "kube-controller-manager --cluster-cidr=10.244.0.0/16 --node-cidr-mask-size-ipv4=24",
      "component-flags",
    );
    expect(r.messages.join("\n")).toContain(
      "--allocate-node-cidrs is not given: kube-controller-manager's default is false",
    );
    expect(r.design?.cni.kind).toBe("kubelet-standalone");
    const on = importConfig(
      "kube-controller-manager --allocate-node-cidrs=true --cluster-cidr=10.244.0.0/16",
      "component-flags",
    );
    expect(on.design?.cni.kind).toBe("generic");
  });

  it("kube-apiserver without --service-cluster-ip-range uses 10.0.0.0/24", () => {
    const r = importConfig("kube-apiserver --secure-port=6443", "component-flags");
    expect(r.design?.ipv4?.serviceCidr).toBe("10.0.0.0/24");
    expect(r.design?.imported?.sources["ipv4.serviceCidr"]).toContain("kube-apiserver's default");
  });
});
