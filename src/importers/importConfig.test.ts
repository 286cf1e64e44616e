import { describe, expect, it } from "vitest";
import { defaultDesign } from "../core/design/defaults.ts";
import { importConfig } from "./importConfig.ts";

describe("importConfig: Cilium Helm values", () => {
  it("reads a dual-stack cluster-pool values file (reference/cni.md section 10)", () => {
    const r = importConfig(`ipam:
  mode: cluster-pool
  operator:
    clusterPoolIPv4PodCIDRList:
      - 10.0.0.0/8
    clusterPoolIPv4MaskSize: 24
    clusterPoolIPv6PodCIDRList:
      - fd00:10::/104
    clusterPoolIPv6MaskSize: 120
ipv4:
  enabled: true
ipv6:
  enabled: true
routingMode: tunnel
tunnelProtocol: vxlan
hubble:
  enabled: true
`);
    expect(r.format).toBe("cilium-values");
    expect(r.design?.ipFamilies).toEqual(["ipv4", "ipv6"]);
    expect(r.design?.ipv4).toMatchObject({ podCidrs: ["10.0.0.0/8"], nodeMask: 24 });
    expect(r.design?.ipv6).toMatchObject({ podCidrs: ["fd00:10::/104"], nodeMask: 120 });
    expect(r.design?.cni).toMatchObject({
      kind: "cilium",
      ipam: "cluster-pool",
      routingMode: "tunnel",
    });
    expect(r.messages).toContain("hubble: ignored (not about addressing, or not modelled)");
    expect(r.messages.some((m) => m.includes("no IPv4 Service range"))).toBe(true);
  });

  it("uses the chart defaults when the pool keys are absent, and says so", () => {
    const r = importConfig("ipam:\n  mode: cluster-pool\nkubeProxyReplacement: true\n");
    expect(r.design?.ipv4).toMatchObject({ podCidrs: ["10.0.0.0/8"], nodeMask: 24 });
    expect(r.messages.some((m) => m.includes("chart default 10.0.0.0/8"))).toBe(true);
  });

  it("reads multi-pool, ENI and a string CIDR list", () => {
    const multi = importConfig(`ipam:
  mode: multi-pool
  operator:
    autoCreateCiliumPodIPPools:
      default:
        ipv4: { cidrs: ["10.10.0.0/16"], maskSize: 26 }
      extra:
        ipv4: { cidrs: ["10.20.0.0/16"], maskSize: 26 }
routingMode: native
`);
    expect(multi.design?.ipv4).toMatchObject({ podCidrs: ["10.10.0.0/16"], nodeMask: 26 });
    expect(multi.messages.some((m) => m.includes("autoCreateCiliumPodIPPools.extra"))).toBe(true);
    const eni = importConfig(
      "eni:\n  enabled: true\n  awsEnablePrefixDelegation: true\nipam:\n  mode: eni\n",
    );
    expect(eni.design?.cni).toMatchObject({
      ipam: "eni",
      routingMode: "native",
      eni: { prefixDelegation: true },
    });
    const text = importConfig(
      "ipam:\n  operator:\n    clusterPoolIPv4PodCIDRList: 10.1.0.0/16 10.2.0.0/16\n",
    );
    expect(text.design?.ipv4?.podCidrs).toEqual(["10.1.0.0/16", "10.2.0.0/16"]);
  });
});

describe("importConfig: kubeadm", () => {
  it("reads v1beta4 with name/value extraArgs and more documents", () => {
    const r = importConfig(`apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.33.2
clusterName: prod-east
networking:
  podSubnet: 10.244.0.0/16,fd00:10:244::/56
  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
controllerManager:
  extraArgs:
  - name: node-cidr-mask-size-ipv4
    value: "25"
  - name: node-cidr-mask-size-ipv6
    value: "64"
---
apiVersion: kubeadm.k8s.io/v1beta4
kind: InitConfiguration
nodeRegistration:
  kubeletExtraArgs:
  - name: node-ip
    value: 10.100.0.2,fd00:1:2:3::2
---
apiVersion: kubelet.config.k8s.io/v1beta1
kind: KubeletConfiguration
maxPods: 64
`);
    expect(r.format).toBe("kubeadm");
    expect(r.design).toMatchObject({
      name: "prod-east",
      kubernetesVersion: "1.33",
      ipFamilies: ["ipv4", "ipv6"],
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 25, serviceCidr: "10.96.0.0/16" },
      ipv6: { podCidrs: ["fd00:10:244::/56"], nodeMask: 64, serviceCidr: "fd00:10:96::/112" },
      nodes: {
        maxPods: 64,
        networks: [
          { name: "nodes-ipv4", cidr: "10.100.0.0/24" },
          { name: "nodes-ipv6", cidr: "fd00:1:2:3::/64" },
        ],
      },
    });
    // The node IPs are node-network evidence (issue 15), no longer an ignored document.
    expect(r.messages.some((m) => m.startsWith('"InitConfiguration": ignored'))).toBe(false);
  });

  it("reads v1beta3 map extraArgs and applies kubeadm's default Service subnet", () => {
    const r = importConfig(`apiVersion: kubeadm.k8s.io/v1beta3
kind: ClusterConfiguration
networking:
  podSubnet: "fd00:44::/48"
  dnsDomain: corp.local
controllerManager:
  extraArgs:
    node-cidr-mask-size-ipv6: "64"
    bind-address: 0.0.0.0
`);
    expect(r.design?.ipFamilies).toEqual(["ipv6", "ipv4"]);
    expect(r.design?.ipv6).toMatchObject({ podCidrs: ["fd00:44::/48"], nodeMask: 64 });
    expect(r.design?.ipv4?.serviceCidr).toBe("10.96.0.0/12");
    expect(r.design?.clusterDomain).toBe("corp.local");
    expect(r.messages).toContain(
      "controllerManager.extraArgs.bind-address: ignored (not about addressing)",
    );
  });
});

describe("importConfig: component flags", () => {
  it("reads kube-controller-manager flags one per line and as a command line", () => {
    const lines = importConfig(`--allocate-node-cidrs=true
--cluster-cidr=10.128.0.0/14
--node-cidr-mask-size-ipv4=23
--service-cluster-ip-range=172.30.0.0/16
--leader-elect=true`);
    expect(lines.format).toBe("component-flags");
    expect(lines.design?.ipv4).toEqual({
      podCidrs: ["10.128.0.0/14"],
      nodeMask: 23,
      serviceCidr: "172.30.0.0/16",
    });
    expect(lines.messages).toContain("--leader-elect: ignored (not about addressing)");
    const cmd = importConfig(
      "kube-controller-manager --cluster-cidr 10.200.0.0/16 --node-cidr-mask-size 26 \\\n  --service-cluster-ip-range=10.32.0.0/24 --v=2",
    );
    expect(cmd.design?.ipv4).toEqual({
      podCidrs: ["10.200.0.0/16"],
      nodeMask: 26,
      serviceCidr: "10.32.0.0/24",
    });
  });

  it("reads a kubeadm static Pod manifest's command list", () => {
    const r = importConfig(`apiVersion: v1
kind: Pod
metadata:
  name: kube-controller-manager
  namespace: kube-system
spec:
  containers:
  - command:
    - kube-controller-manager
    - --allocate-node-cidrs=true
    - --cluster-cidr=10.244.0.0/16
    - --service-cluster-ip-range=10.96.0.0/12
    - --kubeconfig=/etc/kubernetes/controller-manager.conf
    image: registry.k8s.io/kube-controller-manager:v1.33.0
    name: kube-controller-manager
`);
    expect(r.format).toBe("component-flags");
    expect(r.design?.ipv4).toEqual({
      podCidrs: ["10.244.0.0/16"],
      nodeMask: 24,
      serviceCidr: "10.96.0.0/12",
    });
  });

  it("reads kube-apiserver flags (Service range and NodePorts)", () => {
    const r = importConfig(
      "--service-cluster-ip-range=10.100.0.0/16\n--service-node-port-range=30000-31000\n",
    );
    expect(r.design?.ipv4?.serviceCidr).toBe("10.100.0.0/16");
    expect(r.design?.nodePortRange).toBe("30000-31000");
  });
});

describe("importConfig: the cluster the config describes, defaults included", () => {
  // kubernetes pkg/kubeapiserver/options DefaultServiceIPCIDR = 10.0.0.0/24 (reference/kubernetes.md).
  it("a kube-apiserver command line without --service-cluster-ip-range gets 10.0.0.0/24", () => {
    const r = importConfig("kube-apiserver --service-node-port-range=30000-31000\n");
    expect(r.design?.ipv4?.serviceCidr).toBe("10.0.0.0/24");
    expect(r.messages.join("\n")).toContain("uses its default 10.0.0.0/24");
  });
});

describe("importConfig: k3s / RKE2 config.yaml", () => {
  it("reads a dual-stack k3s config with component args", () => {
    const r = importConfig(`write-kubeconfig-mode: "0644"
cluster-cidr: 10.42.0.0/16,2001:cafe:42::/56
service-cidr: 10.43.0.0/16,2001:cafe:43::/112
cluster-domain: k3s.local
flannel-backend: host-gw
kube-controller-manager-arg:
  - node-cidr-mask-size-ipv4=25
  - node-cidr-mask-size-ipv6=64
kubelet-arg:
  - max-pods=200
  - eviction-hard=memory.available<100Mi
service-node-port-range: 30000-32000
`);
    expect(r.format).toBe("k3s-config");
    expect(r.design).toMatchObject({
      ipFamilies: ["ipv4", "ipv6"],
      ipv4: { podCidrs: ["10.42.0.0/16"], nodeMask: 25, serviceCidr: "10.43.0.0/16" },
      ipv6: { podCidrs: ["2001:cafe:42::/56"], nodeMask: 64, serviceCidr: "2001:cafe:43::/112" },
      clusterDomain: "k3s.local",
      nodePortRange: "30000-32000",
      nodes: { maxPods: 200 },
      cni: { kind: "flannel", backend: "host-gw" },
    });
    expect(r.messages).toContain("write-kubeconfig-mode: ignored (not about addressing)");
    expect(r.messages).toContain("kubelet-arg eviction-hard: ignored (not about addressing)");
  });

  it("applies the k3s defaults when the ranges are absent", () => {
    const r = importConfig("node-ip: 10.0.0.5\ncni: cilium\n");
    expect(r.design?.ipv4).toMatchObject({
      podCidrs: ["10.42.0.0/16"],
      serviceCidr: "10.43.0.0/16",
    });
    expect(r.design?.cni).toMatchObject({ kind: "cilium", ipam: "kubernetes" });
  });
});

describe("importConfig: bad input", () => {
  it.each(["", "hello world", "- a\n- b\n", "{{{{", "a: [1, 2"])(
    "explains %j without a design",
    (text) => {
      const r = importConfig(text);
      expect(r.design).toBeUndefined();
      expect(r.messages.length).toBeGreaterThan(0);
    },
  );

  it("names a YAML syntax error and its line", () => {
    const r = importConfig("cluster-cidr: 10.42.0.0/16\nservice-cidr: [10.43.0.0/16\n");
    expect(r.design).toBeUndefined();
    expect(r.messages).toContainEqual(
      expect.stringMatching(/^it is not valid YAML: .* at line 3, column 1$/),
    );
    expect(importConfig("hello world").messages.join(" ")).not.toMatch(/not valid YAML/);
  });

  it("names a repeated key first, before what the designer reads", () => {
    const r = importConfig(
      "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nnetworking:\n  podSubnet: 10.244.0.0/16\n  podSubnet: 10.245.0.0/16\n",
    );
    expect(r.messages[0]).toBe("it is not valid YAML: Map keys must be unique at line 5, column 3");
    expect(r.messages[1]).toMatch(/^this is not a config the designer reads/);
  });

  it("refuses invalid imported values through the restore gate", () => {
    const r = importConfig("--cluster-cidr=10.0.0.0/8\n--node-cidr-mask-size-ipv4=40\n");
    expect(r.design).toBeUndefined();
    expect(r.messages.at(-1)).toMatch(/^the imported design is not valid: ipv4\.nodeMask/);
  });

  it("keeps the default design's other settings", () => {
    const r = importConfig("--cluster-cidr=10.1.0.0/16");
    expect(r.design?.nodes).toEqual(defaultDesign().nodes);
  });

  it("honours a format hint", () => {
    expect(importConfig("ipam:\n  mode: kubernetes\n", "cilium-values").format).toBe(
      "cilium-values",
    );
  });
});

describe("importConfig: the input gate and the guard", () => {
  it("names a non-scalar word of a static Pod manifest instead of throwing (issue 13)", () => {
    const pod =
      "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - command:\n    - kube-controller-manager\n    - {toString: 1}\n    - --cluster-cidr=10.1.0.0/16\n";
    const r = importConfig(pod);
    expect(r.format).toBe("component-flags");
    expect(r.design?.ipv4?.podCidrs).toEqual(["10.1.0.0/16"]);
    expect(r.messages).toContain('"(an object)": not a flag; ignored');
  });

  it("refuses text over 4 MiB and says the limit", () => {
    const r = importConfig(`# ${"x".repeat(4 * 1024 * 1024)}\n--cluster-cidr=10.0.0.0/8\n`);
    expect(r.design).toBeUndefined();
    expect(r.messages).toEqual([
      "the config is over the limit of 4 MiB (4,194,304 bytes) for any input",
    ]);
  });

  it("refuses YAML over a limit, whatever the format hint", () => {
    const r = importConfig(`${"[".repeat(1000)}\n`, "cilium-values");
    expect(r.design).toBeUndefined();
    expect(r.messages).toEqual(["the config cannot be read: it is nested deeper than 64 levels"]);
  });

  it("reads 60,000 pod CIDRs in one pass and refuses them through the restore gate", () => {
    const cidrs = Array.from({ length: 60_000 }, (_, i) => `10.${i >> 8}.${i & 255}.0/24`);
    const r = importConfig(`cluster-cidr: ${cidrs.join(",")}\n`);
    expect(r.format).toBe("k3s-config");
    expect(r.design).toBeUndefined();
    expect(r.messages.at(-1)).toMatch(/^the imported design is not valid: /);
  });
});

describe("importConfig: messages echo input safely", () => {
  it("escapes control, bidi and zero-width characters of keys and words, newlines included", () => {
    const r = importConfig(
      'ipam:\n  mode: kubernetes\n"a\\u202eb": 1\n"c\\u200bd\\ne: forged": 2\n"\\e]0;x\\a": 3\n',
    );
    expect(r.format).toBe("cilium-values");
    expect(r.messages).toContain("a\\u202eb: ignored (not about addressing, or not modelled)");
    expect(r.messages).toContain(
      "c\\u200bd\\ne: forged: ignored (not about addressing, or not modelled)",
    );
    expect(r.messages).toContain(
      "\\u001b]0;x\\u0007: ignored (not about addressing, or not modelled)",
    );
    const flags = importConfig("--cluster-cidr=10.1.0.0/16 evil\u202eword");
    expect(flags.messages).toContain('"evil\\u202eword": not a flag; ignored');
  });
});
