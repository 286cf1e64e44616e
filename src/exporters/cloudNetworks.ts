import { eksZoneNetworks } from "../core/cloud/aws/eksCapacity.ts";
import type { AwsVpcCni } from "../core/cloud/aws/vpcCni.ts";
import { AWS_SUBNET_MIN_PREFIX } from "../core/cloud/aws/vpcCniFacts.ts";
import type { Design, NamedCidr } from "../core/design/schema.ts";
import {
  commonSupernet,
  contains,
  formatPrefix,
  prefixOf,
  type Prefix,
} from "../core/ip/prefix.ts";

/** One cloud subnet an export creates: a node network of the design, with its zone and role. */
export interface CloudSubnet {
  name: string;
  cidr: string;
  zone?: string;
  /** "nodes": nodes start there; "pods": an ENIConfig / pod subnet. */
  role: "nodes" | "pods";
}

/** A Terraform / eksctl resource name for a design name: lower-case letters, digits and `_`. */
export function resourceName(name: string): string {
  const cleaned = name.toLowerCase().replace(/[^a-z0-9_]+/g, "_");
  return /^[a-z_]/.test(cleaned) ? cleaned : `n_${cleaned}`;
}

/** The AWS region of an availability-zone name (`eu-west-1a` → `eu-west-1`); undefined otherwise. */
export function regionOfZone(zone: string | undefined): string | undefined {
  return zone ? /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/.exec(zone)?.[1] : undefined;
}

/**
 * The VPC subnets of an EKS design: each zone's node network, and under custom networking its
 * ENIConfig network; without zones, every IPv4 node network (no zone). Each subnet once, in the
 * design's zone order.
 */
export function eksSubnets(design: Design, cni: AwsVpcCni): CloudSubnet[] {
  const out = new Map<string, CloudSubnet>();
  const add = (
    network: NamedCidr | undefined,
    zone: string | undefined,
    role: CloudSubnet["role"],
  ) => {
    if (network && !out.has(network.name)) {
      out.set(network.name, {
        name: network.name,
        cidr: network.cidr,
        ...(zone ? { zone } : {}),
        role,
      });
    }
  };
  for (const z of eksZoneNetworks(design, cni)) {
    add(z.node?.network, z.zone, "nodes");
    add(z.pod?.network, z.zone, "pods");
  }
  return [...out.values()];
}

/** The VPC's CIDR blocks: the primary block and any further associated blocks. */
export interface VpcBlocks {
  primary: string | undefined;
  extra: string[];
  /** Sentences on what the blocks could not carry (a cover wider than EC2 allows). */
  notes: string[];
}

function cover(subnets: readonly CloudSubnet[]): Prefix | undefined {
  return commonSupernet(
    subnets.map((s) => prefixOf(s.cidr)).filter((p): p is Prefix => p?.family === "ipv4"),
  );
}

/**
 * The VPC blocks that hold the subnets (derived, the design names no VPC): the smallest block
 * covering the node subnets, and, where the ENIConfig subnets lie outside it, the smallest block
 * covering them as a secondary VPC CIDR (the CG-NAT pattern, reference/managed-clouds.md 1.1). A
 * block wider than /16 is refused by EC2 (VPC blocks are /16 to /28); a note says so.
 */
export function vpcBlocks(subnets: readonly CloudSubnet[]): VpcBlocks {
  const notes: string[] = [];
  const primary = cover(subnets.filter((s) => s.role === "nodes"));
  const pods = cover(subnets.filter((s) => s.role === "pods"));
  const extra = pods && primary && !contains(primary, pods) ? [pods] : [];
  for (const block of [primary, ...extra]) {
    if (block && block.length < AWS_SUBNET_MIN_PREFIX) {
      notes.push(
        `NOT VALID: the subnets span ${formatPrefix(block)}, wider than the /${AWS_SUBNET_MIN_PREFIX} EC2 allows for a VPC block; keep the node subnets (and the pod subnets) within one /${AWS_SUBNET_MIN_PREFIX} each.`,
      );
    }
  }
  return {
    primary: primary ? formatPrefix(primary) : undefined,
    extra: extra.map(formatPrefix),
    notes,
  };
}

/** The node networks of a family other than the named pod subnet, for GKE and AKS exports. */
export function nodeSubnets(design: Design, except?: string): NamedCidr[] {
  return design.nodes.networks.filter(
    (n) => n.name !== except && prefixOf(n.cidr)?.family === "ipv4",
  );
}

/** The canonical text of a CIDR (host bits cleared), or the text as given when it does not parse. */
export function canonical(cidr: string): string {
  const p = prefixOf(cidr);
  return p ? formatPrefix(p) : cidr;
}
