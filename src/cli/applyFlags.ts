import { chooseCni } from "../core/design/chooseCni.ts";
import { defaultCni, defaultFamilyPlan } from "../core/design/defaults.ts";
import {
  CALICO_IPAM_MODES,
  CILIUM_IPAM_MODES,
  designSchema,
  type Cni,
  type Design,
  type FamilyPlan,
} from "../core/design/schema.ts";
import { FAMILIES, familyLabel, type Family } from "../core/ip/family.ts";
import { parsePrefix } from "../core/ip/prefix.ts";
import { fail, ok, type Result } from "../core/result.ts";
import type { DesignFlags } from "./designFlags.ts";

/** The design after the flags, and notes for the user about values the flags did not set. */
export interface FlaggedDesign {
  design: Design;
  /** Sentences for stderr, e.g. which Service range a newly added family got. */
  notes: string[];
}

/** CIDR texts grouped by family, families in order of first appearance (the first is primary). */
interface ByFamily {
  order: Family[];
  cidrs: Partial<Record<Family, string[]>>;
}

function groupByFamily(cidrs: readonly string[]): ByFamily {
  const grouped: ByFamily = { order: [], cidrs: {} };
  for (const text of cidrs) {
    const parsed = parsePrefix(text);
    if (!parsed.ok) continue; // parseDesignFlags already refused these
    const family = parsed.value.prefix.family;
    if (!grouped.order.includes(family)) grouped.order.push(family);
    (grouped.cidrs[family] ??= []).push(text);
  }
  return grouped;
}

const familiesText = (families: readonly Family[]): string =>
  families.map(familyLabel).join(" then ");

/** Works out the families and per-family plans from --pod-cidr / --service-cidr. */
function applyFamilies(design: Design, flags: DesignFlags, notes: string[]): Result<Design> {
  const pods = flags.podCidrs ? groupByFamily(flags.podCidrs) : undefined;
  const services = flags.serviceCidrs ? groupByFamily(flags.serviceCidrs) : undefined;
  if (services) {
    for (const family of services.order) {
      const list = services.cidrs[family] ?? [];
      if (list.length > 1) {
        return fail(
          `--service-cidr: ${list.map((c) => `"${c}"`).join(" and ")} are all ${familyLabel(family)}; give at most one Service range per family (two only for dual-stack)`,
        );
      }
    }
  }
  if (pods && services && pods.order.join() !== services.order.join()) {
    return fail(
      `--pod-cidr gives ${familiesText(pods.order)} but --service-cidr gives ${familiesText(services.order)}: give the same families in the same order (primary first)`,
    );
  }
  const families = pods?.order ?? services?.order ?? design.ipFamilies;
  const next: Design = { ...design, ipFamilies: [...families] };
  delete next.ipv4;
  delete next.ipv6;
  for (const family of FAMILIES) {
    if (!families.includes(family)) continue;
    const existing = design[family];
    const plan: FamilyPlan = existing ? { ...existing } : defaultFamilyPlan(family);
    const podCidrs = pods?.cidrs[family];
    if (podCidrs) plan.podCidrs = podCidrs;
    else if (!existing) {
      notes.push(`${familyLabel(family)} pod range not given: using ${plan.podCidrs.join(",")}`);
    }
    const serviceCidr = services?.cidrs[family]?.[0];
    if (serviceCidr !== undefined) plan.serviceCidr = serviceCidr;
    else if (!existing) {
      notes.push(`${familyLabel(family)} Service range not given: using ${plan.serviceCidr}`);
    }
    next[family] = plan;
  }
  return ok(next);
}

function applyNodeMasks(design: Design, flags: DesignFlags): Result<Design> {
  const next = { ...design };
  for (const [family, mask] of [
    ["ipv4", flags.nodeMaskIpv4],
    ["ipv6", flags.nodeMaskIpv6],
  ] as const) {
    if (mask === undefined) continue;
    const plan = next[family];
    if (!plan) {
      return fail(
        `--node-mask-${family}: the design has no ${familyLabel(family)} family (families: ${familiesText(next.ipFamilies)}); add an ${familyLabel(family)} --pod-cidr or drop the flag`,
      );
    }
    next[family] = { ...plan, nodeMask: mask };
  }
  return ok(next);
}

function applyIpam(cni: Cni, ipam: string): Result<Cni> {
  switch (cni.kind) {
    case "cilium": {
      const mode = CILIUM_IPAM_MODES.find((m) => m === ipam);
      if (!mode) {
        return fail(
          `--ipam: "${ipam}" is not a Cilium IPAM mode; use one of ${CILIUM_IPAM_MODES.join(", ")}`,
        );
      }
      return ok({ ...cni, ipam: mode });
    }
    case "calico": {
      const mode = CALICO_IPAM_MODES.find((m) => m === ipam);
      if (!mode) {
        return fail(
          `--ipam: "${ipam}" is not a Calico IPAM mode; use one of ${CALICO_IPAM_MODES.join(", ")}`,
        );
      }
      return ok({ ...cni, ipam: mode });
    }
    default:
      return fail(
        `--ipam: the CNI "${cni.kind}" has no IPAM modes to choose; add --cni cilium or --cni calico`,
      );
  }
}

function applyCni(design: Design, flags: DesignFlags, notes: string[]): Result<Design> {
  let cni = design.cni;
  // Switching kind starts from that kind's defaults; naming the same kind keeps the file's options.
  const fresh = flags.cni !== undefined && flags.cni !== cni.kind;
  if (flags.cni !== undefined && fresh) cni = defaultCni(flags.cni);
  if (flags.ipam !== undefined) {
    const withIpam = applyIpam(cni, flags.ipam);
    if (!withIpam.ok) return withIpam;
    cni = withIpam.value;
  }
  // A fresh choice goes through chooseCni like the app's (consistent options, AKS /24 mask);
  // naming the file's own CNI keeps its explicit options for the rules to judge.
  if (fresh) {
    const choice = chooseCni(design, cni);
    notes.push(...choice.notes);
    return ok(choice.design);
  }
  return ok({ ...design, cni });
}

function applyLists(design: Design, flags: DesignFlags): Design {
  const next: Design = { ...design, nodes: { ...design.nodes } };
  if (flags.nodeCidrs) {
    next.nodes.networks = flags.nodeCidrs.map((cidr, i) => ({
      name: i === 0 ? "nodes" : `nodes-${i + 1}`,
      cidr,
    }));
  }
  if (flags.nodes !== undefined) next.nodes.count = flags.nodes;
  if (flags.maxPods !== undefined) next.nodes.maxPods = flags.maxPods;
  if (flags.lbPools) {
    next.loadBalancer = {
      ...design.loadBalancer,
      pools: flags.lbPools.map(({ name, value }) => ({ name, range: value })),
    };
  }
  if (flags.externals) {
    next.externalRanges = flags.externals.map(({ name, value }) => ({ name, cidr: value }));
  }
  if (flags.kubernetesVersion !== undefined) next.kubernetesVersion = flags.kubernetesVersion;
  return next;
}

/**
 * Overrides a design with command-line flags: the families follow `--pod-cidr` / `--service-cidr`
 * (one CIDR gives that family, one of each gives dual-stack with the first as primary); a family
 * new to the design starts from defaultFamilyPlan. List flags replace the design's lists. The
 * result is checked against designSchema, so a returned design is always valid data.
 */
export function applyFlags(base: Design, flags: DesignFlags): Result<FlaggedDesign> {
  const notes: string[] = [];
  const steps: ((d: Design) => Result<Design>)[] = [
    (d) => applyFamilies(d, flags, notes),
    // The CNI before the masks: a chosen mode may set a mask (AKS /24), an explicit flag wins.
    (d) => applyCni(d, flags, notes),
    (d) => applyNodeMasks(d, flags),
    (d) => ok(applyLists(d, flags)),
  ];
  let design = structuredClone(base);
  for (const step of steps) {
    const result = step(design);
    if (!result.ok) return result;
    design = result.value;
  }
  const checked = designSchema.safeParse(design);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const where = issue?.path.length ? issue.path.join(".") : "design";
    return fail(`the design with these flags is not valid: ${where}: ${issue?.message}`);
  }
  return ok({ design: checked.data, notes });
}
