import type { Design } from "../../design/schema.ts";
import { familyLabel, type Family } from "../../ip/family.ts";
import { formatPrefix, prefixOf } from "../../ip/prefix.ts";
import type { Finding } from "../../rules/finding.ts";
import type { RuleContext } from "../../rules/rule.ts";
import { sizeNodeMask, sizeNodeNetwork, sizePodRange } from "../sizeFamily.ts";
import type { Requirements } from "../types.ts";
import { placeBlock } from "./placeBlock.ts";
import { serviceResizes } from "./serviceResize.ts";

/** A change to try, and what kind of change it is (for its summary). */
export interface Candidate {
  kind: "pods" | "mask" | "nodes" | "move" | "max-pods" | "services";
  field: string;
  family?: Family;
  changes: Record<string, unknown>;
  /** For moves: what is moved, e.g. "pod range", and to which block length. */
  what?: string;
  length?: number;
  inPlace?: boolean;
}

/** Rules whose findings are about where a range sits: moving it elsewhere can fix them. */
const POSITION_RULES = /^(overlap-|special-ranges|calico-link-local|kubeadm-site-local|aks-)/;

/** The design without other ranges, so trial blocks the sizers place collide with nothing. */
function bare(design: Design): Design {
  return {
    ...design,
    nodes: { ...design.nodes, networks: [] },
    loadBalancer: { ...design.loadBalancer, pools: [] },
    externalRanges: [],
  };
}

/** The design's own requirements: its nodes (count plus headroom) and maxPods. */
function requirementsOf(design: Design): Requirements {
  const n = design.nodes;
  return {
    nodes: n.count,
    maxNodes: n.count,
    surge: 0,
    podsPerNode: n.maxPods,
    services: 0,
    lbAddresses: 0,
  };
}

function move(
  design: Design,
  ctx: RuleContext,
  field: string,
  what: string,
  family: Family,
  cidr: string,
): Candidate | undefined {
  const prefix = prefixOf(cidr);
  if (!prefix) return undefined;
  const placed = placeBlock(design, ctx.ranges, field, family, prefix.length, prefix, {
    inPlace: false,
  });
  if (!placed || placed.prefix.network === prefix.network) return undefined;
  const to = formatPrefix(placed.prefix);
  return { kind: "move", field, family, changes: { [field]: to }, what, length: prefix.length };
}

/**
 * The changes worth trying for a finding, best first, from the fields it names: a pod range
 * sized for the nodes (grown in place where that is free, else at the next free block), the
 * node mask sized for maxPods, a node network sized for the nodes, maxPods lowered to the pod IPs
 * a node gets, the Service range resized to the nearest size the finding's rule accepts (shrunk
 * in place, or grown), and for findings about where a range sits, that range moved to the next free
 * block of its size. External ranges are never moved (they state what exists). Each candidate is
 * still checked by `withFixes` before it is offered.
 */
export function fixCandidates(
  design: Design,
  ctx: RuleContext,
  finding: Finding,
  memo: Map<string, unknown> = new Map(),
): Candidate[] {
  // Sizes depend on the design alone: computed once per design however many findings ask.
  const once = <T>(key: string, fn: () => T): T => {
    if (!memo.has(key)) memo.set(key, fn());
    return memo.get(key) as T;
  };
  const out: Candidate[] = [];
  const push = (c: Candidate | undefined): void => {
    if (c) out.push(c);
  };
  const position = POSITION_RULES.test(finding.rule);
  const req = requirementsOf(design);
  for (const field of finding.fields) {
    const pod = /^(ipv4|ipv6)\.podCidrs\.(\d+)$/.exec(field);
    const fam = /^(ipv4|ipv6)\./.exec(field)?.[1] as Family | undefined;
    const fc = fam ? ctx.byFamily[fam] : undefined;
    if (pod && fc && ctx.cni.usesPodRange) {
      const current = fc.pods.find((p) => p.field === field);
      if (!current) continue;
      if (position) {
        push(
          move(design, ctx, field, `${familyLabel(fc.family)} pod range`, fc.family, current.text),
        );
        continue;
      }
      const sized = once(`pods:${fc.family}`, () =>
        sizePodRange(bare(design), fc.family, fc.nodeMask, req),
      );
      if (sized && sized.length < current.prefix.length) {
        const placed = placeBlock(
          design,
          ctx.ranges,
          field,
          fc.family,
          sized.length,
          current.prefix,
          {
            inPlace: true,
          },
        );
        if (placed) {
          out.push({
            kind: "pods",
            field,
            family: fc.family,
            changes: { [field]: formatPrefix(placed.prefix) },
            inPlace: placed.inPlace,
          });
        }
      }
    } else if (fam && fc && field === `${fam}.nodeMask`) {
      // A mask is never a position: a rule of where ranges sit that names one (the AKS rules'
      // fixed /24 and /80) gets the mask sized as any other.
      const mask = once(`mask:${fam}`, () => sizeNodeMask(bare(design), fam, req).nodeMask);
      if (mask !== undefined && mask !== fc.nodeMask) {
        out.push({ kind: "mask", field, family: fam, changes: { [field]: mask } });
      }
    } else if (fam && fc && field === `${fam}.serviceCidr` && position) {
      push(move(design, ctx, field, `${familyLabel(fam)} Service range`, fam, fc.plan.serviceCidr));
    } else if (fam && fc && field === `${fam}.serviceCidr`) {
      const current = prefixOf(fc.plan.serviceCidr);
      const sizes = current ? serviceResizes(design, ctx.ranges, fam, current, finding) : [];
      for (const s of sizes) {
        out.push({
          kind: "services",
          field,
          family: fam,
          changes: { [field]: s.cidr },
          inPlace: s.inPlace,
        });
      }
    } else if (/^nodes\.networks\.\d+\.cidr$/.test(field)) {
      const net = ctx.ranges.find((r) => r.field === field);
      if (!net) continue;
      if (position) {
        push(move(design, ctx, field, `node network "${net.name ?? ""}"`, net.family, net.text));
        continue;
      }
      const sized = once(`nodes:${net.family}`, () =>
        sizeNodeNetwork(bare(design), net.family, req),
      );
      const current = prefixOf(net.text);
      if (sized && current && sized.length < current.length) {
        const placed = placeBlock(design, ctx.ranges, field, net.family, sized.length, current, {
          inPlace: true,
        });
        if (placed) {
          out.push({
            kind: "nodes",
            field,
            family: net.family,
            changes: { [field]: formatPrefix(placed.prefix) },
            inPlace: placed.inPlace,
          });
        }
      }
    } else if (/^loadBalancer\.pools\.\d+\.range$/.test(field) && position) {
      const pool = ctx.ranges.find((r) => r.field === field);
      if (pool && !pool.text.includes("-")) {
        push(
          move(
            design,
            ctx,
            field,
            `LoadBalancer pool "${pool.name ?? ""}"`,
            pool.family,
            pool.text,
          ),
        );
      }
    } else if (field === "nodes.maxPods" && finding.rule === "capacity-pods-per-node") {
      const ceiling = ctx.families.reduce(
        (min, f) => Math.min(min, ctx.capacity?.[f.family]?.podsPerNode ?? 0),
        Infinity,
      );
      if (ceiling > 0 && ceiling < design.nodes.maxPods) {
        out.push({ kind: "max-pods", field, changes: { [field]: ceiling } });
      }
    }
  }
  return out;
}
