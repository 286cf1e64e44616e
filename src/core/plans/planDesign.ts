import { calicoBlockPlan } from "../capacity/calicoBlocks.ts";
import { nodeNetworkCapacities } from "../capacity/nodeNetworks.ts";
import { nodesNeeded as nodesNeededFor } from "../capacity/nodesNeeded.ts";
import { sumNodeSubnets } from "../capacity/nodeSubnets.ts";
import { nodeBlockReservations, podIpsPerNode } from "../capacity/podIpsPerNode.ts";
import { platformCapacity } from "../cloud/platformCapacity.ts";
import { describeCni } from "../cni/describeCni.ts";
import type { IpamDescriptor } from "../cni/descriptor.ts";
import type { Design } from "../design/schema.ts";
import { FAMILIES, type Family } from "../ip/family.ts";
import { prefixOf } from "../ip/prefix.ts";
import { planLbPools } from "./lbPoolPlans.ts";
import { nodeBlockPlan } from "./nodeBlockPlan.ts";
import { planPodRanges } from "./podRangePlans.ts";
import { planService } from "./servicePlan.ts";
import type { DesignPlans, FamilyPlans } from "./types.ts";

/**
 * The allocation plans of a design under its CNI / IPAM mode (`cni`, described once by the
 * caller or here): per active family the pod ranges cut into node subnets (allocated, headroom,
 * free, withheld, or unused with the reason), the node block's address roles and pod IPs per
 * node, the Service range's bands; the node networks' room and the LoadBalancer pools. Work is
 * linear in the number of ranges: node subnets and addresses come in runs, never one by one.
 */
export function planDesign(
  design: Design,
  cni: IpamDescriptor = describeCni(design.cni),
): DesignPlans {
  const needed = nodesNeededFor(design.nodes);
  const nodeNetworks = nodeNetworkCapacities(design, cni);
  const room: Record<Family, bigint> = { ipv4: 0n, ipv6: 0n };
  for (const n of nodeNetworks) room[n.family] += n.usable;
  const plans: DesignPlans = {
    cni,
    nodesNeeded: needed,
    nodeNetworks,
    nodeNetworkRoom: room,
    lbPools: planLbPools(design),
  };
  const platform = platformCapacity(design, needed);
  if (platform) plans.platform = platform;
  for (const family of FAMILIES) {
    const plan = design[family];
    if (!plan || !design.ipFamilies.includes(family)) continue;
    let podRanges = planPodRanges(design, family, cni, needed);
    const calico =
      cni.podIps === "calico-block"
        ? calicoBlockPlan(design, family, sumNodeSubnets(podRanges).usable)
        : undefined;
    if (calico && calico.blocksPerNode !== 1n) {
      podRanges = planPodRanges(design, family, cni, needed, calico.blocksPerNode);
    }
    const podIps = calico
      ? { ips: calico.affinePodIps, rule: calico.rule }
      : podIpsPerNode(
          design,
          family,
          { nodeNetworkRoom: room[family], nodesNeeded: needed, ...(platform ? { platform } : {}) },
          cni,
        );
    const reservations = nodeBlockReservations(design, family, cni);
    const service = prefixOf(plan.serviceCidr);
    const familyPlans: FamilyPlans = {
      family,
      nodeMask: plan.nodeMask,
      podRanges,
      block: reservations && nodeBlockPlan(reservations, podIps),
      calico,
      podIps,
      service: service && planService(service, design.kubernetesVersion),
    };
    plans[family] = familyPlans;
  }
  return plans;
}
