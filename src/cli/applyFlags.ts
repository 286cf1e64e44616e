import { gkeNodeMask } from "../core/cloud/gke/gkeFacts.ts";
import { withPlatformDefaults } from "../core/cloud/platformDefaults.ts";
import { switchCni, withIpamMode } from "../core/design/cniEdits.ts";
import { defaultCni } from "../core/design/defaults.ts";
import { setFamilies } from "../core/design/families.ts";
import { setLbPools } from "../core/design/lbPools.ts";
import { nameInOrder, setNamedList } from "../core/design/namedRanges.ts";
import { setNodeMask } from "../core/design/nodeMask.ts";
import { setNodeNumbers, type NodeNumbers } from "../core/design/nodes.ts";
import { setPodCidrs } from "../core/design/podRanges.ts";
import { designSchema, type CniKind, type Design } from "../core/design/schema.ts";
import { setServiceCidr } from "../core/design/serviceRange.ts";
import { familyLabel, type Family } from "../core/ip/family.ts";
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
  const switched = setFamilies(design, families);
  let next = switched.design;
  for (const family of families) {
    const defaulted = switched.defaulted.includes(family);
    const podCidrs = pods?.cidrs[family];
    if (podCidrs) {
      const edit = setPodCidrs(next, family, podCidrs);
      if (!edit.ok) return edit;
      next = edit.value.design;
    } else if (defaulted) {
      const plan = next[family];
      notes.push(`${familyLabel(family)} pod range not given: using ${plan?.podCidrs.join(",")}`);
    }
    const serviceCidr = services?.cidrs[family]?.[0];
    if (serviceCidr !== undefined) {
      // Kept as typed (host bits included) so the rules can report it.
      const edit = setServiceCidr(next, family, serviceCidr, { asTyped: true });
      if (!edit.ok) return edit;
      next = edit.value.design;
    } else if (defaulted) {
      const plan = next[family];
      notes.push(`${familyLabel(family)} Service range not given: using ${plan?.serviceCidr}`);
    }
  }
  return ok(next);
}

function applyNodeMasks(design: Design, flags: DesignFlags): Result<Design> {
  let next = design;
  for (const [family, mask] of [
    ["ipv4", flags.nodeMaskIpv4],
    ["ipv6", flags.nodeMaskIpv6],
  ] as const) {
    if (mask === undefined) continue;
    if (!next[family]) {
      return fail(
        `--node-mask-${family}: the design has no ${familyLabel(family)} family (families: ${familiesText(next.ipFamilies)}); add an ${familyLabel(family)} --pod-cidr or drop the flag`,
      );
    }
    const edit = setNodeMask(next, family, mask);
    if (!edit.ok) return fail(`--node-mask-${family}: ${edit.error}`);
    next = edit.value.design;
  }
  return ok(next);
}

/** An --ipam message; for a kind without IPAM modes, it says which kinds have them. */
function ipamError(kind: CniKind, error: string): Result<never> {
  const hint = "ipam" in defaultCni(kind) ? "" : "; add --cni cilium or --cni calico";
  return fail(`--ipam: ${error}${hint}`);
}

function applyCni(design: Design, flags: DesignFlags, notes: string[]): Result<Design> {
  // Switching kind starts from that kind's defaults through chooseCni, like the app's picker
  // (consistent options, AKS /24 mask); naming the file's own CNI keeps its explicit options
  // for the rules to judge, and --ipam then changes the mode alone.
  if (flags.cni !== undefined && flags.cni !== design.cni.kind) {
    // The CLI brings the platform's defaults (ranges, max pods) except what the flags name.
    if (flags.instanceType !== undefined && flags.cni !== "aws-vpc") return noInstanceType();
    const keep = {
      podCidrs: flags.podCidrs !== undefined,
      serviceCidr: flags.serviceCidrs !== undefined,
      maxPods: flags.maxPods !== undefined,
    };
    const choice = switchCni(design, flags.cni, flags.ipam, keep);
    if (!choice.ok) return ipamError(flags.cni, choice.error);
    let next = choice.value.design;
    for (const note of choice.value.notes) notes.push(note);
    if (flags.instanceType !== undefined && next.cni.kind === "aws-vpc") {
      // Max pods follows the instance type the flag names.
      const typed = { ...next, cni: { ...next.cni, instanceType: flags.instanceType } };
      const redone = withPlatformDefaults(typed, { ...keep, podCidrs: true, serviceCidr: true });
      next = redone.design;
      for (const note of redone.notes) notes.push(note);
    }
    return ok(next);
  }
  let next = design;
  if (flags.instanceType !== undefined) {
    if (next.cni.kind !== "aws-vpc") return noInstanceType();
    next = { ...next, cni: { ...next.cni, instanceType: flags.instanceType } };
  }
  if (flags.ipam === undefined) return ok(next);
  const cni = withIpamMode(next.cni, flags.ipam);
  if (!cni.ok) return ipamError(design.cni.kind, cni.error);
  return ok({ ...next, cni: cni.value });
}

function noInstanceType(): Result<never> {
  return fail(`--instance-type: only the Amazon VPC CNI has an instance type; add --cni aws-vpc`);
}

/** GKE: the per-node range follows --max-pods unless --node-mask-ipv4 names one. */
function followMaxPods(design: Design, flags: DesignFlags): Design {
  if (design.cni.kind !== "gke" || !design.ipv4 || flags.nodeMaskIpv4 !== undefined) return design;
  return { ...design, ipv4: { ...design.ipv4, nodeMask: gkeNodeMask(design.nodes.maxPods) } };
}

function applyLists(design: Design, flags: DesignFlags): Design {
  let next = design;
  if (flags.nodeCidrs) {
    next = setNamedList(next, "nodeNetworks", nameInOrder("nodeNetworks", flags.nodeCidrs));
  }
  const numbers: NodeNumbers = {
    ...(flags.nodes !== undefined ? { count: flags.nodes } : {}),
    ...(flags.maxPods !== undefined ? { maxPods: flags.maxPods } : {}),
  };
  const counted = setNodeNumbers(next, numbers);
  if (counted.ok) next = counted.value.design;
  if (flags.lbPools) {
    next = setLbPools(
      next,
      flags.lbPools.map(({ name, value }) => ({ name, range: value })),
    );
  }
  if (flags.externals) {
    next = setNamedList(
      next,
      "externalRanges",
      flags.externals.map(({ name, value }) => ({ name, cidr: value })),
    );
  }
  if (flags.kubernetesVersion !== undefined) {
    next = { ...next, kubernetesVersion: flags.kubernetesVersion };
  }
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
    (d) => ok(followMaxPods(d, flags)),
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
