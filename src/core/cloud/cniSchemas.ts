import { z } from "../design/zod.ts";
import { int } from "../design/zodInt.ts";

/** AWS VPC CNI IPAM modes (aws/amazon-vpc-cni-k8s README; reference/managed-clouds.md 1.4-1.9). */
export const AWS_VPC_IPAM_MODES = [
  "secondary-ip",
  "prefix-delegation",
  "custom-networking",
  "ipv6",
] as const;

/** Azure CNI IPAM on AKS besides Overlay: pods in the node subnet (flat) or in a pod subnet. */
export const AZURE_CNI_IPAM_MODES = ["flat", "pod-subnet"] as const;

/** Azure CNI pod-subnet allocation (`--pod-ip-allocation-mode`). */
export const AZURE_POD_IP_ALLOCATION = ["dynamic", "static-block"] as const;

/** AKS data plane (`--network-dataplane`): Azure's own, or Azure CNI powered by Cilium. */
export const AKS_DATAPLANES = ["azure", "cilium"] as const;

/** GKE cluster modes. */
export const GKE_MODES = ["standard", "autopilot"] as const;

const networkName = z
  .string()
  .check(z.minLength(1, "name a node network"), z.maxLength(63, "names are at most 63 characters"));

const zoneName = z
  .string()
  .check(
    z.regex(
      /^[a-z0-9-]{1,40}$/,
      "an availability zone such as eu-west-1a (lower-case, digits, '-')",
    ),
  );

const count = (max: number) => int(0, max);

/**
 * One availability zone of an EKS cluster: the node network (a VPC subnet, by its name in
 * `nodes.networks`) nodes of that zone start in, and under custom networking the network the
 * zone's ENIConfig points pods at.
 */
export const awsZoneSchema = z.object({
  zone: zoneName,
  network: networkName,
  podNetwork: z.optional(networkName),
});

/** Largest value the design accepts for each aws-node warm-pool variable (0 = unset). */
export const AWS_WARM_LIMITS = {
  warmEniTarget: 64,
  warmIpTarget: 10_000,
  minimumIpTarget: 10_000,
  warmPrefixTarget: 1_000,
} as const;

/**
 * The Amazon VPC CNI (EKS). Warm-pool values are the aws-node environment variables; 0 means
 * unset (ipamd treats values <= 0 as unset, except WARM_PREFIX_TARGET where 0 is the code default).
 */
export const awsVpcCniSchema = z.object({
  kind: z.literal("aws-vpc"),
  ipam: z.enum(AWS_VPC_IPAM_MODES),
  /** EC2 instance type of the nodes, e.g. "m5.large" (looked up in the ENI table). */
  instanceType: z
    .string()
    .check(z.regex(/^[a-z0-9-]+\.[a-z0-9-]+$/, "an EC2 instance type such as m5.large")),
  /** Custom networking only: the ENIConfig subnets hand out /28 prefixes (ENABLE_PREFIX_DELEGATION). */
  prefixDelegation: z.boolean(),
  warm: z.object({
    warmEniTarget: count(AWS_WARM_LIMITS.warmEniTarget),
    warmIpTarget: count(AWS_WARM_LIMITS.warmIpTarget),
    minimumIpTarget: count(AWS_WARM_LIMITS.minimumIpTarget),
    warmPrefixTarget: count(AWS_WARM_LIMITS.warmPrefixTarget),
  }),
  zones: z.array(awsZoneSchema).check(z.maxLength(16)),
});

/**
 * GKE VPC-native: the first node network is the subnet's primary range, the IPv4 pod ranges are
 * the pod secondary ranges (the first is the cluster default, the rest additional ranges), and the
 * per-node range follows from max pods. `managedServices`: the Service range is GKE's managed
 * 34.118.224.0/20 instead of a secondary range of the subnet.
 */
export const gkeCniSchema = z.object({
  kind: z.literal("gke"),
  mode: z.enum(GKE_MODES),
  managedServices: z.boolean(),
});

/** AKS kubenet (legacy): a /24 per node from the pod CIDR, routed by a route table. */
export const aksKubenetCniSchema = z.object({ kind: z.literal("aks-kubenet") });

/**
 * Azure CNI on AKS without overlay: flat (pods take node-subnet addresses, reserved up front) or
 * with a pod subnet (the node network named `podNetwork`), dynamic or in static /28 blocks.
 */
export const azureCniSchema = z.object({
  kind: z.literal("azure-cni"),
  ipam: z.enum(AZURE_CNI_IPAM_MODES),
  podIpAllocation: z.enum(AZURE_POD_IP_ALLOCATION),
  podNetwork: z.optional(networkName),
  dataplane: z.enum(AKS_DATAPLANES),
});
