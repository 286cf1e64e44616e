import { assertNever } from "../result.ts";
import type { Cni } from "../design/schema.ts";
import { describeCloudCni } from "../cloud/describeCloudCni.ts";
import type { IpamDescriptor } from "./descriptor.ts";

const MASKS = ["ipv4.nodeMask", "ipv6.nodeMask"];
const PODS = ["ipv4.podCidrs", "ipv6.podCidrs"];
const KCM_NOTE =
  "kube-controller-manager allocates node ranges (--allocate-node-cidrs=true, --cluster-cidr, --node-cidr-mask-size-ipv4/-ipv6) and skips node ranges that touch the Service range.";

function kcmHostLocal(id: string, label: string, notes: string[] = []): IpamDescriptor {
  return {
    id,
    label,
    nodeRanges: "kube-controller-manager",
    podIps: "host-local",
    usesPodRange: true,
    knowsServiceRange: true,
    needsControllerManagerAllocation: true,
    maxPodCidrsPerFamily: 1,
    settings: [...PODS, ...MASKS, "nodes.maxPods"],
    notes: [KCM_NOTE, ...notes],
  };
}

/** The addressing descriptor of a CNI choice: who allocates what, and which settings matter. */
export function describeCni(cni: Cni): IpamDescriptor {
  switch (cni.kind) {
    case "generic":
      return kcmHostLocal("generic", "Generic CNI (node.spec.podCIDR, host-local)");
    case "flannel":
      return kcmHostLocal("flannel", "Flannel (kube-subnet-mgr)", [
        "Flannel's net-conf.json Network must contain every node's podCIDR; SubnetLen is ignored under --kube-subnet-mgr.",
      ]);
    case "kubelet-standalone":
      return {
        ...kcmHostLocal("kubelet-standalone", "kubelet standalone (--pod-cidr)"),
        nodeRanges: "kubelet",
        needsControllerManagerAllocation: false,
        knowsServiceRange: false,
        notes: [
          "Each kubelet gets its own --pod-cidr (one node range of the pod range); no controller manager allocates or checks them.",
        ],
      };
    case "calico":
      if (cni.ipam === "host-local") {
        return kcmHostLocal("calico/host-local", "Calico with host-local IPAM", [
          "Calico's CNI replaces usePodCidr with the node's podCIDR before calling host-local.",
        ]);
      }
      return {
        id: "calico/calico-ipam",
        label: "Calico IPAM",
        nodeRanges: "calico",
        podIps: "calico-block",
        usesPodRange: true,
        knowsServiceRange: false,
        needsControllerManagerAllocation: false,
        maxPodCidrsPerFamily: 16,
        settings: [...PODS, ...MASKS, "cni.encapsulation", "cni.bgp", "nodes.maxPods"],
        notes: [
          "Nodes claim IP pool blocks of 2^(bits - blockSize) addresses on demand; the node mask is the pool's blockSize.",
          "Calico IPAM does not know the Service range: a pool overlapping it hands out Service IPs to pods.",
        ],
      };
    case "cilium":
      return describeCilium(cni);
    case "azure-overlay":
      return {
        id: "azure-overlay",
        label: "Azure CNI Overlay (AKS)",
        nodeRanges: "cloud",
        podIps: "azure-overlay",
        usesPodRange: true,
        knowsServiceRange: false,
        needsControllerManagerAllocation: false,
        maxPodCidrsPerFamily: 1,
        settings: [...PODS, ...MASKS, "nodes.maxPods"],
        notes: [
          "AKS carves a /24 for every node from the pod CIDR (--pod-cidr); the node mask is fixed, and scale-out nodes get further /24s.",
          "AKS allows at most 250 pods per node (default 250) and reserves 169.254.0.0/16, 172.30.0.0/16, 172.31.0.0/16 and 192.0.2.0/24.",
        ],
      };
    case "aws-vpc":
    case "gke":
    case "aks-kubenet":
    case "azure-cni":
      return describeCloudCni(cni);
    default:
      return assertNever(cni);
  }
}

function describeCilium(cni: Extract<Cni, { kind: "cilium" }>): IpamDescriptor {
  const common = { settings: [...PODS, ...MASKS, "cni.routingMode", "nodes.maxPods"] };
  switch (cni.ipam) {
    case "cluster-pool":
      return {
        ...common,
        id: "cilium/cluster-pool",
        label: "Cilium cluster-pool",
        nodeRanges: "cilium-operator",
        podIps: "cilium",
        usesPodRange: true,
        knowsServiceRange: false,
        needsControllerManagerAllocation: false,
        maxPodCidrsPerFamily: 16,
        notes: [
          "The Cilium operator carves node ranges from clusterPoolIPv4/IPv6PodCIDRList; kube-controller-manager's --cluster-cidr is ignored.",
          "The operator does not know the Service range: a pool overlapping it hands out Service IPs to pods.",
          "Never edit existing pool entries; append a new CIDR when the pool runs out. The mask size cannot change after install.",
        ],
      };
    case "multi-pool":
      return {
        ...common,
        id: "cilium/multi-pool",
        label: "Cilium multi-pool",
        nodeRanges: "cilium-operator",
        podIps: "cilium",
        usesPodRange: true,
        knowsServiceRange: false,
        needsControllerManagerAllocation: false,
        maxPodCidrsPerFamily: 16,
        notes: [
          "Pods pick a CiliumPodIPPool by annotation (pod, then namespace, else 'default'); the design's pod ranges form the 'default' pool.",
          "Multi-pool needs native routing; tunnel mode is not supported.",
        ],
      };
    case "kubernetes":
      return {
        ...kcmHostLocal("cilium/kubernetes", "Cilium kubernetes (node.spec.podCIDR)"),
        podIps: "cilium",
        settings: common.settings,
        notes: [
          KCM_NOTE,
          "Cilium reads node.spec.podCIDRs; set k8s.requireIPv4PodCIDR/requireIPv6PodCIDR so agents wait for them.",
        ],
      };
    case "eni":
    case "azure":
    case "crd":
      return {
        id: `cilium/${cni.ipam}`,
        label: `Cilium ${cni.ipam === "eni" ? "ENI (AWS)" : cni.ipam === "azure" ? "Azure IPAM" : "CRD"}`,
        nodeRanges: cni.ipam === "crd" ? "external-operator" : "cloud",
        podIps: "cloud-network",
        usesPodRange: false,
        knowsServiceRange: false,
        needsControllerManagerAllocation: false,
        maxPodCidrsPerFamily: 0,
        settings: [
          "nodes.networks",
          "nodes.maxPods",
          "cni.routingMode",
          ...(cni.ipam === "eni" ? ["cni.eni"] : []),
        ],
        notes: [
          cni.ipam === "crd"
            ? "An external operator fills each CiliumNode's spec.ipam.pool; no pod range is configured in Cilium."
            : "Pods take addresses from the node (VPC/VNet) networks; there is no pod range to configure.",
          "Native routing is the norm here (ENI forces it).",
        ],
      };
    default:
      return assertNever(cni.ipam);
  }
}
