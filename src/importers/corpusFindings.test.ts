import { describe, expect, it } from "vitest";
import { importConfig } from "./importConfig.ts";

/**
 * Import bugs the issue-15 corpus of published files found (test/corpus), each pinned here on the
 * smallest config that shows it.
 */
describe("a Kubernetes version the designer does not model", () => {
  it("is said and stands in, without sinking the import (kubeadm's own v1beta1 test data)", () => {
    const r = importConfig(`apiVersion: kubeadm.k8s.io/v1beta1
kind: ClusterConfiguration
kubernetesVersion: v1.13.0
networking:
  podSubnet: 10.148.0.0/16
`);
    expect(r.design?.ipv4?.podCidrs).toEqual(["10.148.0.0/16"]);
    expect(r.design?.kubernetesVersion).toBe("1.35");
    expect(r.design?.imported?.placeholders).toContain("kubernetesVersion");
    expect(r.messages).toContain(
      'kubernetesVersion: "v1.13.0" is not a version the designer models (1.20 on); 1.35 stands in for it',
    );
  });

  it("a modelled version is read", () => {
    const r = importConfig(
      "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.36.0\n",
    );
    expect(r.design?.kubernetesVersion).toBe("1.36");
  });
});

describe("the unspecified address as a node IP", () => {
  it("is no node network (Cluster API's IPv6 Docker example sets node-ip '::')", () => {
    const r = importConfig(`apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
localAPIEndpoint:
  advertiseAddress: '::'
nodeRegistration:
  kubeletExtraArgs:
    - name: node-ip
      value: "::"
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
networking:
  podSubnet: fd00:100:96::/48
  serviceSubnet: fd00:100:64::/108
`);
    expect(r.design?.nodes.networks).toEqual([{ name: "nodes", cidr: "10.0.0.0/22" }]);
    expect(r.design?.imported?.placeholders).toContain("nodes.networks");
    expect(r.messages.join("\n")).toContain('"::" is the unspecified address');
  });

  it("0.0.0.0 beside a real IPv6 address keeps only the IPv6 network", () => {
    const r = importConfig("k3s server --node-ip=0.0.0.0,fd00:1::5\n");
    expect(r.design?.nodes.networks.map((n) => n.cidr)).toEqual(["fd00:1::/64"]);
  });
});

describe("command flags printed without their program", () => {
  it("--cluster-cidr with --service-cidr are k3s server flags (k3s docs, dual-stack)", () => {
    const r = importConfig(
      "--cluster-cidr=10.42.0.0/16,2001:db8:42::/56 --service-cidr=10.43.0.0/16,2001:db8:43::/112\n",
    );
    expect(r.format).toBe("k3s-server-command");
    expect(r.design?.ipv6).toMatchObject({
      podCidrs: ["2001:db8:42::/56"],
      serviceCidr: "2001:db8:43::/112",
    });
    expect(r.design?.cni).toEqual({ kind: "flannel", backend: "vxlan" });
    expect(r.messages.join("\n")).toContain("read as k3s server flags");
  });

  it("--pod-network-cidr is kubeadm init's", () => {
    const r = importConfig("--pod-network-cidr=10.244.0.0/16 --service-cidr=10.96.0.0/16\n");
    expect(r.format).toBe("kubeadm-init-command");
    expect(r.design?.ipv4?.serviceCidr).toBe("10.96.0.0/16");
  });

  it("kube-controller-manager flags stay component flags", () => {
    const r = importConfig("--cluster-cidr=10.244.0.0/16 --allocate-node-cidrs=true\n");
    expect(r.format).toBe("component-flags");
  });
});

describe("the second family's pod ranges", () => {
  it("are a placeholder when the file leaves them to kube-controller-manager (Cilium's kind values)", () => {
    const r = importConfig(
      "ipam:\n  mode: kubernetes\nipv6:\n  enabled: true\nipv4:\n  enabled: true\n",
    );
    expect(r.design?.ipFamilies).toEqual(["ipv4", "ipv6"]);
    expect(r.design?.imported?.placeholders).toEqual(
      expect.arrayContaining(["ipv4.podCidrs", "ipv6.podCidrs"]),
    );
  });
});

describe("a kind Cluster", () => {
  const kind = "kind: Cluster\napiVersion: kind.x-k8s.io/v1alpha4\n";

  it("counts its nodes, names the cluster and says which ranges are kind's defaults", () => {
    const r = importConfig(
      `${kind}name: not-default\nnodes:\n- role: control-plane\n- role: worker\n`,
    );
    expect(r.design?.name).toBe("not-default");
    expect(r.design?.nodes.count).toBe(2);
    expect(r.design?.imported?.sources).toMatchObject({
      "nodes.count": "nodes (2)",
      "ipv4.podCidrs": "networking.podSubnet (unset: kind's default)",
      "ipv4.serviceCidr": "networking.serviceSubnet (unset: kind's default)",
    });
    expect(r.design?.imported?.placeholders).not.toContain("nodes.count");
  });

  it("without nodes has kind's one control-plane node", () => {
    const r = importConfig(kind);
    expect(r.design?.nodes.count).toBe(1);
    expect(r.messages).toContain("nodes is not set; kind creates one control-plane node");
  });

  it("applies a patch of the kubeadm API kind generates, after its own networking", () => {
    const patch = (version: string) =>
      `${kind}kubeadmConfigPatches:\n- |\n  apiVersion: kubeadm.k8s.io/${version}\n  kind: ClusterConfiguration\n  networking:\n    serviceSubnet: 10.0.0.0/16\n`;
    const applied = importConfig(patch("v1beta3"));
    expect(applied.design?.ipv4?.serviceCidr).toBe("10.0.0.0/16");
    expect(applied.design?.imported?.sources["ipv4.serviceCidr"]).toBe("networking.serviceSubnet");
    // kind's own test data patches v1beta2, which kind generates only before Kubernetes 1.23.
    const ignored = importConfig(patch("v1beta2"));
    expect(ignored.design?.ipv4?.serviceCidr).toBe("10.96.0.0/16");
    expect(ignored.messages.join("\n")).toContain(
      "kubeadmConfigPatches[0]: apiVersion kubeadm.k8s.io/v1beta2 is not the kubeadm.k8s.io/v1beta3 kind generates",
    );
  });
});

describe("a Cluster API file", () => {
  const cluster = (name: string) => `apiVersion: cluster.x-k8s.io/v1beta2
kind: Cluster
metadata:
  name: ${name}
spec:
  clusterNetwork:
    pods:
      cidrBlocks: ["192.168.0.0/16"]
`;
  const machine = `---
apiVersion: cluster.x-k8s.io/v1beta2
kind: Machine
metadata:
  name: controlplane-0
spec:
  version: v1.37.0-rc.1
---
apiVersion: cluster.x-k8s.io/v1beta2
kind: MachineDeployment
spec:
  replicas: 1
`;

  it("runs the version its machines give and counts a standalone Machine as a node", () => {
    const r = importConfig(cluster("my-cluster") + machine);
    expect(r.design?.kubernetesVersion).toBe("1.37");
    expect(r.design?.nodes.count).toBe(2);
    expect(r.design?.name).toBe("my-cluster");
  });

  it("keeps a clusterctl variable out of the design's name, and says so", () => {
    const r = importConfig(cluster("'${CLUSTER_NAME}'"));
    expect(r.design?.name).toBe("my-cluster");
    expect(r.messages).toContain(
      'clusterName: "${CLUSTER_NAME}" is not a DNS-1123 name the designer can keep; my-cluster stands in for it',
    );
  });
});

describe("Cilium Helm values", () => {
  it("name the cluster by cluster.name (Cilium's Cluster Mesh test values)", () => {
    const r = importConfig("cluster:\n  name: clustermesh1\n  id: 1\nipam:\n  mode: kubernetes\n");
    expect(r.design?.name).toBe("clustermesh1");
  });

  it("record the chart's default pool as a default, a listed pool as declared", () => {
    const none = importConfig("kubeProxyReplacement: true\nipam:\n  mode: cluster-pool\n");
    expect(none.design?.imported?.sources).toMatchObject({
      "ipv4.podCidrs": "ipam.operator.clusterPoolIPv4PodCIDRList (unset: the chart's default)",
      "ipv4.nodeMask": "ipam.operator.clusterPoolIPv4MaskSize (unset: the chart's default)",
    });
    const listed = importConfig(
      "ipam:\n  operator:\n    clusterPoolIPv4PodCIDRList: [10.42.0.0/16]\n    clusterPoolIPv4MaskSize: 25\n",
    );
    expect(listed.design?.imported?.sources).toMatchObject({
      "ipv4.podCidrs": "ipam.operator.clusterPoolIPv4PodCIDRList",
      "ipv4.nodeMask": "ipam.operator.clusterPoolIPv4MaskSize",
    });
  });
});

describe("kubeadm init flags", () => {
  it("are the sources of what they declare (the kubeadm dual-stack docs' command)", () => {
    const r = importConfig(
      "# These address ranges are examples\nkubeadm init --pod-network-cidr=10.244.0.0/16 --service-cidr=10.96.0.0/16\n",
    );
    expect(r.design?.imported?.sources).toMatchObject({
      "ipv4.podCidrs": "--pod-network-cidr",
      "ipv4.serviceCidr": "--service-cidr",
    });
  });
});

describe("aws ec2 describe output", () => {
  it("records the subnets as the node networks' source", () => {
    const r = importConfig(
      '{"Subnets": [{"SubnetId": "subnet-9d4a7b6c", "CidrBlock": "10.0.1.0/24"}]}',
    );
    expect(r.design?.imported?.sources["nodes.networks"]).toBe("Subnets[].CidrBlock");
    expect(r.design?.imported?.placeholders).not.toContain("nodes.networks");
  });

  it("keeps a VPC's associated IPv6 block as a range to avoid (the AWS CLI's own example)", () => {
    const r = importConfig(`{"Vpcs": [{"VpcId": "vpc-a45db1c0", "CidrBlock": "198.168.0.0/24",
      "Ipv6CidrBlockAssociationSet": [{"Ipv6CidrBlock": "2001:db8:1234:8800::/56",
        "Ipv6CidrBlockState": {"State": "ASSOCIATED"}},
        {"Ipv6CidrBlock": "2001:db8:1234:9900::/56", "Ipv6CidrBlockState": {"State": "disassociated"}}]}]}`);
    expect(r.design?.externalRanges).toEqual([
      { name: "vpc-a45db1c0", cidr: "198.168.0.0/24" },
      { name: "vpc-a45db1c0-ipv6", cidr: "2001:db8:1234:8800::/56" },
    ]);
  });
});
