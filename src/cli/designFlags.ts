import { designSchema, lbPoolSchema, type CniKind } from "../core/design/schema.ts";
import { bitsOf, type Family } from "../core/ip/family.ts";
import { parsePrefix } from "../core/ip/prefix.ts";
import { parseAddressRange } from "../core/ip/range.ts";
import { fail, ok, type Result } from "../core/result.ts";

/** The CNI kinds `--cni` accepts, with a line each for `--help`; a Record so a new kind fails to compile here. */
export const CNI_KINDS: Record<CniKind, string> = {
  generic: "any CNI reading node.spec.podCIDR (host-local IPAM)",
  "kubelet-standalone": "kubelet --pod-cidr, no controller-manager allocation",
  cilium: "Cilium (pick the mode with --ipam)",
  calico: "Calico (pick the mode with --ipam)",
  flannel: "Flannel",
  "azure-overlay": "Azure CNI Overlay (AKS): a fixed /24 per node, max 250 pods",
  "aws-vpc":
    "Amazon VPC CNI (EKS): --ipam secondary-ip|prefix-delegation|custom-networking|ipv6, --instance-type",
  gke: "GKE VPC-native: the per-node range follows --max-pods",
  "aks-kubenet": "AKS kubenet (legacy): a /24 per node, at most 400 nodes",
  "azure-cni": "Azure CNI on AKS: --ipam flat|pod-subnet",
};

/** A LoadBalancer pool or external range given on the command line, with its name. */
export interface NamedFlagValue {
  name: string;
  /** The CIDR (or, for pools, `start-end`) text as the user typed it, trimmed. */
  value: string;
}

/**
 * The design settings given as flags, parsed and checked one by one. Every field is optional:
 * an absent field leaves the design file's (or the default design's) value alone.
 */
export interface DesignFlags {
  /** `--pod-cidr`: CIDR texts as typed (host bits kept, so rules can report them), at least one. */
  podCidrs?: string[];
  /** `--service-cidr`: CIDR texts, at least one. */
  serviceCidrs?: string[];
  /** `--node-mask-ipv4` / `--node-mask-ipv6`: per-node prefix lengths. */
  nodeMaskIpv4?: number;
  nodeMaskIpv6?: number;
  /** `--node-cidr`: node networks. */
  nodeCidrs?: string[];
  /** `--nodes`: planned node count. */
  nodes?: number;
  /** `--max-pods`: kubelet maxPods. */
  maxPods?: number;
  /** `--lb-pool` (repeatable): LoadBalancer pools, replacing the file's. */
  lbPools?: NamedFlagValue[];
  /** `--external` (repeatable): external ranges, replacing the file's. */
  externals?: NamedFlagValue[];
  /** `--cni`. */
  cni?: CniKind;
  /** `--ipam`: checked against the CNI once the CNI is known. */
  ipam?: string;
  /** `--instance-type`: the EC2 instance type (Amazon VPC CNI). */
  instanceType?: string;
  /** `--k8s-version`, "1.NN". */
  kubernetesVersion?: string;
}

/** The raw values of the design flags, as node:util parseArgs returns them. */
export type RawFlagValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

/** The design flags every design-reading command accepts, in parseArgs option form. */
export const DESIGN_FLAG_OPTIONS = {
  "pod-cidr": { type: "string" },
  "service-cidr": { type: "string" },
  "node-mask-ipv4": { type: "string" },
  "node-mask-ipv6": { type: "string" },
  "node-cidr": { type: "string" },
  nodes: { type: "string" },
  "max-pods": { type: "string" },
  "lb-pool": { type: "string", multiple: true },
  external: { type: "string", multiple: true },
  cni: { type: "string" },
  ipam: { type: "string" },
  "instance-type": { type: "string" },
  "k8s-version": { type: "string" },
} as const;

function parseCidrList(flag: string, text: string): Result<string[]> {
  const parts = text.split(",").map((part) => part.trim());
  if (parts.some((part) => part === "")) {
    return fail(`--${flag}: "${text}" has an empty entry; give CIDRs separated by one comma`);
  }
  for (const part of parts) {
    const parsed = parsePrefix(part);
    if (!parsed.ok) return fail(`--${flag}: ${parsed.error}`);
  }
  return ok(parts);
}

function parseInteger(flag: string, text: string, min: number, max: number): Result<number> {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (!/^\d+$/.test(trimmed) || value < min || value > max) {
    return fail(`--${flag}: "${text}" is not a whole number from ${min} to ${max}`);
  }
  return ok(value);
}

/** Splits `name=value`; without `=`, the name is `<fallback>-<n>` (1-based). */
function parseNamed(
  flag: string,
  text: string,
  fallback: string,
  index: number,
  checkValue: (value: string) => Result<unknown>,
): Result<NamedFlagValue> {
  const eq = text.indexOf("=");
  const name = eq < 0 ? `${fallback}-${index + 1}` : text.slice(0, eq).trim();
  const value = (eq < 0 ? text : text.slice(eq + 1)).trim();
  const nameCheck = lbPoolSchema.shape.name.safeParse(name);
  if (!nameCheck.success) {
    return fail(
      `--${flag}: the name "${name}" is not valid: ${nameCheck.error.issues[0]?.message}`,
    );
  }
  const checked = checkValue(value);
  if (!checked.ok) return fail(`--${flag}: ${checked.error}`);
  return ok({ name, value });
}

function parseNamedList(
  flag: string,
  values: readonly string[],
  fallback: string,
  checkValue: (value: string) => Result<unknown>,
): Result<NamedFlagValue[]> {
  const out: NamedFlagValue[] = [];
  for (const [index, text] of values.entries()) {
    const parsed = parseNamed(flag, text, fallback, index, checkValue);
    if (!parsed.ok) return parsed;
    out.push(parsed.value);
  }
  return ok(out);
}

const stringOf = (raw: RawFlagValues, flag: string): string | undefined => {
  const value = raw[flag];
  return typeof value === "string" ? value : undefined;
};

const stringsOf = (raw: RawFlagValues, flag: string): string[] | undefined => {
  const value = raw[flag];
  return Array.isArray(value) ? value.filter((v) => typeof v === "string") : undefined;
};

/**
 * Checks each design flag on its own (CIDR syntax, integer bounds, names, CNI kind, version form)
 * and returns them typed. Messages name the flag: `--nodes: "x" is not a whole number from 0 to 1000000`.
 * Cross-flag checks (families, `--ipam` against the CNI) happen in applyFlags.
 */
export function parseDesignFlags(raw: RawFlagValues): Result<DesignFlags> {
  const flags: DesignFlags = {};
  for (const [flag, key] of [
    ["pod-cidr", "podCidrs"],
    ["service-cidr", "serviceCidrs"],
    ["node-cidr", "nodeCidrs"],
  ] as const) {
    const text = stringOf(raw, flag);
    if (text === undefined) continue;
    const list = parseCidrList(flag, text);
    if (!list.ok) return list;
    flags[key] = list.value;
  }
  for (const [flag, key, family] of [
    ["node-mask-ipv4", "nodeMaskIpv4", "ipv4"],
    ["node-mask-ipv6", "nodeMaskIpv6", "ipv6"],
  ] as const satisfies readonly (readonly [string, keyof DesignFlags, Family])[]) {
    const text = stringOf(raw, flag);
    if (text === undefined) continue;
    const mask = parseInteger(flag, text, 0, bitsOf(family));
    if (!mask.ok) return mask;
    flags[key] = mask.value;
  }
  const counts = [
    ["nodes", "nodes", 0, 1_000_000],
    ["max-pods", "maxPods", 1, 100_000],
  ] as const;
  for (const [flag, key, min, max] of counts) {
    const text = stringOf(raw, flag);
    if (text === undefined) continue;
    const count = parseInteger(flag, text, min, max);
    if (!count.ok) return count;
    flags[key] = count.value;
  }
  const pools = stringsOf(raw, "lb-pool");
  if (pools) {
    const parsed = parseNamedList("lb-pool", pools, "pool", parseAddressRange);
    if (!parsed.ok) return parsed;
    flags.lbPools = parsed.value;
  }
  const externals = stringsOf(raw, "external");
  if (externals) {
    const parsed = parseNamedList("external", externals, "external", parsePrefix);
    if (!parsed.ok) return parsed;
    flags.externals = parsed.value;
  }
  const cni = stringOf(raw, "cni")?.trim();
  if (cni !== undefined) {
    if (!Object.hasOwn(CNI_KINDS, cni)) {
      return fail(
        `--cni: "${cni}" is not a CNI kind; use one of ${Object.keys(CNI_KINDS).join(", ")}`,
      );
    }
    flags.cni = cni as CniKind;
  }
  const ipam = stringOf(raw, "ipam")?.trim();
  if (ipam !== undefined) flags.ipam = ipam;
  const instanceType = stringOf(raw, "instance-type")?.trim();
  if (instanceType !== undefined) {
    if (!/^[a-z0-9-]+\.[a-z0-9-]+$/.test(instanceType)) {
      return fail(
        `--instance-type: "${instanceType}" is not an EC2 instance type such as m5.large`,
      );
    }
    flags.instanceType = instanceType;
  }
  const version = stringOf(raw, "k8s-version")?.trim();
  if (version !== undefined) {
    const checked = designSchema.shape.kubernetesVersion.safeParse(version);
    if (!checked.success) {
      return fail(`--k8s-version: "${version}" is not valid: ${checked.error.issues[0]?.message}`);
    }
    flags.kubernetesVersion = version;
  }
  return ok(flags);
}
