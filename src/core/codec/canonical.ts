import { CALICO_IPAM_DEFAULTS, calicoIpamSettings } from "../cni/calico.ts";
import type { Cni, Design, FamilyPlan, LbPool, NamedCidr } from "../design/schema.ts";
import { canonicalCidr, canonicalPoolRange } from "../design/normaliseCidr.ts";
import { assertNever, type Result } from "../result.ts";
import { cloudCniInOrder } from "../cloud/cloudCniInOrder.ts";
import { orderImported } from "../design/imported.ts";

/**
 * Rewrites one CIDR or pool range in canonical form (canonicalCidr / canonicalPoolRange: host bits
 * cleared as kube-controller-manager's `netutils.ParseCIDRSloppy` does, RFC 5952), noting the
 * change. Text that does not parse is returned unchanged (the schema has refused it before this runs).
 */
function rewrite(
  canonical: (text: string) => Result<{ text: string; hostBitsSet: boolean }>,
): (text: string, where: string, notices: string[]) => string {
  return (text, where, notices) => {
    const parsed = canonical(text);
    if (!parsed.ok) return text;
    const out = parsed.value.text;
    if (parsed.value.hostBitsSet) {
      notices.push(
        `${where}: ${text.trim()} was normalised to ${out}, as kube-controller-manager does`,
      );
    } else if (out !== text) {
      notices.push(`${where}: ${JSON.stringify(text)} was rewritten in canonical form as ${out}`);
    }
    return out;
  };
}

const canonicalCidrText = rewrite(canonicalCidr);
const canonicalRangeText = rewrite(canonicalPoolRange);

/** Rewrites one address text found at `where`. */
type Rewrite = (text: string, where: string) => string;

function plan(p: FamilyPlan, family: string, cidr: Rewrite): FamilyPlan {
  return {
    podCidrs: p.podCidrs.map((c, i) => cidr(c, `${family}.podCidrs[${i}]`)),
    nodeMask: p.nodeMask,
    serviceCidr: cidr(p.serviceCidr, `${family}.serviceCidr`),
  };
}

function named(list: readonly NamedCidr[], where: string, cidr: Rewrite): NamedCidr[] {
  return list.map((n, i) => ({ name: n.name, cidr: cidr(n.cidr, `${where}[${i}].cidr`) }));
}

function pools(list: readonly LbPool[], range: Rewrite): LbPool[] {
  return list.map((p, i) => ({
    name: p.name,
    range: range(p.range, `loadBalancer.pools[${i}].range`),
  }));
}

/**
 * Calico's IPAMConfiguration fields, kept only where they differ from Calico's defaults: a design
 * that spells out the defaults and one that leaves them out are the same design, with the same link.
 */
function calicoIpamFields(
  cni: Extract<Cni, { kind: "calico" }>,
): Pick<Extract<Cni, { kind: "calico" }>, "maxBlocksPerHost" | "strictAffinity"> {
  const s = calicoIpamSettings(cni);
  return {
    ...(s.maxBlocksPerHost === CALICO_IPAM_DEFAULTS.maxBlocksPerHost
      ? {}
      : { maxBlocksPerHost: s.maxBlocksPerHost }),
    ...(s.strictAffinity === CALICO_IPAM_DEFAULTS.strictAffinity
      ? {}
      : { strictAffinity: s.strictAffinity }),
  };
}

/** A copy of the CNI settings with keys in the schema's order. */
function cniInOrder(cni: Cni): Cni {
  switch (cni.kind) {
    case "generic":
    case "kubelet-standalone":
      return { kind: cni.kind };
    case "azure-overlay":
      return cni.dataplane ? { kind: cni.kind, dataplane: cni.dataplane } : { kind: cni.kind };
    case "aws-vpc":
    case "gke":
    case "aks-kubenet":
    case "azure-cni":
      return cloudCniInOrder(cni);
    case "cilium":
      return {
        kind: cni.kind,
        ipam: cni.ipam,
        routingMode: cni.routingMode,
        tunnelProtocol: cni.tunnelProtocol,
        eni: {
          enis: cni.eni.enis,
          ipsPerEni: cni.eni.ipsPerEni,
          prefixDelegation: cni.eni.prefixDelegation,
        },
        ...(cni.clusterId ? { clusterId: cni.clusterId } : {}),
      };
    case "calico":
      return {
        kind: cni.kind,
        ipam: cni.ipam,
        encapsulation: cni.encapsulation,
        bgp: cni.bgp,
        ...calicoIpamFields(cni),
      };
    case "flannel":
      return { kind: cni.kind, backend: cni.backend };
    default:
      return assertNever(cni);
  }
}

/** Rebuilds a design with keys in the schema's order, passing every address text through rewriters. */
function rebuild(design: Design, cidr: Rewrite, range: Rewrite): Design {
  return {
    schemaVersion: design.schemaVersion,
    name: design.name,
    kubernetesVersion: design.kubernetesVersion,
    ipFamilies: [...design.ipFamilies],
    ...(design.ipv4 ? { ipv4: plan(design.ipv4, "ipv4", cidr) } : {}),
    ...(design.ipv6 ? { ipv6: plan(design.ipv6, "ipv6", cidr) } : {}),
    nodePortRange: design.nodePortRange,
    clusterDomain: design.clusterDomain,
    nodes: {
      networks: named(design.nodes.networks, "nodes.networks", cidr),
      count: design.nodes.count,
      headroomPercent: design.nodes.headroomPercent,
      maxPods: design.nodes.maxPods,
    },
    loadBalancer: {
      provider: design.loadBalancer.provider,
      avoidBuggyIPs: design.loadBalancer.avoidBuggyIPs,
      pools: pools(design.loadBalancer.pools, range),
    },
    externalRanges: named(design.externalRanges, "externalRanges", cidr),
    cni: cniInOrder(design.cni),
    ...(design.imported ? { imported: orderImported(design.imported) } : {}),
  };
}

/**
 * A copy of a valid design in canonical form: every CIDR with host bits cleared and in RFC 5952
 * text, pool ranges as `first-last` without spaces, and object keys in the schema's order (so
 * links and files of equal designs are byte-identical). Each rewrite adds a notice.
 */
export function canonicalDesign(design: Design, notices: string[] = []): Design {
  return rebuild(
    design,
    (text, where) => canonicalCidrText(text, where, notices),
    (text, where) => canonicalRangeText(text, where, notices),
  );
}

/** A copy of a design with object keys in the schema's order and every value kept as it is. */
export function orderDesignKeys(design: Design): Design {
  const same: Rewrite = (text) => text;
  return rebuild(design, same, same);
}
