import { ENI_LIMITS_TEXT } from "./eniLimitsData.ts";

/** One EC2 instance type's network limits as the Amazon VPC CNI uses them. */
export interface EniLimits {
  type: string;
  /** ENIs of the default network card (`ENILimit`). */
  enis: number;
  /** IPv4 addresses per ENI, primary included (`IPv4Limit`). */
  ipv4PerEni: number;
  hypervisor: "nitro" | "xen" | "unknown";
  bareMetal: boolean;
  /** ENIs over all network cards (used only with ENABLE_MULTI_NIC). */
  enisAllCards: number;
}

const HYPERVISOR = { n: "nitro", x: "xen", u: "unknown" } as const;

let table: Map<string, EniLimits> | undefined;

function load(): Map<string, EniLimits> {
  if (table) return table;
  table = new Map();
  for (const line of ENI_LIMITS_TEXT.split("\n")) {
    const [type = "", enis = "", ips = "", flags = "", all] = line.split(" ");
    const hv = HYPERVISOR[flags.charAt(0) as keyof typeof HYPERVISOR] ?? "unknown";
    table.set(type, {
      type,
      enis: Number(enis),
      ipv4PerEni: Number(ips),
      hypervisor: hv,
      bareMetal: flags.includes("m"),
      enisAllCards: all ? Number(all) : Number(enis),
    });
  }
  return table;
}

/**
 * The ENI limits of an instance type from the VPC CNI's table (aws/amazon-vpc-cni-k8s
 * `pkg/vpc/vpc_ip_resource_limit.go` @ b5218838, via ../shared/data/aws-eni-limits.tsv);
 * undefined for a type the table does not list.
 */
export function eniLimitsOf(instanceType: string): EniLimits | undefined {
  return load().get(instanceType.trim());
}

/** Every instance type of the table, in the table's (alphabetical) order. */
export function instanceTypes(): string[] {
  return [...load().keys()];
}

/**
 * True when the VPC CNI enables prefix delegation on the type: Nitro or bare metal
 * (vpc-cni `pkg/awsutils/awsutils.go` `IsPrefixDelegationSupported`).
 */
export function supportsPrefixDelegation(limits: EniLimits): boolean {
  return limits.hypervisor === "nitro" || limits.bareMetal;
}
