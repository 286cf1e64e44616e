import { parse } from "yaml";
import { parseAddress } from "../../src/core/ip/address.ts";
import { bitsOf, type Family } from "../../src/core/ip/family.ts";
import { formatPrefix, overlaps, parsePrefix, type Prefix } from "../../src/core/ip/prefix.ts";
import { parseAddressRange, rangesOverlap, type AddressRange } from "../../src/core/ip/range.ts";
import type { ParsedExport } from "./validateExport.ts";

/**
 * Re-implementations of checks the real tools make that the upstream schemas do not carry
 * (reference/cni.md section 11, reference/kubernetes.md sections 1.3 and 6.3). Each returns the
 * tool's error text, or ours where the tool has none.
 */
type Obj = Record<string, unknown>;

const obj = (v: unknown): Obj => (v && typeof v === "object" ? (v as Obj) : {});
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string => (typeof v === "string" ? v : "");

/** The eight IPAM modes the Cilium agent accepts (cilium pkg/ipam/option/option.go). */
export const CILIUM_AGENT_IPAM_MODES = [
  "kubernetes",
  "crd",
  "eni",
  "azure",
  "cluster-pool",
  "multi-pool",
  "alibabacloud",
  "delegated-plugin",
] as const;

function strictPrefix(text: string, what: string, errors: string[]): Prefix | undefined {
  const parsed = parsePrefix(text);
  if (!parsed.ok) {
    errors.push(`${what}: ${parsed.error}`);
    return undefined;
  }
  if (parsed.value.hostBitsSet) errors.push(`${what}: "${text}" has host bits set`);
  return parsed.value.prefix;
}

function csvPrefixes(text: string, what: string, errors: string[]): Prefix[] {
  return text
    .split(",")
    .map((t) => strictPrefix(t, what, errors))
    .filter((p): p is Prefix => p !== undefined);
}

/** kube-controller-manager's mask checks (kubernetes.md 1.3 steps 4, 6-8). */
export function kcmMaskErrors(clusterCidr: string, masks: Record<string, string>): string[] {
  const errors: string[] = [];
  const cidrs = csvPrefixes(clusterCidr, "--cluster-cidr", errors);
  const families = new Set(cidrs.map((c) => c.family));
  if (cidrs.length > 2)
    errors.push(`length of clusterCIDRs is:${cidrs.length} more than max allowed of 2`);
  if (cidrs.length === 2 && families.size !== 2) {
    errors.push(
      "len of ClusterCIDRs==2 and they are not configured as dual stack (at least one from each IPFamily",
    );
  }
  if (families.size === 1) {
    if (families.has("ipv6") && "node-cidr-mask-size-ipv4" in masks) {
      errors.push(
        "usage of --node-cidr-mask-size-ipv4 is not allowed for a single-stack IPv6 cluster",
      );
    }
    if (families.has("ipv4") && "node-cidr-mask-size-ipv6" in masks) {
      errors.push(
        "usage of --node-cidr-mask-size-ipv6 is not allowed for a single-stack IPv4 cluster",
      );
    }
  }
  for (const cidr of cidrs) {
    const mask = Number(
      masks[`node-cidr-mask-size-${cidr.family}`] ?? (cidr.family === "ipv4" ? 24 : 64),
    );
    if (cidr.length > mask) {
      errors.push(
        "Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family",
      );
    }
    if (cidr.family === "ipv6" && mask - cidr.length > 16) {
      errors.push("New CIDR set failed; the node CIDR size is too big");
    }
  }
  return errors;
}

/** kube-apiserver's `--service-cluster-ip-range` checks, with the pre-1.34 /12 and /108 limit. */
export function serviceRangeErrors(text: string): string[] {
  const errors: string[] = [];
  const cidrs = csvPrefixes(text, "--service-cluster-ip-range", errors);
  if (cidrs.length > 2)
    errors.push("--service-cluster-ip-range must not contain more than two entries");
  if (cidrs.length === 2 && cidrs[0]?.family === cidrs[1]?.family) {
    errors.push(
      "--service-cluster-ip-range[0] and --service-cluster-ip-range[1] must be of different IP family",
    );
  }
  for (const c of cidrs) {
    if (bitsOf(c.family) - c.length > 20) {
      errors.push(
        `specified --service-cluster-ip-range is too large; for ${bitsOf(c.family)}-bit addresses, the mask must be >= ${bitsOf(c.family) - 20}`,
      );
    }
  }
  return errors;
}

function ciliumValuesErrors(values: Obj): string[] {
  const errors: string[] = [];
  const ipam = obj(values.ipam);
  const mode = str(ipam.mode);
  if (!(CILIUM_AGENT_IPAM_MODES as readonly string[]).includes(mode))
    errors.push(`unknown ipam.mode "${mode}"`);
  if (mode === "eni" && obj(values.eni).enabled !== true)
    errors.push("ipam.mode=eni requires eni.enabled=true");
  const routing = str(values.routingMode);
  if (!["tunnel", "native"].includes(routing)) errors.push(`unknown routingMode "${routing}"`);
  if (routing === "tunnel" && !["vxlan", "geneve"].includes(str(values.tunnelProtocol))) {
    errors.push(`unknown tunnelProtocol "${str(values.tunnelProtocol)}"`);
  }
  if (routing === "tunnel" && values.autoDirectNodeRoutes === true) {
    errors.push(
      "auto-direct-node-routes cannot be used with tunneling. Packets must be routed through the tunnel device.",
    );
  }
  const enabled: Record<Family, boolean> = {
    ipv4: obj(values.ipv4).enabled !== false,
    ipv6: obj(values.ipv6).enabled === true,
  };
  const operator = obj(ipam.operator);
  const pool = obj(obj(operator.autoCreateCiliumPodIPPools).default);
  for (const family of ["ipv4", "ipv6"] as const) {
    const key = family === "ipv4" ? "IPv4" : "IPv6";
    const native = str(values[`${family}NativeRoutingCIDR`]);
    if (
      routing === "native" &&
      enabled[family] &&
      mode !== "eni" &&
      mode !== "alibabacloud" &&
      !native
    ) {
      errors.push(`${family}NativeRoutingCIDR must be set when routingMode is native`);
    }
    const list = operator[`clusterPool${key}PodCIDRList`];
    if (mode === "cluster-pool") {
      if (enabled[family] && !arr(list).length) {
        errors.push(`cluster-pool-${family}-cidr must be provided when using ClusterPool`);
      }
      if (!enabled[family] && list !== undefined)
        errors.push(`cluster-pool-${family}-cidr must not be set if ${key} is disabled`);
    }
    const poolCidrs = mode === "cluster-pool" ? arr(list) : arr(obj(pool[family]).cidrs);
    const mask = Number(
      mode === "cluster-pool" ? operator[`clusterPool${key}MaskSize`] : obj(pool[family]).maskSize,
    );
    const prefixes = poolCidrs
      .map((c) => strictPrefix(str(c), `${family} pool`, errors))
      .filter((p): p is Prefix => !!p);
    for (const p of prefixes) {
      if (p.family !== family) errors.push(`CIDR is not ${family === "ipv4" ? "v4" : "v6"} family`);
      if (mask < p.length)
        errors.push(`${family} mask /${mask} is shorter than pool ${p.length}: no node CIDR fits`);
      if (family === "ipv6" && mask - p.length > 16)
        errors.push("New CIDR set failed; the node CIDR size is too big");
      const nativePrefix = native ? parsePrefix(native) : undefined;
      if (nativePrefix?.ok && !overlaps(nativePrefix.value.prefix, p)) {
        errors.push(`${family}NativeRoutingCIDR ${native} does not cover pool ${formatPrefix(p)}`);
      }
    }
    prefixes.forEach((a, i) =>
      prefixes.slice(i + 1).forEach((b) => {
        if (overlaps(a, b)) errors.push(`requested CIDR collides with another ${family} pool CIDR`);
      }),
    );
  }
  return errors;
}

function calicoPoolErrors(p: {
  name: string;
  cidr: string;
  blockSize: number | undefined;
  ipip: boolean;
  vxlan: boolean;
}): string[] {
  const errors: string[] = [];
  const parsed = parsePrefix(p.cidr);
  if (!parsed.ok) return [`pool ${p.name}: ${parsed.error}`];
  if (parsed.value.hostBitsSet) errors.push("IP pool CIDR is not strictly masked");
  const prefix = parsed.value.prefix;
  const block = p.blockSize ?? (prefix.family === "ipv4" ? 26 : 122);
  if (prefix.family === "ipv4" && (block < 20 || block > 32)) {
    errors.push("IPv4 pool block size must be greater than 19 and less than or equal to 32");
  }
  if (prefix.family === "ipv6" && (block < 116 || block > 128)) {
    errors.push("IPv6 pool block size must be greater than 115 and less than or equal to 128");
  }
  if (prefix.length > block)
    errors.push("IP pool size is too small. It must be equal to or greater than the block size");
  if (prefix.family === "ipv6" && p.ipip) {
    errors.push(`IPIP encapsulation is not supported by IPv6 pools, but it is set for ${p.cidr}`);
  }
  if (p.ipip && p.vxlan) errors.push("IPIP and VXLAN cannot both be enabled on one pool");
  const linkLocal = parsePrefix(prefix.family === "ipv4" ? "169.254.0.0/16" : "fe80::/10");
  if (linkLocal.ok && overlaps(linkLocal.value.prefix, prefix))
    errors.push("IP pool overlaps the link-local range");
  return errors;
}

function installationErrors(doc: Obj): string[] {
  const spec = obj(doc.spec);
  const ipamType = str(obj(obj(spec.cni).ipam).type);
  const network = obj(spec.calicoNetwork);
  const bgp = str(network.bgp) === "Enabled";
  const errors: string[] = [];
  const names = new Set<string>();
  for (const raw of arr(network.ipPools)) {
    const pool = obj(raw);
    const enc = str(pool.encapsulation);
    const name = str(pool.name);
    if (names.has(name)) errors.push(`IP pool ${name} is specified more than once`);
    names.add(name);
    const poolErrors = calicoPoolErrors({
      name,
      cidr: str(pool.cidr),
      blockSize: typeof pool.blockSize === "number" ? pool.blockSize : undefined,
      ipip: enc.startsWith("IPIP"),
      vxlan: enc.startsWith("VXLAN"),
    });
    for (const e of poolErrors) errors.push(e);
    if (ipamType === "HostLocal" && enc.startsWith("VXLAN")) {
      errors.push(`${enc} is invalid for ipPool.encapsulation with Calico CNI and HostLocal IPAM`);
    }
    if (ipamType === "Calico" && !bgp && enc.startsWith("IPIP")) {
      errors.push(
        "with BIRD cluster routing mode, IPIP encapsulation requires that BGP is enabled",
      );
    }
    if (ipamType === "Calico" && !bgp && enc === "None") {
      errors.push(
        "with BIRD cluster routing mode, unencapsulated IP pools require that BGP is enabled",
      );
    }
    if (str(pool.nodeSelector) === "") errors.push(`IP pool ${name} has an empty nodeSelector`);
  }
  return errors;
}

function rangesOf(addresses: unknown[], what: string, errors: string[]): AddressRange[] {
  return addresses.flatMap((a) => {
    const r = parseAddressRange(str(a));
    if (!r.ok) errors.push(`${what}: ${r.error}`);
    return r.ok ? [r.value] : [];
  });
}

function noOverlaps(pools: { name: string; ranges: AddressRange[] }[], errors: string[]): void {
  pools.forEach((a, i) =>
    pools.slice(i + 1).forEach((b) => {
      if (a.ranges.some((x) => b.ranges.some((y) => rangesOverlap(x, y)))) {
        errors.push(
          `CIDR in pool "${b.name}" overlaps with already defined CIDR in pool "${a.name}"`,
        );
      }
    }),
  );
}

function metallbErrors(docs: Obj[]): string[] {
  const errors: string[] = [];
  const pools = docs.filter((d) => d.kind === "IPAddressPool");
  const named = pools.map((d) => {
    const name = str(obj(d.metadata).name);
    const addresses = arr(obj(d.spec).addresses);
    if (!addresses.length) errors.push(`pool "${name}": pool has no prefixes defined`);
    return { name, ranges: rangesOf(addresses, `pool "${name}"`, errors) };
  });
  noOverlaps(named, errors);
  const names = new Set(named.map((p) => p.name));
  if (names.size !== named.length) errors.push("duplicate definition of pool");
  for (const adv of docs.filter((d) => d.kind === "L2Advertisement")) {
    for (const ref of arr(obj(adv.spec).ipAddressPools)) {
      if (!names.has(str(ref))) errors.push(`L2Advertisement names unknown pool ${str(ref)}`);
    }
  }
  return errors;
}

function ciliumLbErrors(docs: Obj[]): string[] {
  const errors: string[] = [];
  const named = docs.map((d) => ({
    name: str(obj(d.metadata).name),
    ranges: arr(obj(d.spec).blocks).flatMap((b) => {
      const block = obj(b);
      const text =
        block.cidr !== undefined ? str(block.cidr) : `${str(block.start)}-${str(block.stop)}`;
      return rangesOf([text], "block", errors);
    }),
  }));
  noOverlaps(named, errors);
  return errors;
}

function argMap(args: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of arr(args)) {
    const { name, value } = obj(a);
    if (typeof name !== "string" || typeof value !== "string") {
      throw new Error(
        `kubeadm v1beta4 extraArgs need {name, value} strings, got ${JSON.stringify(a)}`,
      );
    }
    out[name] = value;
  }
  return out;
}

function kubeadmErrors(docs: Obj[]): string[] {
  const errors: string[] = [];
  const cluster = docs.find((d) => d.kind === "ClusterConfiguration");
  if (!cluster) return ["no ClusterConfiguration"];
  const net = obj(cluster.networking);
  const cm = argMap(obj(cluster.controllerManager).extraArgs);
  argMap(obj(cluster.apiServer).extraArgs);
  for (const d of docs.filter((x) => x.kind === "InitConfiguration")) {
    const args = argMap(obj(d.nodeRegistration).kubeletExtraArgs);
    for (const ip of (args["node-ip"] ?? "").split(",")) {
      if (!parseAddress(ip).ok) errors.push(`node-ip "${ip}" is not an address`);
    }
  }
  for (const e of serviceRangeErrors(str(net.serviceSubnet))) errors.push(e);
  if (net.podSubnet !== undefined && cm["allocate-node-cidrs"] !== "false") {
    for (const e of kcmMaskErrors(str(net.podSubnet), cm)) errors.push(e);
    for (const p of csvPrefixes(str(net.podSubnet), "podSubnet", errors)) {
      const mask = Number(cm[`node-cidr-mask-size-${p.family}`] ?? (p.family === "ipv4" ? 24 : 64));
      if (mask - p.length > 16)
        errors.push(
          `pod subnet mask (${p.length}) and node-mask (${mask}) difference is greater than 16`,
        );
    }
  }
  if (net.podSubnet === undefined && cm["allocate-node-cidrs"] !== "false") {
    errors.push("no podSubnet, yet node IPAM is not turned off");
  }
  return errors;
}

function flannelErrors(doc: Obj): string[] {
  const errors: string[] = [];
  const data = obj(doc.data);
  JSON.parse(str(data["cni-conf.json"]));
  const conf = obj(JSON.parse(str(data["net-conf.json"])));
  const v4 = conf.EnableIPv4 !== false;
  if (v4 && !conf.Network) errors.push("Network is required when EnableIPv4 is true");
  if (conf.EnableIPv6 === true && !conf.IPv6Network)
    errors.push("IPv6Network is required when EnableIPv6");
  if (!v4 && conf.EnableIPv6 !== true) errors.push("neither family is enabled");
  if (!["vxlan", "host-gw", "wireguard"].includes(str(obj(conf.Backend).Type)))
    errors.push("unknown backend");
  for (const key of ["Network", "IPv6Network"])
    if (conf[key]) strictPrefix(str(conf[key]), key, errors);
  return errors;
}

function rancherErrors(doc: Obj): string[] {
  const args = Object.fromEntries(
    arr(doc["kube-controller-manager-arg"]).map((a) => str(a).split("=") as [string, string]),
  );
  return [
    ...(args["allocate-node-cidrs"] === "false"
      ? []
      : kcmMaskErrors(str(doc["cluster-cidr"]), args)),
    ...serviceRangeErrors(str(doc["service-cidr"])),
  ];
}

function talosErrors(doc: Obj): string[] {
  const cluster = obj(doc.cluster);
  const net = obj(cluster.network);
  const args = obj(obj(cluster.controllerManager).extraArgs) as Record<string, string>;
  return [
    ...(args["allocate-node-cidrs"] === "false"
      ? []
      : kcmMaskErrors(arr(net.podSubnets).map(str).join(","), args)),
    ...serviceRangeErrors(arr(net.serviceSubnets).map(str).join(",")),
  ];
}

/** Every upstream rule a target's parsed export breaks; empty when the real tool would accept it. */
export function upstreamRuleErrors(targetId: string, parsed: ParsedExport): string[] {
  const docs = parsed.docs.map(obj);
  const flags = Object.fromEntries(parsed.flags.map((f) => [f.name, f.value]));
  const first = docs[0] ?? {};
  switch (targetId) {
    case "cilium-values":
      return ciliumValuesErrors(first);
    case "cilium-pod-ip-pool":
      return ciliumValuesErrors({
        ipam: {
          mode: "multi-pool",
          operator: { autoCreateCiliumPodIPPools: { default: obj(first.spec) } },
        },
        ipv4: { enabled: "ipv4" in obj(first.spec) },
        ipv6: { enabled: "ipv6" in obj(first.spec) },
        routingMode: "native",
        ipv4NativeRoutingCIDR: "0.0.0.0/0",
        ipv6NativeRoutingCIDR: "::/0",
      });
    case "cilium-lb-pool":
      return ciliumLbErrors(docs);
    case "calico-installation":
      return installationErrors(first);
    case "calico-ippool":
      return docs.flatMap((d) => {
        const spec = obj(d.spec);
        return calicoPoolErrors({
          name: str(obj(d.metadata).name),
          cidr: str(spec.cidr),
          blockSize: typeof spec.blockSize === "number" ? spec.blockSize : undefined,
          ipip: str(spec.ipipMode) !== "Never",
          vxlan: str(spec.vxlanMode) !== "Never",
        });
      });
    case "metallb":
      return metallbErrors(docs);
    case "kube-controller-manager-flags":
      return [
        ...(flags["allocate-node-cidrs"] === "true" ? [] : ["--allocate-node-cidrs must be true"]),
        ...kcmMaskErrors(flags["cluster-cidr"] ?? "", flags),
        ...serviceRangeErrors(flags["service-cluster-ip-range"] ?? ""),
      ];
    case "kube-apiserver-flags":
      return serviceRangeErrors(flags["service-cluster-ip-range"] ?? "");
    case "kubeadm":
      return kubeadmErrors(docs);
    case "flannel":
      return flannelErrors(first);
    case "k3s-config":
      return rancherErrors(first);
    case "rke2-config":
      // rke2-cilium-config.yaml: the Cilium values inside the HelmChartConfig face Cilium's rules.
      return first.kind === "HelmChartConfig"
        ? ciliumValuesErrors(obj(parse(str(obj(first.spec).valuesContent), { version: "1.1" })))
        : rancherErrors(first);
    case "talos":
      return talosErrors(first);
    default:
      return [];
  }
}
