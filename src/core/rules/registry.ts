import { aksNetwork } from "./aksNetwork.ts";
import { aksOverlay } from "./aksOverlay.ts";
import { cloudSubnetCapacity } from "./cloudSubnetCapacity.ts";
import { eksServiceCidr } from "./eksServiceCidr.ts";
import { eksVpcCni } from "./eksVpcCni.ts";
import { gkeVpcNative } from "./gkeVpcNative.ts";
import { apiserverAdvertiseFamily } from "./apiserverAdvertiseFamily.ts";
import { apiserverIpv6ServicePrefix } from "./apiserverIpv6ServicePrefix.ts";
import { apiserverServiceRangeMin } from "./apiserverServiceRangeMin.ts";
import { apiserverServiceRangeSize } from "./apiserverServiceRangeSize.ts";
import { capacityNodeNetwork } from "./capacityNodeNetwork.ts";
import { capacityNodes } from "./capacityNodes.ts";
import { capacityPodsPerNode } from "./capacityPodsPerNode.ts";
import { calicoBlockSize } from "./calicoBlockSize.ts";
import { calicoEncapsulation } from "./calicoEncapsulation.ts";
import { calicoLinkLocal } from "./calicoLinkLocal.ts";
import { calicoPoolSize } from "./calicoPoolSize.ts";
import { ciliumCloudIpam } from "./ciliumCloudIpam.ts";
import { ciliumIpamImmutable } from "./ciliumIpamImmutable.ts";
import { ciliumIpv6MaskDiff } from "./ciliumIpv6MaskDiff.ts";
import { ciliumMaskOrder } from "./ciliumMaskOrder.ts";
import { ciliumIpamTunnel } from "./ciliumIpamTunnel.ts";
import { ciliumNativeRouting } from "./ciliumNativeRouting.ts";
import { ciliumNodeMaskSize } from "./ciliumNodeMaskSize.ts";
import { clusterDomain } from "./clusterDomain.ts";
import { dualStackNodeNetworks } from "./dualStackNodeNetworks.ts";
import { flannelNetwork } from "./flannelNetwork.ts";
import { hostBitsSet } from "./hostBitsSet.ts";
import { hostLocalNodeMask } from "./hostLocalNodeMask.ts";
import { kcmClusterCidrCount } from "./kcmClusterCidrCount.ts";
import { importedRefusal } from "./importedRefusal.ts";
import { kcmClusterMaskOrder } from "./kcmClusterMaskOrder.ts";
import { kcmIpv6MaskDiff } from "./kcmIpv6MaskDiff.ts";
import { kubeadmPodNodeMask } from "./kubeadmPodNodeMask.ts";
import { kubeadmServiceSubnetSize } from "./kubeadmServiceSubnetSize.ts";
import { kubeadmSiteLocal } from "./kubeadmSiteLocal.ts";
import { kubeadmSubnetMinSize } from "./kubeadmSubnetMinSize.ts";
import { kubeletStandalone } from "./kubeletStandalone.ts";
import { kubernetesVersion } from "./kubernetesVersion.ts";
import { nodePortRange } from "./nodePortRange.ts";
import { overlapExternal } from "./overlapExternal.ts";
import { overlapLbPools } from "./overlapLbPools.ts";
import { overlapNodeNetworks } from "./overlapNodeNetworks.ts";
import { overlapPodRanges } from "./overlapPodRanges.ts";
import { overlapPodsServices } from "./overlapPodsServices.ts";
import type { Rule } from "./rule.ts";
import { podCidrCount } from "./podCidrCount.ts";
import { scaleGuidance } from "./scaleGuidance.ts";
import { serviceDnsStaticBand } from "./serviceDnsStaticBand.ts";
import { specialRanges } from "./specialRanges.ts";

/**
 * Every validation rule, in the order their findings are listed within a severity: start-up
 * refusals of the core components first, then overlaps, CNI modes, capacity and design notes.
 */
export const RULES: readonly Rule[] = [
  importedRefusal,
  kcmClusterCidrCount,
  kcmClusterMaskOrder,
  kcmIpv6MaskDiff,
  apiserverServiceRangeSize,
  apiserverServiceRangeMin,
  apiserverIpv6ServicePrefix,
  apiserverAdvertiseFamily,
  serviceDnsStaticBand,
  hostLocalNodeMask,
  overlapPodsServices,
  overlapNodeNetworks,
  overlapPodRanges,
  overlapLbPools,
  overlapExternal,
  specialRanges,
  hostBitsSet,
  podCidrCount,
  ciliumMaskOrder,
  ciliumIpv6MaskDiff,
  ciliumNodeMaskSize,
  ciliumIpamTunnel,
  ciliumNativeRouting,
  ciliumCloudIpam,
  ciliumIpamImmutable,
  calicoBlockSize,
  calicoPoolSize,
  calicoEncapsulation,
  calicoLinkLocal,
  flannelNetwork,
  aksOverlay,
  eksVpcCni,
  eksServiceCidr,
  gkeVpcNative,
  aksNetwork,
  kubeletStandalone,
  capacityNodes,
  capacityPodsPerNode,
  capacityNodeNetwork,
  cloudSubnetCapacity,
  scaleGuidance,
  kubeadmSubnetMinSize,
  kubeadmServiceSubnetSize,
  kubeadmPodNodeMask,
  kubeadmSiteLocal,
  dualStackNodeNetworks,
  nodePortRange,
  kubernetesVersion,
  clusterDomain,
];
