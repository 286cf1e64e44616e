import { serializePlan } from "../../core/codec/planFile.ts";
import { defaultCni } from "../../core/design/defaults.ts";
import { withIpamMode } from "../../core/design/cniEdits.ts";
import type { Cni, CniKind } from "../../core/design/schema.ts";
import { prefixOf } from "../../core/ip/prefix.ts";
import { parseAddressRange, type AddressRange } from "../../core/ip/range.ts";
import { fail, ok, type Result } from "../../core/result.ts";
import { proposePlan } from "../../core/solve/proposePlan.ts";
import { MAX_PROPOSED_CLUSTERS, type PlanInput } from "../../core/solve/types.ts";
import { CNI_KINDS } from "../designFlags.ts";
import { EXIT_FINDING_ERRORS, EXIT_OK, EXIT_USAGE } from "../exitCodes.ts";
import type { CliIo } from "../io.ts";
import type { Invocation } from "../parseCli.ts";

/** The flags of `propose`, as given (strings), checked by `proposeInput`. */
export interface ProposeFlags {
  budget: string[];
  avoid: string[];
  nodes?: string;
  maxNodes?: string;
  surge?: string;
  podsPerNode?: string;
  services?: string;
  lb?: string;
  clusters?: string;
  cni?: string;
  ipam?: string;
  k8sVersion?: string;
}

function count(
  flag: string,
  text: string | undefined,
  fallback: number | undefined,
  min: number,
): Result<number> {
  if (text === undefined) {
    return fallback === undefined ? fail(`--${flag} is required`) : ok(fallback);
  }
  if (!/^\d{1,7}$/.test(text.trim()) || Number(text) < min) {
    return fail(`--${flag}: "${text}" is not a whole number of at least ${min}`);
  }
  return ok(Number(text));
}

/** The solver's input from the flags; a message naming the flag when one does not parse. */
export function proposeInput(flags: ProposeFlags): Result<PlanInput> {
  if (flags.budget.length === 0)
    return fail("--budget CIDR is required (repeat it for more blocks)");
  const budgets = [];
  for (const text of flags.budget) {
    const prefix = prefixOf(text);
    if (!prefix) return fail(`--budget: "${text}" is not a CIDR`);
    budgets.push(prefix);
  }
  const avoid: AddressRange[] = [];
  for (const text of flags.avoid) {
    const range = parseAddressRange(text);
    if (!range.ok) return fail(`--avoid: "${text}" is not a CIDR or start-end range`);
    avoid.push(range.value);
  }
  const nodes = count("nodes", flags.nodes, undefined, 1);
  if (!nodes.ok) return nodes;
  const numbers = {
    maxNodes: count("max-nodes", flags.maxNodes, nodes.value, 1),
    surge: count("surge", flags.surge, 0, 0),
    podsPerNode: count("pods-per-node", flags.podsPerNode, 110, 1),
    services: count("services", flags.services, 1000, 1),
    lbAddresses: count("lb", flags.lb, 0, 0),
    clusters: count("clusters", flags.clusters, 1, 1),
  };
  for (const r of Object.values(numbers)) if (!r.ok) return r;
  const v = (r: Result<number>) => (r.ok ? r.value : 0);
  if (v(numbers.clusters) > MAX_PROPOSED_CLUSTERS)
    return fail(`--clusters: at most ${MAX_PROPOSED_CLUSTERS}`);
  const kind = (flags.cni ?? "generic").trim();
  if (!Object.hasOwn(CNI_KINDS, kind)) {
    return fail(
      `--cni: "${kind}" is not a CNI kind; use one of ${Object.keys(CNI_KINDS).join(", ")}`,
    );
  }
  let cni: Cni = defaultCni(kind as CniKind);
  if (flags.ipam !== undefined) {
    const moded = withIpamMode(cni, flags.ipam.trim());
    if (!moded.ok) return fail(`--ipam: ${moded.error}`);
    cni = moded.value;
  }
  const version = flags.k8sVersion?.trim();
  if (version !== undefined && !/^1\.\d{2}$/.test(version)) {
    return fail(`--k8s-version: "${version}" is not a version like 1.35`);
  }
  return ok({
    budgets,
    avoid,
    requirements: {
      nodes: nodes.value,
      maxNodes: Math.max(nodes.value, v(numbers.maxNodes)),
      surge: v(numbers.surge),
      podsPerNode: v(numbers.podsPerNode),
      services: v(numbers.services),
      lbAddresses: v(numbers.lbAddresses),
    },
    cni,
    clusters: v(numbers.clusters),
    ...(version ? { kubernetesVersion: version } : {}),
  });
}

/**
 * `propose`: sizes and places a plan in the budgets (core/solve/proposePlan.ts) and prints the
 * design file (one cluster) or a JSON array of design files (`--clusters K`), exit 0; what does
 * not fit, by how much and what to relax, on stderr with exit 1; bad flags exit 2. The sizes and
 * the requirement that fixed each go to stderr as notes.
 */
export function runPropose(inv: Extract<Invocation, { kind: "propose" }>, io: CliIo): number {
  const input = proposeInput(inv.flags);
  if (!input.ok) {
    io.err(`k8s-subnet-designer propose: ${input.error}\n`);
    return EXIT_USAGE;
  }
  const result = proposePlan(input.value);
  if (!result.ok) {
    io.err(`k8s-subnet-designer propose: nothing fits.\n${result.error}\n`);
    return EXIT_FINDING_ERRORS;
  }
  const { plan } = result;
  for (const s of plan.sizes) io.err(`note: ${s.family} node mask ${s.nodeMaskReason}\n`);
  for (const p of plan.placed) {
    const who = plan.designs.length > 1 ? `cluster ${p.cluster + 1} ` : "";
    io.err(`note: ${who}${p.role} ${p.cidr}: ${p.reason}\n`);
  }
  // One cluster: its design file; several: a plan file of them (ADR 0110).
  io.out(serializePlan({ clusters: plan.designs, routing: "connected" }));
  return EXIT_OK;
}
