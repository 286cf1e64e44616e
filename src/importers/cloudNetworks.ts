import { defaultCloudCni } from "../core/cloud/defaultCloudCni.ts";
import { isRecord } from "../core/codec/untrusted.ts";
import { quote } from "../core/codec/quote.ts";
import { chooseCni } from "../core/design/chooseCni.ts";
import type { Cni, Design, NamedCidr } from "../core/design/schema.ts";
import { formatPrefix, parsePrefix } from "../core/ip/prefix.ts";

/** The cloud CLI outputs read as networks (reference/managed-clouds.md section 5). */
export type CloudNetworkFormat = "aws-ec2" | "gcloud-subnets" | "azure-vnet";

/** Node networks and external ranges a design holds at most (design schema). */
const MAX_RANGES = 64;

/** A subnet read from a cloud CLI's JSON: name, CIDR, zone. */
interface CloudSubnetRead {
  name: string;
  cidr: string;
  zone?: string;
}

const str = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined);
const records = (v: unknown): Record<string, unknown>[] =>
  Array.isArray(v) ? v.filter(isRecord) : [];

/** The format of a cloud CLI's JSON output, or undefined when the document is none of them. */
export function cloudNetworkFormat(doc: unknown): CloudNetworkFormat | undefined {
  if (isRecord(doc) && (Array.isArray(doc.Subnets) || Array.isArray(doc.Vpcs))) return "aws-ec2";
  const list = Array.isArray(doc) ? records(doc) : [];
  if (list.length > 0 && list.every((s) => "ipCidrRange" in s)) return "gcloud-subnets";
  const vnet = isRecord(doc) && isRecord(doc.properties) ? doc.properties : doc;
  if (isRecord(vnet) && isRecord(vnet.addressSpace)) return "azure-vnet";
  const azurePrefix = (s: Record<string, unknown>) =>
    "addressPrefix" in s || "addressPrefixes" in s;
  if (
    list.length > 0 &&
    list.every((s) => azurePrefix(s) || (isRecord(s.properties) && azurePrefix(s.properties)))
  )
    return "azure-vnet";
  return undefined;
}

/** A DNS-1123 name for a cloud name or ID (lower case, `-` for anything else, at most 63). */
function dnsName(text: string): string {
  const cleaned = text
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, "-")
    .replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "")
    .slice(0, 63)
    .replace(/[^a-z0-9]+$/, "");
  return cleaned === "" ? "subnet" : cleaned;
}

/** Names made unique by a numeric suffix, in order. */
function uniqueNames<T extends { name: string }>(items: readonly T[]): T[] {
  const used = new Set<string>();
  return items.map((item) => {
    let name = item.name;
    for (let i = 2; used.has(name); i++) name = `${item.name.slice(0, 58)}-${i}`;
    used.add(name);
    return { ...item, name };
  });
}

/** The canonical IPv4 CIDR of a text; a message and undefined otherwise. */
function ipv4Cidr(text: unknown, what: string, messages: string[]): string | undefined {
  if (typeof text !== "string") return undefined;
  const parsed = parsePrefix(text);
  if (!parsed.ok) {
    messages.push(`${what}: ${quote(text)} is not a CIDR and was skipped`);
    return undefined;
  }
  if (parsed.value.prefix.family !== "ipv4") {
    messages.push(`${what}: IPv6 block ${text} was skipped (node networks are read as IPv4)`);
    return undefined;
  }
  return formatPrefix(parsed.value.prefix);
}

function nameTag(item: Record<string, unknown>): string | undefined {
  return str(records(item.Tags).find((t) => t.Key === "Name")?.Value);
}

/** `aws ec2 describe-subnets` / `describe-vpcs` (botocore member names, reference 5.1). */
function readAws(doc: Record<string, unknown>, messages: string[]) {
  const subnets: CloudSubnetRead[] = [];
  for (const s of records(doc.Subnets)) {
    const id = str(s.SubnetId) ?? "subnet";
    const cidr = ipv4Cidr(s.CidrBlock, `subnet ${id}`, messages);
    const zone = str(s.AvailabilityZone);
    if (cidr) subnets.push({ name: dnsName(nameTag(s) ?? id), cidr, ...(zone ? { zone } : {}) });
  }
  const avoid: NamedCidr[] = [];
  for (const v of records(doc.Vpcs)) {
    const id = str(v.VpcId) ?? "vpc";
    const blocks = records(v.CidrBlockAssociationSet);
    const live = blocks.filter(
      (b) => !isRecord(b.CidrBlockState) || b.CidrBlockState.State === "associated",
    );
    const cidrs = live.length > 0 ? live.map((b) => b.CidrBlock) : [v.CidrBlock];
    for (const c of cidrs) {
      const cidr = ipv4Cidr(c, `VPC ${id}`, messages);
      if (cidr) avoid.push({ name: dnsName(nameTag(v) ?? id), cidr });
    }
    // An associated IPv6 block is address space the cluster must not overlap too.
    for (const b of records(v.Ipv6CidrBlockAssociationSet)) {
      const state = isRecord(b.Ipv6CidrBlockState) ? b.Ipv6CidrBlockState.State : undefined;
      const parsed = typeof b.Ipv6CidrBlock === "string" ? parsePrefix(b.Ipv6CidrBlock) : undefined;
      if (
        !parsed?.ok ||
        (state !== undefined && (typeof state !== "string" || state.toLowerCase() !== "associated"))
      )
        continue;
      avoid.push({
        name: dnsName(`${nameTag(v) ?? id}-ipv6`),
        cidr: formatPrefix(parsed.value.prefix),
      });
    }
  }
  return { subnets, avoid };
}

/** `gcloud compute networks subnets list --format=json` (Compute API Subnetwork, reference 5.2). */
function readGcloud(list: Record<string, unknown>[], messages: string[]) {
  const subnets: CloudSubnetRead[] = [];
  const avoid: NamedCidr[] = [];
  for (const s of list) {
    const name = dnsName(str(s.name) ?? "subnet");
    const cidr = ipv4Cidr(s.ipCidrRange, `subnet ${name}`, messages);
    const region = str(s.region)?.split("/").pop();
    if (cidr) subnets.push({ name, cidr, ...(region ? { zone: region } : {}) });
    for (const r of records(s.secondaryIpRanges)) {
      const range = ipv4Cidr(r.ipCidrRange, `secondary range of ${name}`, messages);
      if (range)
        avoid.push({ name: dnsName(`${name}-${str(r.rangeName) ?? "secondary"}`), cidr: range });
    }
  }
  return { subnets, avoid };
}

/** `az network vnet show` or `az network vnet subnet list` (flattened or ARM, reference 5.3). */
function readAzure(doc: unknown, messages: string[]) {
  const vnet = isRecord(doc) ? (isRecord(doc.properties) ? doc.properties : doc) : undefined;
  const list = Array.isArray(doc) ? records(doc) : records(vnet?.subnets);
  const subnets: CloudSubnetRead[] = [];
  for (const raw of list) {
    const s = isRecord(raw.properties) ? { ...raw, ...raw.properties } : raw;
    const name = dnsName(str(s.name) ?? "subnet");
    const prefixes = [
      s.addressPrefix,
      ...(Array.isArray(s.addressPrefixes) ? s.addressPrefixes : []),
    ];
    const seen = new Set<string>();
    for (const p of prefixes) {
      const cidr = ipv4Cidr(p, `subnet ${name}`, messages);
      if (cidr && !seen.has(cidr)) {
        seen.add(cidr);
        subnets.push({ name, cidr });
      }
    }
  }
  const avoid: NamedCidr[] = [];
  const space = isRecord(vnet?.addressSpace) ? vnet.addressSpace.addressPrefixes : undefined;
  if (subnets.length === 0 && Array.isArray(space)) {
    for (const p of space) {
      const cidr = ipv4Cidr(p, "VNet address space", messages);
      if (cidr) avoid.push({ name: dnsName(str(vnet?.name) ?? "vnet"), cidr });
    }
  }
  return { subnets, avoid };
}

/** The platform CNI a format's networks belong to: EKS's VPC CNI with one zone per AZ, GKE, AKS overlay. */
function platformCni(format: CloudNetworkFormat, subnets: readonly CloudSubnetRead[]): Cni {
  if (format === "gcloud-subnets") return defaultCloudCni("gke");
  if (format === "azure-vnet") return { kind: "azure-overlay" };
  const base = defaultCloudCni("aws-vpc");
  if (base.kind !== "aws-vpc") return base;
  const zones = new Map<string, string>();
  for (const s of subnets) if (s.zone && !zones.has(s.zone)) zones.set(s.zone, s.name);
  return {
    ...base,
    zones: [...zones].slice(0, 16).map(([zone, network]) => ({ zone, network })),
  };
}

/**
 * Reads the networks that exist from a cloud CLI's JSON: AWS subnets become node networks (Name
 * tag or ID, with their AZ as the zone of the VPC CNI), VPC blocks become ranges to avoid; GCP
 * subnets become node networks and their secondary ranges ranges to avoid; Azure VNet subnets
 * become node networks (the address space, when no subnet is listed, a range to avoid). The
 * design switches to the platform's CNI with its defaults (chooseCni). IPv6 blocks are skipped
 * with a message.
 */
export function importCloudNetworks(
  doc: unknown,
  format: CloudNetworkFormat,
  base: Design,
  messages: string[],
): Design | undefined {
  const read =
    format === "aws-ec2" && isRecord(doc)
      ? readAws(doc, messages)
      : format === "gcloud-subnets"
        ? readGcloud(records(doc), messages)
        : readAzure(doc, messages);
  if (read.subnets.length === 0 && read.avoid.length === 0) {
    messages.push("no IPv4 subnet or address block was found");
    return undefined;
  }
  const subnets = uniqueNames(read.subnets);
  for (const [list, what] of [
    [subnets, "subnets"],
    [read.avoid, "ranges to avoid"],
  ] as const) {
    if (list.length > MAX_RANGES) {
      messages.push(`${list.length} ${what} were found; the first ${MAX_RANGES} were kept`);
    }
  }
  const networks = subnets.slice(0, MAX_RANGES).map(({ name, cidr }) => ({ name, cidr }));
  let design: Design = {
    ...base,
    nodes: { ...base.nodes, networks: networks.length > 0 ? networks : base.nodes.networks },
    externalRanges: uniqueNames(read.avoid).slice(0, MAX_RANGES),
  };
  const chosen = chooseCni(design, platformCni(format, subnets.slice(0, MAX_RANGES)), {});
  design = chosen.design;
  if (networks.length > 0) {
    const key = {
      "aws-ec2": "Subnets[].CidrBlock",
      "gcloud-subnets": "ipCidrRange",
      "azure-vnet": "subnets' addressPrefix",
    }[format];
    design = {
      ...design,
      imported: {
        format: design.imported?.format ?? "",
        sources: { ...design.imported?.sources, "nodes.networks": key },
        placeholders: design.imported?.placeholders ?? [],
        refusals: design.imported?.refusals ?? [],
      },
    };
  }
  messages.push(
    `${networks.length} subnet${networks.length === 1 ? "" : "s"} read as node networks${read.avoid.length > 0 ? `, ${read.avoid.length} block${read.avoid.length === 1 ? "" : "s"} as ranges to avoid` : ""}`,
  );
  for (const note of chosen.notes) messages.push(note);
  return design;
}
