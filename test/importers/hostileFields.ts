import fc from "fast-check";
import { stringify } from "yaml";

/**
 * Values of the wrong type for any field of a config, as a YAML parse gives them: objects whose
 * `toString` is not a function (String() of it throws), keys that reach `Object.prototype` when
 * looked up in a plain record, lists where text goes, numbers past a double, empty text, null.
 */
export const HOSTILE_VALUES: readonly unknown[] = [
  { toString: 1 },
  { valueOf: 1, toString: 1 },
  JSON.parse('{"__proto__": {"polluted": 1}}') as unknown,
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  ["10.0.0.0/8", "10.1.0.0/16"],
  [{ toString: 1 }],
  [[[]]],
  {},
  Number.MAX_VALUE,
  -0,
  16,
  "0x10",
  "1e309",
  "123456789012345678901234567890",
  "",
  null,
  true,
];

/** One hostile value. */
export const hostileValue = fc.constantFrom(...HOSTILE_VALUES);

/** Flag and key names that are `Object.prototype` members. */
export const PROTOTYPE_NAMES = [
  "constructor",
  "toString",
  "__proto__",
  "valueOf",
  "hasOwnProperty",
];

/**
 * The configs the importers read, each a function of one hostile value placed in every field
 * (and as flag names where a config has them), rendered as YAML the way a user's file reads.
 */
export const HOSTILE_CONFIGS: Record<string, (v: unknown) => unknown> = {
  "kubeadm v1beta3": (v) => ({
    apiVersion: "kubeadm.k8s.io/v1beta3",
    kind: "ClusterConfiguration",
    kubernetesVersion: v,
    clusterName: v,
    networking: { podSubnet: v, serviceSubnet: v, dnsDomain: v },
    controllerManager: {
      extraArgs: Object.fromEntries([
        ["cluster-cidr", v],
        ["node-cidr-mask-size", v],
        ["allocate-node-cidrs", v],
        ["service-cluster-ip-range", v],
        ...PROTOTYPE_NAMES.map((n) => [n, v]),
      ]),
    },
    apiServer: { extraArgs: v },
  }),
  "kubeadm v1beta4": (v) => ({
    apiVersion: "kubeadm.k8s.io/v1beta4",
    kind: "ClusterConfiguration",
    networking: { podSubnet: "10.244.0.0/16" },
    controllerManager: {
      extraArgs: [
        { name: "cluster-cidr", value: v },
        { name: "node-cidr-mask-size", value: v },
        ...PROTOTYPE_NAMES.map((name) => ({ name, value: v })),
        v,
      ],
    },
    nodeRegistration: { kubeletExtraArgs: [{ name: "max-pods", value: v }] },
  }),
  "kubeadm kind": (v) => ({ apiVersion: "kubeadm.k8s.io/v1beta3", kind: v, networking: v }),
  "cilium values": (v) => ({
    ipam: {
      mode: v,
      operator: {
        clusterPoolIPv4PodCIDRList: v,
        clusterPoolIPv4MaskSize: v,
        clusterPoolIPv6PodCIDRList: v,
        clusterPoolIPv6MaskSize: v,
        autoCreateCiliumPodIPPools: { default: { ipv4: { cidrs: v, maskSize: v } } },
      },
    },
    ipv4: { enabled: v },
    ipv6: { enabled: v },
    cluster: { name: v, id: v },
    routingMode: v,
    tunnelProtocol: v,
    ipv4NativeRoutingCIDR: v,
  }),
  "static Pod manifest": (v) => ({
    apiVersion: "v1",
    kind: "Pod",
    metadata: { name: "kube-controller-manager", namespace: "kube-system" },
    spec: {
      containers: [
        {
          name: "kube-controller-manager",
          command: ["kube-controller-manager", "--cluster-cidr=10.244.0.0/16", v],
          args: v,
        },
      ],
    },
  }),
  "k3s config": (v) => ({
    "cluster-cidr": v,
    "service-cidr": v,
    "cluster-dns": v,
    "cluster-domain": v,
    "flannel-backend": v,
    "service-node-port-range": v,
    "node-ip": v,
    "kube-controller-manager-arg": [
      v,
      "node-cidr-mask-size=24",
      ...PROTOTYPE_NAMES.map((n) => `${n}=1`),
    ],
    "kubelet-arg": v,
    cni: v,
  }),
  "talos machine config": (v) => ({
    version: "v1alpha1",
    machine: { type: "controlplane", kubelet: { image: v, extraArgs: v, extraConfig: v } },
    cluster: {
      clusterName: v,
      network: { podSubnets: v, serviceSubnets: v, dnsDomain: v, cni: { name: v } },
      controllerManager: { extraArgs: Object.fromEntries(PROTOTYPE_NAMES.map((n) => [n, v])) },
      apiServer: { image: v },
    },
  }),
  "kind cluster": (v) => ({
    kind: "Cluster",
    apiVersion: "kind.x-k8s.io/v1alpha4",
    name: v,
    networking: { ipFamily: v, podSubnet: v, serviceSubnet: v, kubeProxyMode: v },
    nodes: v,
    kubeadmConfigPatches: v,
  }),
  "cluster api": (v) => ({
    apiVersion: "cluster.x-k8s.io/v1beta1",
    kind: "Cluster",
    metadata: { name: v },
    spec: { clusterNetwork: { pods: { cidrBlocks: v }, services: { cidrBlocks: v } } },
  }),
  "flux helmrelease": (v) => ({
    apiVersion: "helm.toolkit.fluxcd.io/v2",
    kind: "HelmRelease",
    metadata: { name: "cilium" },
    spec: { chart: { spec: { chart: v } }, values: { ipam: { mode: v } }, valuesFrom: v },
  }),
  "aws describe-subnets": (v) => ({
    Subnets: [{ CidrBlock: v, SubnetId: v, VpcId: v, Ipv6CidrBlockAssociationSet: v, Tags: v }],
  }),
};

/** A config of `kind` with `value` in every field, as YAML text. */
export function hostileConfigText(kind: string, value: unknown): string {
  const make = HOSTILE_CONFIGS[kind];
  if (!make) throw new Error(`no hostile config ${kind}`);
  return stringify(make(value));
}
