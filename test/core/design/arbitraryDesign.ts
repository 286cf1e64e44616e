import fc from "fast-check";
import { formatAddress } from "../../../src/core/ip/address.ts";
import type { Family } from "../../../src/core/ip/family.ts";
import {
  formatPrefix,
  lastAddress,
  nthSubnet,
  prefixOf,
  subnetCount,
  type Prefix,
} from "../../../src/core/ip/prefix.ts";
import { describeCni } from "../../../src/core/cni/describeCni.ts";
import { defaultCni } from "../../../src/core/design/defaults.ts";
import {
  CALICO_IPAM_MODES,
  CILIUM_IPAM_MODES,
  DESIGN_SCHEMA_VERSION,
  FLANNEL_BACKENDS,
  type CiliumIpam,
  type Cni,
  type CniKind,
  type Design,
  type FamilyPlan,
  type LbPool,
  type NamedCidr,
} from "../../../src/core/design/schema.ts";

/** What a caller may pin; everything left out is drawn at random. */
export interface ArbitraryDesignOptions {
  cni?: CniKind;
  /** Only used when the CNI is Cilium (or drawn as Cilium). */
  ciliumIpam?: CiliumIpam;
  families?: "ipv4" | "ipv6" | "dual";
}

const region = (cidr: string): Prefix => {
  const p = prefixOf(cidr);
  if (!p) throw new Error(`bad built-in region ${cidr}`);
  return p;
};

/**
 * Disjoint regions, one per kind of range, so generated designs never overlap by construction.
 * IPv4 avoids every block of SPECIAL_RANGES except that a /12 Service range covers 172.17.0.0/16.
 */
const REGIONS: Record<
  Family,
  { pods: Prefix; services: Prefix; nodes: Prefix; lb: Prefix; external: Prefix }
> = {
  ipv4: {
    pods: region("10.0.0.0/8"),
    services: region("172.16.0.0/12"),
    nodes: region("192.168.0.0/18"),
    lb: region("192.168.64.0/18"),
    external: region("192.168.128.0/17"),
  },
  ipv6: {
    pods: region("fd00:10::/32"),
    services: region("fd00:96::/32"),
    nodes: region("fd00:1::/32"),
    lb: region("fd00:50::/32"),
    external: region("fd00:e0::/32"),
  },
};

/** Slot `i` of `parent` split into 4 (so up to 4 ranges of one kind never overlap). */
const slot = (parent: Prefix, i: number): Prefix => nthSubnet(parent, parent.length + 2, BigInt(i));

/** A random aligned /`length` block inside `parent`. */
const alignedIn = (parent: Prefix, length: number): fc.Arbitrary<Prefix> =>
  fc
    .bigInt({ min: 0n, max: subnetCount(parent, length) - 1n })
    .map((n) => nthSubnet(parent, length, n));

/** A random block inside `parent` with a prefix length in [min, max]. */
const blockIn = (parent: Prefix, min: number, max: number): fc.Arbitrary<Prefix> =>
  fc.integer({ min: Math.max(min, parent.length), max }).chain((l) => alignedIn(parent, l));

/** An inclusive start-end run inside `parent`, as MetalLB text. */
const runIn = (parent: Prefix): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.bigInt({ min: parent.network, max: lastAddress(parent) }),
      fc.bigInt({ min: 0n, max: 300n }),
    )
    .map(([first, extra]) => {
      const last = first + extra > lastAddress(parent) ? lastAddress(parent) : first + extra;
      const at = (value: bigint): string => formatAddress({ family: parent.family, value });
      return `${at(first)}-${at(last)}`;
    });

function cniArbitrary(options: ArbitraryDesignOptions, hasIpv6: boolean): fc.Arbitrary<Cni> {
  const kinds: CniKind[] = options.cni
    ? [options.cni]
    : ["generic", "kubelet-standalone", "cilium", "calico", "flannel", "azure-overlay"];
  return fc.constantFrom(...kinds).chain((kind): fc.Arbitrary<Cni> => {
    switch (kind) {
      case "generic":
      case "kubelet-standalone":
      case "azure-overlay":
      case "aws-vpc":
      case "gke":
      case "aks-kubenet":
      case "azure-cni":
        return fc.constant(defaultCni(kind));
      case "flannel":
        return fc.constantFrom(...FLANNEL_BACKENDS).map((backend) => ({ kind, backend }));
      case "calico":
        return fc.constantFrom(...CALICO_IPAM_MODES).chain((ipam): fc.Arbitrary<Cni> =>
          ipam === "calico-ipam"
            ? // The operator refuses IPIP/None without BGP; VXLAN works either way.
              fc.record({
                kind: fc.constant(kind),
                ipam: fc.constant(ipam),
                encapsulation: fc.constantFrom("VXLAN" as const, "VXLANCrossSubnet" as const),
                bgp: fc.boolean(),
              })
            : // Calico CNI with HostLocal refuses VXLAN; IPIP is IPv4-only.
              fc.record({
                kind: fc.constant(kind),
                ipam: fc.constant(ipam),
                encapsulation: hasIpv6
                  ? fc.constant("None" as const)
                  : fc.constantFrom("IPIP" as const, "IPIPCrossSubnet" as const, "None" as const),
                bgp: fc.constant(true),
              }),
        );
      case "cilium":
        return fc
          .record({
            ipam: options.ciliumIpam
              ? fc.constant(options.ciliumIpam)
              : fc.constantFrom(...CILIUM_IPAM_MODES),
            tunnel: fc.boolean(),
            tunnelProtocol: fc.constantFrom("vxlan" as const, "geneve" as const),
            eni: fc.record({
              enis: fc.integer({ min: 1, max: 15 }),
              ipsPerEni: fc.integer({ min: 2, max: 50 }),
              prefixDelegation: fc.boolean(),
            }),
          })
          .map(({ ipam, tunnel, tunnelProtocol, eni }) => ({
            kind,
            ipam,
            // Multi-pool and the cloud modes need native routing.
            routingMode:
              tunnel && (ipam === "cluster-pool" || ipam === "kubernetes") ? "tunnel" : "native",
            tunnelProtocol,
            eni,
          }));
    }
  });
}

/**
 * Node mask bounds per family; Calico IPAM's blockSize must be 20-32 / 116-128; Azure CNI
 * Overlay gives every node an IPv4 /24.
 */
function maskBounds(family: Family, cni: Cni): [number, number] {
  const calicoIpam = cni.kind === "calico" && cni.ipam === "calico-ipam";
  if (family === "ipv4") return cni.kind === "azure-overlay" ? [24, 24] : [20, 28];
  return calicoIpam ? [116, 124] : [64, 124];
}

function familyPlanArbitrary(family: Family, cni: Cni): fc.Arbitrary<FamilyPlan> {
  const regions = REGIONS[family];
  const maxRanges = Math.min(3, Math.max(1, describeCni(cni).maxPodCidrsPerFamily));
  const [minMask, maxMask] = maskBounds(family, cni);
  return fc
    .record({
      nodeMask: fc.integer({ min: minMask, max: maxMask }),
      rangeCount: fc.integer({ min: 1, max: maxRanges }),
      serviceCidr: blockIn(
        regions.services,
        family === "ipv4" ? 12 : 108,
        family === "ipv4" ? 28 : 120,
      ),
    })
    .chain(({ nodeMask, rangeCount, serviceCidr }) => {
      const parents =
        rangeCount === 1
          ? [regions.pods]
          : Array.from({ length: rangeCount }, (_, i) => slot(regions.pods, i));
      // Pod prefixes at most 16 bits shorter than the node mask (kubeadm and the IPv6 KCM limit).
      const pods = parents.map((parent) => blockIn(parent, nodeMask - 16, nodeMask));
      return fc.tuple(...pods).map((podPrefixes) => ({
        podCidrs: podPrefixes.map(formatPrefix),
        nodeMask,
        serviceCidr: formatPrefix(serviceCidr),
      }));
    });
}

/** Prefix-length bounds of node networks and external ranges, per family. */
const LENGTHS: Record<"nodes" | "external", Record<Family, readonly [number, number]>> = {
  nodes: { ipv4: [20, 28], ipv6: [48, 64] },
  external: { ipv4: [19, 28], ipv6: [34, 64] },
};

/** Named blocks, block `i` in slot `i` of its family's region for `kind`. */
function namedBlocks(
  kind: "nodes" | "external",
  blockFamilies: Family[],
  namePrefix: string,
): fc.Arbitrary<NamedCidr[]> {
  return fc.tuple(
    ...blockFamilies.map((family, i) =>
      blockIn(slot(REGIONS[family][kind], i), ...LENGTHS[kind][family]).map((p) => ({
        name: `${namePrefix}-${i}`,
        cidr: formatPrefix(p),
      })),
    ),
  );
}

/** One node network per active family, plus up to two more of either family. */
function nodeNetworksArbitrary(families: Family[]): fc.Arbitrary<NamedCidr[]> {
  return fc
    .array(fc.constantFrom(...families), { maxLength: 2 })
    .chain((extra) => namedBlocks("nodes", [...families, ...extra], "nodes"));
}

/** Zero to three external ranges of the active families. */
function externalRangesArbitrary(families: Family[]): fc.Arbitrary<NamedCidr[]> {
  return fc
    .array(fc.constantFrom(...families), { maxLength: 3 })
    .chain((fams) => namedBlocks("external", fams, "external"));
}

function lbPoolsArbitrary(families: Family[]): fc.Arbitrary<LbPool[]> {
  return fc.integer({ min: 0, max: 3 }).chain((n) =>
    fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        fc.tuple(fc.constantFrom(...families), fc.boolean()).chain(([family, asRun]) => {
          const parent = slot(REGIONS[family].lb, i);
          const range = asRun
            ? runIn(parent)
            : blockIn(parent, family === "ipv4" ? 24 : 112, family === "ipv4" ? 32 : 128).map(
                formatPrefix,
              );
          return range.map((r) => ({ name: `pool-${i}`, range: r }));
        }),
      ),
    ),
  );
}

/**
 * A fast-check arbitrary of schema-valid, sensible designs: every range in its own disjoint
 * region (pods in 10.0.0.0/8 and fd00:10::/32, Services in 172.16.0.0/12 and fd00:96::/32, nodes,
 * LoadBalancer pools and external ranges in 192.168.0.0/16 and their own ULAs), so nothing
 * overlaps; node masks at most 16 bits longer than each pod prefix; Service ranges /12-/28 and
 * /108-/120; every CNI kind and mode (with settings their tools accept); Kubernetes 1.30-1.36.
 * Capacity is not tuned: a design may plan more nodes than its ranges hold.
 */
export function arbitraryDesign(options: ArbitraryDesignOptions = {}): fc.Arbitrary<Design> {
  const familyChoices: Family[][] =
    options.families === "ipv4"
      ? [["ipv4"]]
      : options.families === "ipv6"
        ? [["ipv6"]]
        : options.families === "dual"
          ? [
              ["ipv4", "ipv6"],
              ["ipv6", "ipv4"],
            ]
          : [["ipv4"], ["ipv6"], ["ipv4", "ipv6"], ["ipv6", "ipv4"]];
  return fc.constantFrom(...familyChoices).chain((families) =>
    cniArbitrary(options, families.includes("ipv6")).chain((cni) =>
      fc
        .record({
          name: fc.constantFrom("my-cluster", "prod", "edge-1", "lab.k8s"),
          minor: fc.integer({ min: 30, max: 36 }),
          ipv4: familyPlanArbitrary("ipv4", cni),
          ipv6: familyPlanArbitrary("ipv6", cni),
          nodePortRange: fc.oneof(
            fc.constant("30000-32767"),
            fc
              .tuple(fc.integer({ min: 30000, max: 32000 }), fc.integer({ min: 16, max: 767 }))
              .map(([lo, n]) => `${lo}-${lo + n}`),
          ),
          clusterDomain: fc.constantFrom("cluster.local", "k8s.example.internal"),
          networks: nodeNetworksArbitrary(families),
          count: fc.integer({ min: 1, max: 500 }),
          headroomPercent: fc.integer({ min: 0, max: 100 }),
          maxPods: fc.integer({ min: 8, max: 250 }),
          provider: fc.constantFrom(
            ...(cni.kind === "cilium" ? (["metallb", "cilium"] as const) : (["metallb"] as const)),
          ),
          avoidBuggyIPs: fc.boolean(),
          pools: lbPoolsArbitrary(families),
          externalRanges: externalRangesArbitrary(families),
        })
        .map((r): Design => {
          const design: Design = {
            schemaVersion: DESIGN_SCHEMA_VERSION,
            name: r.name,
            kubernetesVersion: `1.${r.minor}`,
            ipFamilies: families,
            nodePortRange: r.nodePortRange,
            clusterDomain: r.clusterDomain,
            nodes: {
              networks: r.networks,
              count: r.count,
              headroomPercent: r.headroomPercent,
              maxPods: r.maxPods,
            },
            loadBalancer: {
              provider: r.provider,
              avoidBuggyIPs: r.avoidBuggyIPs,
              pools: r.pools,
            },
            externalRanges: r.externalRanges,
            cni,
          };
          if (families.includes("ipv4")) design.ipv4 = r.ipv4;
          if (families.includes("ipv6")) design.ipv6 = r.ipv6;
          return design;
        }),
    ),
  );
}
