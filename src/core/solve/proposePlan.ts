import { analyse } from "../analysis/analyseDesign.ts";
import type { Design, NamedCidr } from "../design/schema.ts";
import { FAMILIES, familyLabel, type Family } from "../ip/family.ts";
import { formatPrefix, type Prefix } from "../ip/prefix.ts";
import { formatRange } from "../ip/range.ts";
import { formatCount, formatCounted } from "../text/formatCount.ts";
import { baseDesign } from "./baseDesign.ts";
import {
  avoidSet,
  largestFreeLength,
  nextFreeBlock,
  withTaken,
  type AvoidSet,
} from "./freeBlocks.ts";
import { specialToAvoid } from "./rangesToAvoid.ts";
import { relaxFor } from "./relax.ts";
import { sizeFamily } from "./sizeFamily.ts";
import type { FamilySizes, Placed, Plan, PlanInput, Shortfall, Sized } from "./types.ts";

/** A solved plan, or why nothing fits: each shortfall says by how much and what to relax. */
export type PlanResult =
  { ok: true; plan: Plan } | { ok: false; error: string; shortfalls: Shortfall[] };

const ROLE_ORDER = { pods: 0, nodes: 1, services: 2, lb: 3 } as const;
const ROLE_NAME = {
  pods: "pod range",
  services: "Service range",
  nodes: "node network",
  lb: "LoadBalancer pool",
} as const;

/** The design's largest external-range list (schema cap). */
const MAX_EXTERNAL = 64;

function familiesOf(input: PlanInput): Family[] {
  if (input.ipFamilies) return input.ipFamilies;
  return FAMILIES.filter((f) => input.budgets.some((b) => b.family === f));
}

/** One cluster's design from the base and its placed blocks; other clusters' pods become external ranges. */
function clusterDesign(
  base: Design,
  sizes: FamilySizes[],
  mine: Placed[],
  others: Placed[],
  input: PlanInput,
  index: number,
  clusters: number,
): Design {
  const design: Design = { ...base, name: clusters > 1 ? `cluster-${index + 1}` : base.name };
  // Several Cilium clusters get ClusterMesh ids 1, 2, … (core/plan checks them unique, 1-255).
  if (clusters > 1 && design.cni.kind === "cilium") {
    design.cni = { ...design.cni, clusterId: index + 1 };
  }
  const networks: NamedCidr[] = [];
  for (const s of sizes) {
    const plan = design[s.family];
    if (!plan) continue;
    const at = (role: Placed["role"]) =>
      mine.find((p) => p.family === s.family && p.role === role)?.cidr;
    design[s.family] = {
      podCidrs: [at("pods") ?? plan.podCidrs[0]!],
      nodeMask: s.nodeMask ?? plan.nodeMask,
      serviceCidr: at("services") ?? plan.serviceCidr,
    };
    const nodes = at("nodes");
    if (nodes) networks.push({ name: s.family === "ipv4" ? "nodes" : "nodes-ipv6", cidr: nodes });
  }
  const lb = mine.find((p) => p.role === "lb");
  const externals: NamedCidr[] = [
    ...others
      .filter((p) => p.role === "pods")
      .map((p) => ({ name: `cluster-${p.cluster + 1}-pods`, cidr: p.cidr })),
    ...input.avoid.flatMap((r, i) => {
      const text = formatRange(r);
      const cidr = /-/.test(text) ? undefined : text;
      return cidr ? [{ name: `avoid-${i + 1}`, cidr }] : [];
    }),
  ];
  return {
    ...design,
    nodes: { ...design.nodes, networks },
    loadBalancer: {
      ...design.loadBalancer,
      pools: lb ? [{ name: "default", range: lb.cidr }] : [],
    },
    externalRanges: externals.slice(0, MAX_EXTERNAL),
  };
}

function shortfall(
  item: { sized: Sized; cluster: number },
  budgets: Prefix[],
  avoid: AvoidSet,
  base: Design,
  sizes: FamilySizes[],
  input: PlanInput,
): Shortfall {
  const { sized, cluster } = item;
  const largest = largestFreeLength(budgets, avoid);
  const need = 1n << BigInt((sized.family === "ipv4" ? 32 : 128) - sized.length);
  const have =
    largest === undefined ? 0n : 1n << BigInt((sized.family === "ipv4" ? 32 : 128) - largest);
  const who = input.clusters && input.clusters > 1 ? ` of cluster ${cluster + 1}` : "";
  const what = `The ${familyLabel(sized.family)} ${ROLE_NAME[sized.role]}${who} needs a /${sized.length} (${formatCount(need)} addresses; ${sized.reason})`;
  const left =
    largest === undefined
      ? "nothing in the budget is free"
      : `the largest free aligned block left in the budget is a /${largest} (${formatCounted(have, "address", "addresses")}), short by ${formatCount(need - have)}`;
  const relax = relaxFor(sized, largest, base, sizes, input);
  return {
    role: sized.role,
    family: sized.family,
    cluster,
    length: sized.length,
    largestFree: largest,
    message: `${what}; ${left}. ${relax}`,
  };
}

/**
 * Proposes a plan from budgets and requirements: sizes every range (see `sizeFamily`: smallest
 * first, each with the requirement that fixed it), then places the blocks of every cluster
 * largest first, each at the first free aligned position of its family's budgets, avoiding the
 * given ranges, the special-purpose ranges and every block already placed. The designs are
 * checked by the rules; a design with an error is not proposed. Pure and exact (bigint).
 */
export function proposePlan(input: PlanInput): PlanResult {
  const families = familiesOf(input);
  const clusters = input.clusters ?? 1;
  const fail = (error: string, shortfalls: Shortfall[] = []): PlanResult => ({
    ok: false,
    error,
    shortfalls,
  });
  if (families.length === 0) return fail("give at least one budget block");
  const base = baseDesign(input.requirements, input.cni, families, input.kubernetesVersion);
  if (!base.ok) return fail(base.error);
  const sizes = families.map((f, i) => sizeFamily(base.value, f, input.requirements, i === 0));
  const missing = sizes.flatMap((s) => s.missing);
  if (missing.length > 0) return fail(`No size satisfies the requirements: ${missing.join("; ")}.`);
  const special = input.allowSpecial ? [] : specialToAvoid(base.value.cni);
  const avoid: Record<Family, AvoidSet> = {
    ipv4: avoidSet("ipv4", [...input.avoid, ...special]),
    ipv6: avoidSet("ipv6", [...input.avoid, ...special]),
  };
  const items = Array.from({ length: clusters }, (_, cluster) =>
    sizes.flatMap((s) => s.ranges.map((sized) => ({ sized, cluster }))),
  )
    .flat()
    .sort(
      (a, b) =>
        a.sized.length - b.sized.length ||
        a.cluster - b.cluster ||
        ROLE_ORDER[a.sized.role] - ROLE_ORDER[b.sized.role],
    );
  const placed: Placed[] = [];
  const shortfalls: Shortfall[] = [];
  for (const item of items) {
    const family = item.sized.family;
    const budgets = input.budgets.filter((b) => b.family === family);
    const block = nextFreeBlock(budgets, avoid[family], item.sized.length);
    if (!block) {
      shortfalls.push(shortfall(item, budgets, avoid[family], base.value, sizes, input));
      continue;
    }
    avoid[family] = withTaken(avoid[family], block);
    placed.push({ ...item.sized, cluster: item.cluster, prefix: block, cidr: formatPrefix(block) });
  }
  if (shortfalls.length > 0) {
    return fail(shortfalls.map((s) => s.message).join("\n"), shortfalls);
  }
  const designs = Array.from({ length: clusters }, (_, c) =>
    clusterDesign(
      base.value,
      sizes,
      placed.filter((p) => p.cluster === c),
      placed.filter((p) => p.cluster !== c),
      input,
      c,
      clusters,
    ),
  );
  for (const design of designs) {
    const error = analyse(design).findings.find((f) => f.severity === "error");
    if (error) return fail(`The proposal would still have an error: ${error.message}`);
  }
  return { ok: true, plan: { designs, placed, sizes } };
}
