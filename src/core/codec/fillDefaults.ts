import { defaultCni, defaultDesign, DEFAULT_NODE_MASK } from "../design/defaults.ts";
import type { CniKind } from "../design/schema.ts";
import { CNI_KINDS } from "./cniKinds.ts";
import { isRecord } from "./untrusted.ts";
import { quote } from "./quote.ts";
import { unusedCniBlocks } from "./unusedBlocks.ts";

type Plain = Record<string, unknown>;

/** Copies `fallback`'s keys into a copy of `target` where `target` lacks them, noting each. */
function fillKeys(target: Plain, fallback: Plain, prefix: string, notices: string[]): Plain {
  const out: Plain = { ...target };
  for (const [key, value] of Object.entries(fallback)) {
    if (Object.hasOwn(out, key)) continue;
    out[key] = structuredClone(value);
    notices.push(`${prefix}${key} was missing; the default ${shortJson(value)} was used`);
  }
  return out;
}

function shortJson(value: unknown): string {
  if (Array.isArray(value) && value.length === 0) return "(none)";
  if (isRecord(value)) return "settings";
  return typeof value === "string" ? quote(value) : JSON.stringify(value);
}

/**
 * Fills the optional parts a design may lack (older files, hand-written JSON) with the app's
 * defaults and says so in notices: top-level settings, `nodes.*`, `loadBalancer.*`, the CNI and
 * its options, a family plan's `nodeMask` (kube-controller-manager's /24 and /64), and
 * `ipFamilies` derived from the plans present. Required addressing (pod and Service ranges) is
 * never invented. Never mutates its input.
 */
export function fillDefaults(input: Plain): { design: Plain; notices: string[] } {
  const notices: string[] = [];
  const base = defaultDesign() as unknown as Plain;
  let design: Plain = { ...input };

  if (!Object.hasOwn(design, "ipFamilies")) {
    const present = (["ipv4", "ipv6"] as const).filter((f) => isRecord(design[f]));
    if (present.length > 0) {
      design.ipFamilies = present;
      notices.push(
        `ipFamilies was missing; it was taken from the plans present (${present.join(", ")})`,
      );
    }
  }
  for (const family of ["ipv4", "ipv6"] as const) {
    const plan = design[family];
    if (isRecord(plan) && !Object.hasOwn(plan, "nodeMask")) {
      design[family] = { ...plan, nodeMask: DEFAULT_NODE_MASK[family] };
      notices.push(
        `${family}.nodeMask was missing; kube-controller-manager's default /${DEFAULT_NODE_MASK[family]} was used`,
      );
    }
  }

  const optional = [
    "name",
    "kubernetesVersion",
    "nodePortRange",
    "clusterDomain",
    "externalRanges",
  ];
  const topDefaults = Object.fromEntries(optional.map((k) => [k, base[k]]));
  design = fillKeys(design, topDefaults, "", notices);
  for (const part of ["nodes", "loadBalancer"] as const) {
    if (!Object.hasOwn(design, part)) {
      design[part] = structuredClone(base[part]);
      notices.push(`${part} was missing; the default settings were used`);
    } else if (isRecord(design[part])) {
      design[part] = fillKeys(design[part], base[part] as Plain, `${part}.`, notices);
    }
  }

  const cni = design.cni;
  if (cni === undefined) {
    design.cni = defaultCni("generic");
    notices.push(`cni was missing; the generic CNI was used`);
  } else if (isRecord(cni) && CNI_KINDS.includes(cni.kind as CniKind)) {
    const fallback = defaultCni(cni.kind as CniKind) as unknown as Plain;
    // Blocks the mode does not use are left out of files and links: fill them back silently.
    const silent = Object.fromEntries(
      unusedCniBlocks(cni as { kind: CniKind; ipam?: unknown })
        .filter((key) => !Object.hasOwn(cni, key))
        .map((key) => [key, structuredClone(fallback[key])]),
    );
    const filled = fillKeys({ ...cni, ...silent }, fallback, "cni.", notices);
    if (isRecord(filled.eni) && isRecord(fallback.eni)) {
      filled.eni = fillKeys(filled.eni, fallback.eni, "cni.eni.", notices);
    }
    design.cni = filled;
  }
  return { design, notices };
}
