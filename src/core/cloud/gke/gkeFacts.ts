/** GKE's flexible Pod CIDR page: max pods per node → per-node range. */
export const GKE_POD_CIDR_DOC =
  "https://cloud.google.com/kubernetes-engine/docs/how-to/flexible-pod-cidr";

/** GKE's alias-IP (VPC-native) page: ranges and the GKE-managed Service range. */
export const GKE_ALIAS_IP_DOC =
  "https://cloud.google.com/kubernetes-engine/docs/concepts/alias-ips";

/** GKE quotas and limits. */
export const GKE_QUOTAS_DOC = "https://cloud.google.com/kubernetes-engine/quotas";

/** The Service range GKE manages for Autopilot ≥ 1.27 and Standard ≥ 1.29 when none is given. */
export const GKE_MANAGED_SERVICE_RANGE = "34.118.224.0/20";

/** Max pods per node: Standard default 110, at most 256 (GKE ≥ 1.23.5-gke.1300); Autopilot fixed 32. */
export const GKE_DEFAULT_MAX_PODS = { standard: 110, autopilot: 32 } as const;
export const GKE_MAX_PODS_LIMIT = 256;
/** The lowest max-pods row of the flexible Pod CIDR table (→ /28). */
export const GKE_MIN_MAX_PODS = 8;

/** Nodes per cluster (quotas page): Standard 15,000 (5,000 without a lift), Autopilot 1,000 (400). */
export const GKE_NODE_LIMIT = { standard: 15_000, autopilot: 1_000 } as const;
export const GKE_NODE_SOFT_LIMIT = { standard: 5_000, autopilot: 400 } as const;

/** Pod range sizes GKE picks when none is given: /14 (Standard), /17 (Autopilot); reference 2.4. */
export const GKE_DEFAULT_POD_PREFIX = { standard: 14, autopilot: 17 } as const;

/**
 * The per-node range GKE reserves for a max-pods value: the smallest block holding at least
 * twice the pods, never smaller than a /28 (flexible-pod-cidr table: 8 → /28, 9–16 → /27,
 * 17–32 → /26, 33–64 → /25, 65–110 → /24; 111–128 → /24 and 129–256 → /23 derived by the
 * same rule, reference/managed-clouds.md 2.2).
 */
export function gkeNodeMask(maxPods: number): number {
  const need = 2 * Math.max(1, Math.trunc(maxPods));
  let bits = 4;
  while (2 ** bits < need) bits += 1;
  return 32 - bits;
}

/**
 * GKE takes Class E (240.0.0.0/4) for Pod and Service ranges (reference/managed-clouds.md 2.6:
 * Google Cloud blog "Leveraging Class E IPv4 Address space", 2024-09-26).
 */
export const GKE_CLASS_E = {
  cidr: "240.0.0.0/4",
  source:
    "https://cloud.google.com/blog/products/networking/leveraging-class-e-ipv4-address-space-to-mitigate-ipv4-exhaustion-issues-in-gke",
} as const;
