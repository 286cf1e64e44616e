import type { Capacity, FamilyCapacity } from "../core/capacity/types.ts";
import type { Design } from "../core/design/schema.ts";
import type { Family } from "../core/ip/family.ts";
import type { Finding, Fix, Severity } from "../core/rules/finding.ts";

/** An exact count in JSON: a number up to 2^53 - 1, a decimal string above (IPv6 counts). */
export type JsonInteger = number | string;

/** One family's block of `validate --json` capacity. */
export interface JsonFamilyCapacity {
  nodeSubnets: JsonInteger;
  usableNodeSubnets: JsonInteger;
  podIPsPerNode: JsonInteger;
  podsPerNode: JsonInteger;
  serviceIPs: JsonInteger;
}

/** One cloud subnet's figures in `validate --json` (EKS, GKE, AKS). */
export interface JsonCloudSubnet {
  name: string;
  cidr: string;
  zone?: string;
  role: string;
  usable: JsonInteger;
  addressesPerNode: JsonInteger;
  nodes: JsonInteger;
  /** Prefix delegation: whole /28s, and nodes when they stay packed / under worst fragmentation. */
  prefixes?: { free: JsonInteger; nodesBest: JsonInteger; nodesWorst: JsonInteger };
}

/** The platform block of `validate --json`: added for EKS, GKE and AKS designs only. */
export interface JsonPlatformCapacity {
  platform: string;
  label: string;
  maxPodsPerNode: JsonInteger | null;
  maxPodsRule: string;
  podsPerNode: JsonInteger;
  maxNodes: JsonInteger;
  subnets: JsonCloudSubnet[];
}

/** The `validate --json` document, as issue 2 item 8 specifies it, plus `capacity.platform`. */
export interface JsonReport {
  /** `fixes`: the solver's fixes, best first (empty when none); `--apply-fix N` applies the first. */
  findings: { severity: Severity; rule: string; message: string; fixes: Fix[] }[];
  capacity: {
    ipv4?: JsonFamilyCapacity;
    ipv6?: JsonFamilyCapacity;
    platform?: JsonPlatformCapacity;
  };
  /** Per family, primary first; `null` in clusterDNS when the Service range has under 11 addresses. */
  addresses: { kubernetesService: string[]; clusterDNS: (string | null)[] };
}

/**
 * Writes an exact integer for JSON: a JSON number when it is at most Number.MAX_SAFE_INTEGER
 * (2^53 - 1) in magnitude, so every reader gets it exactly; otherwise its decimal string.
 */
export function jsonInteger(value: bigint | number): JsonInteger {
  const big = BigInt(value);
  const limit = BigInt(Number.MAX_SAFE_INTEGER);
  return big <= limit && big >= -limit ? Number(big) : big.toString();
}

function familyBlock(c: FamilyCapacity): JsonFamilyCapacity {
  return {
    nodeSubnets: jsonInteger(c.nodeSubnets),
    usableNodeSubnets: jsonInteger(c.usableNodeSubnets),
    podIPsPerNode: jsonInteger(c.podIPsPerNode),
    podsPerNode: jsonInteger(c.podsPerNode),
    serviceIPs: jsonInteger(c.serviceIPs),
  };
}

/**
 * Builds the `validate --json` document: findings as {severity, rule, message}, a capacity block
 * only for the design's families (ipv4 before ipv6), and the `kubernetes` Service and cluster DNS
 * addresses per family in the design's family order (primary first).
 */
export function buildJsonReport(
  design: Design,
  findings: readonly Finding[],
  capacity: Capacity,
): JsonReport {
  const capacityBlock: JsonReport["capacity"] = {};
  for (const family of ["ipv4", "ipv6"] as const satisfies Family[]) {
    const c = capacity[family];
    if (design.ipFamilies.includes(family) && c) capacityBlock[family] = familyBlock(c);
  }
  const p = capacity.platform;
  if (p) {
    capacityBlock.platform = {
      platform: p.platform,
      label: p.label,
      maxPodsPerNode: p.platformMaxPods ?? null,
      maxPodsRule: p.maxPodsRule,
      podsPerNode: p.podsPerNode,
      maxNodes: jsonInteger(p.maxNodes),
      subnets: p.subnets.map((s) => ({
        name: s.name,
        cidr: s.cidr,
        ...(s.zone ? { zone: s.zone } : {}),
        role: s.role,
        usable: jsonInteger(s.usable),
        addressesPerNode: jsonInteger(s.perNode),
        nodes: jsonInteger(s.nodes),
        ...(s.prefixes
          ? {
              prefixes: {
                free: jsonInteger(s.prefixes.free),
                nodesBest: jsonInteger(s.prefixes.nodesBest),
                nodesWorst: jsonInteger(s.prefixes.nodesWorst),
              },
            }
          : {}),
      })),
    };
  }
  const ordered = design.ipFamilies.flatMap((f) => capacity[f] ?? []);
  return {
    findings: findings.map(({ severity, rule, message, fixes }) => ({
      severity,
      rule,
      message,
      fixes: fixes ?? [],
    })),
    capacity: capacityBlock,
    addresses: {
      kubernetesService: ordered.map((c) => c.kubernetesServiceIP),
      clusterDNS: ordered.map((c) => c.clusterDNSIP ?? null),
    },
  };
}
