import { describe, expect, it } from "vitest";
import { analyse } from "../core/analysis/analyseDesign.ts";
import { importConfig } from "./importConfig.ts";

const cluster = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
networking:
  podSubnet: 10.244.0.0/16,fd00:10:244::/56
  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
---
`;

/** Node IPs become node networks (a /24 or /64 around them), with their key as the source. */
describe("node IPs", () => {
  it("kubeadm v1beta4 list-form kubeletExtraArgs node-ip (reference/kubernetes.md 6.4)", () => {
    const r = importConfig(
      `${cluster}apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
nodeRegistration:
  kubeletExtraArgs:
  - name: node-ip
    value: 10.100.0.2,fd00:1:2:3::2
`,
    );
    expect(r.design?.nodes.networks.map((n) => n.cidr)).toEqual([
      "10.100.0.0/24",
      "fd00:1:2:3::/64",
    ]);
    expect(r.design?.imported?.sources["nodes.networks"]).toContain(
      "InitConfiguration.nodeRegistration.kubeletExtraArgs.node-ip",
    );
    expect(r.design?.imported?.placeholders).not.toContain("nodes.networks");
    expect(r.messages.join("\n")).not.toMatch(
      /node-ip.*not about addressing|InitConfiguration.*ignored/,
    );
    // validate no longer says that no node network is IPv6.
    expect(analyse(r.design!).findings.map((f) => f.rule)).not.toContain(
      "dual-stack-node-networks",
    );
  });

  it("kubeadm v1beta3 map form on a JoinConfiguration, and InitConfiguration's advertiseAddress", () => {
    const r = importConfig(
      `${cluster}apiVersion: kubeadm.k8s.io/v1beta3
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: 192.168.56.10
---
apiVersion: kubeadm.k8s.io/v1beta3
kind: JoinConfiguration
nodeRegistration:
  kubeletExtraArgs:
    node-ip: 192.168.56.11,fd00:56::11
`,
    );
    expect(r.design?.nodes.networks.map((n) => n.cidr)).toEqual([
      "192.168.56.0/24",
      "fd00:56::/64",
    ]);
  });

  it("k3s/RKE2 node-ip and kubelet --node-ip", () => {
    const k3s = importConfig("cluster-cidr: 10.42.0.0/16\nnode-ip: 10.0.10.5\n", "k3s-config");
    expect(k3s.design?.nodes.networks).toEqual([{ name: "nodes-ipv4", cidr: "10.0.10.0/24" }]);
    expect(k3s.messages.join("\n")).not.toContain("node-ip: ignored");
    const flags = importConfig("kubelet --node-ip=172.31.4.9 --max-pods=58", "component-flags");
    expect(flags.design?.nodes.networks).toEqual([{ name: "nodes-ipv4", cidr: "172.31.4.0/24" }]);
    expect(flags.design?.imported?.sources["nodes.networks"]).toContain("--node-ip");
  });

  it("a node-ip that is not an address is named and skipped", () => {
    const r = importConfig("cluster-cidr: 10.42.0.0/16\nnode-ip: eth0\n", "k3s-config");
    expect(r.messages.join("\n")).toContain('node-ip: "eth0" is not an IP address and was skipped');
    expect(r.design?.imported?.placeholders).toContain("nodes.networks");
  });
});
