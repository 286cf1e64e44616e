import { describe, expect, it } from "vitest";
import { importConfig } from "./importConfig.ts";

/** Each wrapper format: detected by name, read through the importer of what it wraps. */
describe("wrapper formats", () => {
  it("kind Cluster: networking, kind's dual defaults, and kubeadmConfigPatches", () => {
    const r = importConfig(`kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
networking:
  ipFamily: dual
kubeadmConfigPatches:
- |
  kind: ClusterConfiguration
  controllerManager:
    extraArgs:
      node-cidr-mask-size-ipv4: "25"
nodes:
- role: control-plane
`);
    expect(r.format).toBe("kind-cluster");
    expect(r.design?.ipv4).toEqual({
      podCidrs: ["10.244.0.0/16"],
      nodeMask: 25,
      serviceCidr: "10.96.0.0/16",
    });
    expect(r.design?.ipv6).toEqual({
      podCidrs: ["fd00:10:244::/56"],
      nodeMask: 64,
      serviceCidr: "fd00:10:96::/112",
    });
    expect(r.messages.join("\n")).toContain("kind's default for ipFamily dual");
  });

  it("kind: an unreadable patch gets a clear message", () => {
    const r = importConfig(`kind: Cluster
apiVersion: kind.x-k8s.io/v1alpha4
kubeadmConfigPatches:
- "kind: [unclosed"
`);
    expect(r.messages.join("\n")).toMatch(/kubeadmConfigPatches\[0\] is not valid YAML/);
  });

  it("Cluster API Cluster + KubeadmControlPlane + MachineDeployment in one file", () => {
    const r = importConfig(`apiVersion: cluster.x-k8s.io/v1beta1
kind: Cluster
metadata:
  name: c1
spec:
  clusterNetwork:
    pods:
      cidrBlocks: ["192.168.0.0/16"]
    services:
      cidrBlocks: ["10.128.0.0/12"]
    serviceDomain: cluster.local
---
apiVersion: controlplane.cluster.x-k8s.io/v1beta1
kind: KubeadmControlPlane
spec:
  replicas: 3
  kubeadmConfigSpec:
    clusterConfiguration:
      controllerManager:
        extraArgs:
          node-cidr-mask-size: "26"
    initConfiguration:
      nodeRegistration:
        kubeletExtraArgs:
          node-ip: 10.10.0.5
---
apiVersion: cluster.x-k8s.io/v1beta1
kind: MachineDeployment
spec:
  replicas: 5
`);
    expect(r.format).toBe("cluster-api");
    expect(r.design?.ipv4).toEqual({
      podCidrs: ["192.168.0.0/16"],
      nodeMask: 26,
      serviceCidr: "10.128.0.0/12",
    });
    expect(r.design?.nodes.count).toBe(8);
    expect(r.design?.nodes.networks).toEqual([{ name: "nodes-ipv4", cidr: "10.10.0.0/24" }]);
    expect(r.design?.imported?.placeholders).not.toContain("nodes.count");
  });

  it("Flux HelmRelease and Argo CD Application wrapping Cilium values", () => {
    const flux = importConfig(`apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata: { name: cilium }
spec:
  chart:
    spec: { chart: cilium, version: 1.16.0 }
  values:
    ipam:
      mode: cluster-pool
      operator:
        clusterPoolIPv4PodCIDRList: ["10.42.0.0/16"]
        clusterPoolIPv4MaskSize: 25
`);
    expect(flux.format).toBe("flux-helmrelease");
    expect(flux.design?.ipv4).toMatchObject({ podCidrs: ["10.42.0.0/16"], nodeMask: 25 });
    const argo = importConfig(`apiVersion: argoproj.io/v1alpha1
kind: Application
spec:
  source:
    chart: cilium
    repoURL: https://helm.cilium.io
    helm:
      values: |
        ipam:
          operator:
            clusterPoolIPv4PodCIDRList: 10.60.0.0/14
`);
    expect(argo.format).toBe("argocd-application");
    expect(argo.design?.ipv4?.podCidrs).toEqual(["10.60.0.0/14"]);
    expect(argo.design?.cni.kind).toBe("cilium");
  });

  it("command lines: kubeadm init, k3s server, rke2 server", () => {
    const kubeadm = importConfig(
      "sudo kubeadm init --pod-network-cidr=10.244.0.0/16 --service-cidr 10.112.0.0/12",
    );
    // A leading sudo is skipped: the program decides.
    expect(kubeadm.format).toBe("kubeadm-init-command");
    const init = importConfig(
      "kubeadm init --pod-network-cidr=10.244.0.0/16 --service-cidr 10.112.0.0/12",
    );
    expect(init.format).toBe("kubeadm-init-command");
    expect(init.design?.ipv4).toMatchObject({
      podCidrs: ["10.244.0.0/16"],
      serviceCidr: "10.112.0.0/12",
    });
    expect(init.messages.join("\n")).not.toContain("--pod-network-cidr: ignored");
    const k3s = importConfig(
      "k3s server --cluster-cidr=10.50.0.0/16 --service-cidr=10.51.0.0/16 --kube-controller-manager-arg=node-cidr-mask-size=25",
    );
    expect(k3s.format).toBe("k3s-server-command");
    expect(k3s.design?.ipv4).toEqual({
      podCidrs: ["10.50.0.0/16"],
      nodeMask: 25,
      serviceCidr: "10.51.0.0/16",
    });
    const rke2 = importConfig("/usr/local/bin/rke2 server --cni calico");
    expect(rke2.design?.cni).toMatchObject({ kind: "calico", ipam: "calico-ipam" });
  });

  it("a systemd unit whose ExecStart carries the flags", () => {
    const r = importConfig(`[Unit]
Description=Kubernetes Controller Manager

[Service]
ExecStart=/usr/local/bin/kube-controller-manager \\
  --allocate-node-cidrs=true \\
  --cluster-cidr=10.200.0.0/16 \\
  --service-cluster-ip-range=10.32.0.0/24
Restart=on-failure
`);
    expect(r.format).toBe("systemd-unit");
    expect(r.design?.ipv4).toMatchObject({
      podCidrs: ["10.200.0.0/16"],
      serviceCidr: "10.32.0.0/24",
    });
  });
});
