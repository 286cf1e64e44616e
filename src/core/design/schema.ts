import { z } from "./zod.ts";
import { bitsOf, type Family } from "../ip/family.ts";
import { parsePrefix } from "../ip/prefix.ts";
import { parseAddressRange } from "../ip/range.ts";
import { formatCount } from "../text/formatCount.ts";
import {
  AKS_DATAPLANES,
  aksKubenetCniSchema,
  awsVpcCniSchema,
  azureCniSchema,
  gkeCniSchema,
} from "../cloud/cniSchemas.ts";
import { importedSchema } from "./imported.ts";
import { int } from "./zodInt.ts";

/**
 * The most entries any list of a design may hold (pod ranges per family, node networks,
 * LoadBalancer pools, external ranges). No component the designer models caps these lists lower;
 * the bound keeps every pass over a design small and is checked by the bench's 1,000-of-each
 * design (ADR 0070). Design files and links stay bounded by the input gate as well.
 */
export const MAX_LIST_ENTRIES = 1024;

/** The check every list of a design carries. */
const listMax = z.maxLength(MAX_LIST_ENTRIES, `at most ${formatCount(MAX_LIST_ENTRIES)} entries`);

/** The design schema version; bump it and add a migration in core/codec when the shape changes. */
export const DESIGN_SCHEMA_VERSION = 1;

/** Why `text` is not a CIDR of a design (of `family`, when given), or undefined when it is. */
export function cidrProblem(text: string, family?: Family): string | undefined {
  const parsed = parsePrefix(text);
  if (!parsed.ok) return parsed.error;
  if (family && parsed.value.prefix.family !== family)
    return `"${text}" is not an ${family === "ipv4" ? "IPv4" : "IPv6"} CIDR`;
  return undefined;
}

const cidrOf = (family?: Family) =>
  z.string().check(
    z.superRefine((text, ctx) => {
      const problem = cidrProblem(text, family);
      if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
    }),
  );

/** The longest name of a design or a named range, and the DNS-1123 label pattern names follow. */
export const NAME_MAX = 63;
export const NAME_PATTERN = /^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/;

const name = z
  .string()
  .check(
    z.minLength(1, "a name is required"),
    z.maxLength(NAME_MAX, "names are at most 63 characters"),
    z.regex(NAME_PATTERN, "use lower-case letters, digits, '-' and '.' (a DNS-1123 name)"),
  );

/** The DNS-1123 name rule of designs and named ranges. */
export const nameText = name;

const familyPlan = (family: Family) =>
  z.object({
    /** Pod ranges of this family; the first is the cluster CIDR kube-controller-manager allocates from. */
    podCidrs: z
      .array(cidrOf(family))
      .check(z.minLength(1, "at least one pod range is required"), listMax),
    /** Per-node prefix length (`--node-cidr-mask-size-ipv4/-ipv6`, Cilium `clusterPool*MaskSize`, Calico `blockSize`). */
    nodeMask: int(0, bitsOf(family)),
    /** The Service range of this family (`--service-cluster-ip-range` entry). */
    serviceCidr: cidrOf(family),
  });

/** A named CIDR: a node network or an external range. */
export const namedCidrSchema = z.object({ name, cidr: cidrOf() });

/**
 * A named LoadBalancer pool: a CIDR or a `start-end` range. An entry that does not parse gets
 * MetalLB's own error with its prefix ("parsing address pool <name>: invalid CIDR <entry> in pool
 * <name>: …", metallb internal/config/config.go `poolsFor` and `addressPoolFromCR`).
 */
export const lbPoolSchema = z.object({ name, range: z.string() }).check(
  z.superRefine((pool, ctx) => {
    const parsed = parseAddressRange(pool.range);
    if (parsed.ok) return;
    ctx.addIssue({
      code: "custom",
      path: ["range"],
      message: `parsing address pool ${pool.name}: invalid CIDR ${JSON.stringify(pool.range)} in pool ${JSON.stringify(pool.name)}: ${parsed.error}`,
    });
  }),
);

export const CILIUM_IPAM_MODES = [
  "cluster-pool",
  "kubernetes",
  "multi-pool",
  "eni",
  "azure",
  "crd",
] as const;
export const CALICO_IPAM_MODES = ["calico-ipam", "host-local"] as const;
export const CALICO_ENCAPSULATIONS = [
  "VXLAN",
  "VXLANCrossSubnet",
  "IPIP",
  "IPIPCrossSubnet",
  "None",
] as const;
export const FLANNEL_BACKENDS = ["vxlan", "host-gw", "wireguard"] as const;

/** The CNI and its IPAM mode, with only the options that change addressing or exports. */
export const cniSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("generic") }),
  z.object({ kind: z.literal("kubelet-standalone") }),
  z.object({
    kind: z.literal("cilium"),
    ipam: z.enum(CILIUM_IPAM_MODES),
    routingMode: z.enum(["tunnel", "native"]),
    tunnelProtocol: z.enum(["vxlan", "geneve"]),
    /** ENI mode sizing: ENIs per node, IPv4 addresses per ENI, /28 prefix delegation. */
    eni: z.object({
      enis: int(1, 64),
      ipsPerEni: int(2, 64),
      prefixDelegation: z.boolean(),
    }),
    /**
     * Helm `cluster.id` for ClusterMesh (0 = unset, Cilium's default). Cilium takes 1-255, or
     * 1-511 with `clustermesh.maxConnectedClusters=511` (pkg/clustermesh/types); the rules say so.
     * Optional so that links made before it existed open unchanged.
     */
    clusterId: z.optional(int(0, 65_535)),
  }),
  z.object({
    kind: z.literal("calico"),
    ipam: z.enum(CALICO_IPAM_MODES),
    encapsulation: z.enum(CALICO_ENCAPSULATIONS),
    bgp: z.boolean(),
    /**
     * IPAMConfiguration `maxBlocksPerHost` (0 = no limit); absent means Calico's default, 20
     * (core/cni/calico.ts). Optional so that links made before it existed open unchanged.
     */
    maxBlocksPerHost: z.optional(int(0, 2_147_483_647)),
    /** IPAMConfiguration `strictAffinity`; absent means Calico's default, false. */
    strictAffinity: z.optional(z.boolean()),
  }),
  z.object({ kind: z.literal("flannel"), backend: z.enum(FLANNEL_BACKENDS) }),
  /** Azure CNI Overlay (AKS): every node gets a fixed /24 of the pod range; optionally Cilium data plane. */
  z.object({ kind: z.literal("azure-overlay"), dataplane: z.optional(z.enum(AKS_DATAPLANES)) }),
  awsVpcCniSchema,
  gkeCniSchema,
  aksKubenetCniSchema,
  azureCniSchema,
]);

/** A Kubernetes minor version the designer models ("1.NN", from 1.20 on). */
export const versionText = z
  .string()
  .check(
    z.regex(/^1\.(2\d|3\d|4\d)$/, 'give the Kubernetes minor version as "1.NN", from 1.20 on'),
  );

const portRange = z.string().check(
  z.superRefine((text, ctx) => {
    const m = /^(\d{1,5})-(\d{1,5})$/.exec(text.trim());
    const [lo, hi] = m ? [Number(m[1]), Number(m[2])] : [NaN, NaN];
    if (!m || lo < 1 || hi > 65535 || lo > hi) {
      ctx.addIssue({ code: "custom", message: `"${text}" is not a port range like 30000-32767` });
    }
  }),
);

/** The whole design: plain, serializable data, validated at every boundary. */
export const designSchema = z
  .object({
    schemaVersion: z.literal(DESIGN_SCHEMA_VERSION),
    name,
    kubernetesVersion: versionText,
    /** Active families, primary first: ["ipv4"], ["ipv6"], ["ipv4","ipv6"] or ["ipv6","ipv4"]. */
    ipFamilies: z.array(z.enum(["ipv4", "ipv6"])).check(
      z.minLength(1),
      z.maxLength(2),
      z.refine((f) => new Set(f).size === f.length, "each family at most once"),
    ),
    ipv4: z.optional(familyPlan("ipv4")),
    ipv6: z.optional(familyPlan("ipv6")),
    /** `--service-node-port-range`. */
    nodePortRange: portRange,
    /** kubelet `clusterDomain`, kubeadm `dnsDomain`. */
    clusterDomain: z
      .string()
      .check(
        z.regex(
          /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/,
          "a DNS-1123 subdomain",
        ),
      ),
    nodes: z.object({
      /** Machine networks / VPC subnets the nodes take their addresses from. */
      networks: z.array(namedCidrSchema).check(listMax),
      /** Planned node count. */
      count: int(0, 1_000_000),
      /** Growth headroom on top of the planned count, in percent. */
      headroomPercent: int(0, 1000),
      /** kubelet `maxPods`. */
      maxPods: int(1, 100_000),
    }),
    loadBalancer: z.object({
      provider: z.enum(["metallb", "cilium"]),
      /** MetalLB `avoidBuggyIPs` / Cilium `allowFirstLastIPs: "No"`. */
      avoidBuggyIPs: z.boolean(),
      pools: z.array(lbPoolSchema).check(listMax),
    }),
    /** Networks the cluster must never overlap (VPC peers, on-prem, VPN, Docker bridge...). */
    externalRanges: z.array(namedCidrSchema).check(listMax),
    cni: cniSchema,
    /** What an import read (ADR 0120): sources, placeholders and the file's refusals. */
    imported: z.optional(importedSchema),
  })
  .check(
    z.superRefine((d, ctx) => {
      for (const family of ["ipv4", "ipv6"] as const) {
        const active = d.ipFamilies.includes(family);
        if (active && !d[family]) {
          ctx.addIssue({
            code: "custom",
            path: [family],
            message: `${family} is in ipFamilies but has no plan`,
          });
        }
        if (!active && d[family]) {
          ctx.addIssue({
            code: "custom",
            path: [family],
            message: `${family} has a plan but is not in ipFamilies`,
          });
        }
      }
    }),
  );

/** A cluster address plan. */
export type Design = z.infer<typeof designSchema>;
/** One family's pod ranges, node mask and Service range. */
export type FamilyPlan = NonNullable<Design["ipv4"]>;
/** The CNI choice. */
export type Cni = Design["cni"];
/** The CNI kinds. */
export type CniKind = Cni["kind"];
/** A named CIDR (node network, external range). */
export type NamedCidr = z.infer<typeof namedCidrSchema>;
/** A named LoadBalancer pool. */
export type LbPool = z.infer<typeof lbPoolSchema>;
export type CiliumIpam = (typeof CILIUM_IPAM_MODES)[number];
export type CalicoIpam = (typeof CALICO_IPAM_MODES)[number];
