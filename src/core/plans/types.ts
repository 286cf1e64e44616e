import type { CalicoBlockPlan } from "../capacity/calicoBlocks.ts";
import type { PlatformCapacity } from "../cloud/types.ts";
import type { IpamDescriptor } from "../cni/descriptor.ts";
import type { NodeNetworkCapacity } from "../capacity/types.ts";
import type { PodIps } from "../capacity/podIpsPerNode.ts";
import type { Family } from "../ip/family.ts";
import type { LbPoolPlan } from "./lbPoolPlans.ts";
import type { NodeBlockPlan } from "./nodeBlockPlan.ts";
import type { PodRangePlan } from "./podRangePlans.ts";
import type { ServicePlan } from "./servicePlan.ts";

/** One active family's allocation plans. */
export interface FamilyPlans {
  family: Family;
  nodeMask: number;
  /** Every parsable pod range of the family, in design order, used or not. */
  podRanges: PodRangePlan[];
  /** The node block (undefined in cloud-network modes, where pods take node-network addresses). */
  block: NodeBlockPlan | undefined;
  /** Calico IPAM's block plan (blocks per node, node ceiling); undefined in other modes. */
  calico: CalicoBlockPlan | undefined;
  /** Pod IPs one node gets, with the rule in words (every mode, cloud ones included). */
  podIps: PodIps;
  /** The Service range; undefined when it does not parse. */
  service: ServicePlan | undefined;
}

/** The allocation plans of a design: the single source of every count and of what the map draws. */
export interface DesignPlans {
  /** The CNI / IPAM descriptor the plans were made under. */
  cni: IpamDescriptor;
  /** Planned nodes including headroom. */
  nodesNeeded: number;
  nodeNetworks: NodeNetworkCapacity[];
  /** Usable node-network addresses per family, summed. */
  nodeNetworkRoom: Record<Family, bigint>;
  ipv4?: FamilyPlans;
  ipv6?: FamilyPlans;
  lbPools: LbPoolPlan[];
  /** EKS / GKE / AKS figures (max pods, per-subnet nodes, platform limits), on those platforms. */
  platform?: PlatformCapacity;
}
