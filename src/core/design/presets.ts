import { cloudPresets } from "../cloud/cloudPresets.ts";
import { defaultCni, defaultDesign, defaultFamilyPlan } from "./defaults.ts";
import type { Design } from "./schema.ts";

/** A named starting point with the source of its numbers. */
export interface Preset {
  id: string;
  label: string;
  description: string;
  /** True for a preset that exists to show an error (its description says so). */
  showsError?: boolean;
  design: Design;
}

const base = defaultDesign();

/** Presets a user expects, each built from the distribution's documented defaults (reference/kubernetes.md section 7). */
export const PRESETS: readonly Preset[] = [
  {
    id: "kubeadm",
    label: "kubeadm",
    description:
      "kubeadm: Service 10.96.0.0/12 (DNS 10.96.0.10), pods 10.244.0.0/16, /24 per node.",
    design: { ...base, name: "kubeadm" },
  },
  {
    id: "k3s",
    label: "k3s / RKE2",
    description:
      "k3s and RKE2: pods 10.42.0.0/16, Service 10.43.0.0/16 (DNS 10.43.0.10), Flannel VXLAN.",
    design: {
      ...base,
      name: "k3s",
      ipv4: { podCidrs: ["10.42.0.0/16"], nodeMask: 24, serviceCidr: "10.43.0.0/16" },
      cni: defaultCni("flannel"),
    },
  },
  {
    id: "kind",
    label: "kind",
    description:
      "kind: pods 10.244.0.0/16, Service 10.96.0.0/16, nodes on the Docker network 172.18.0.0/16.",
    design: {
      ...base,
      name: "kind",
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 24, serviceCidr: "10.96.0.0/16" },
      nodes: {
        ...base.nodes,
        networks: [{ name: "kind", cidr: "172.18.0.0/16" }],
        count: 3,
        headroomPercent: 0,
      },
    },
  },
  {
    id: "cilium",
    label: "Cilium defaults (shows an error)",
    description:
      "Shows an error on purpose: Cilium's chart default pool 10.0.0.0/8 (/24 per node) contains kubeadm's Service range 10.96.0.0/12.",
    showsError: true,
    design: {
      ...base,
      name: "cilium",
      ipv4: { podCidrs: ["10.0.0.0/8"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
      nodes: { ...base.nodes, networks: [{ name: "nodes", cidr: "192.168.0.0/22" }] },
      cni: defaultCni("cilium"),
    },
  },
  {
    id: "aks-overlay",
    label: "AKS overlay-like",
    description:
      "AKS Azure CNI Overlay: pods 10.244.0.0/16 with /24 per node, Service 10.0.0.0/16, 250 pods per node.",
    design: {
      ...base,
      name: "aks",
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 24, serviceCidr: "10.0.0.0/16" },
      nodes: {
        ...base.nodes,
        networks: [{ name: "aks-subnet", cidr: "10.224.0.0/16" }],
        maxPods: 250,
      },
      externalRanges: [{ name: "aks-reserved", cidr: "172.30.0.0/16" }],
      cni: defaultCni("azure-overlay"),
    },
  },
  {
    id: "openshift",
    label: "OpenShift-like",
    description:
      "OpenShift: clusterNetwork 10.128.0.0/14 with hostPrefix 23, serviceNetwork 172.30.0.0/16, machineNetwork 10.0.0.0/16.",
    design: {
      ...base,
      name: "openshift",
      ipv4: { podCidrs: ["10.128.0.0/14"], nodeMask: 23, serviceCidr: "172.30.0.0/16" },
      nodes: {
        ...base.nodes,
        networks: [{ name: "machine-network", cidr: "10.0.0.0/16" }],
        maxPods: 250,
      },
      externalRanges: [
        { name: "ovn-join", cidr: "100.64.0.0/16" },
        { name: "ovn-transit", cidr: "100.88.0.0/16" },
      ],
    },
  },
  {
    id: "dual-stack",
    label: "Dual-stack (kind-like)",
    description:
      "IPv4 primary with IPv6: pods 10.244.0.0/16 + fd00:10:244::/56, Services 10.96.0.0/16 + fd00:10:96::/112.",
    design: {
      ...base,
      name: "dual-stack",
      ipFamilies: ["ipv4", "ipv6"],
      ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 24, serviceCidr: "10.96.0.0/16" },
      ipv6: defaultFamilyPlan("ipv6"),
      nodes: {
        ...base.nodes,
        networks: [
          { name: "nodes-v4", cidr: "10.0.0.0/22" },
          { name: "nodes-v6", cidr: "fd00:1::/64" },
        ],
      },
    },
  },
  ...cloudPresets(base),
];
