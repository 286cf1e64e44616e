import { defaultFamilyPlan } from "../core/design/defaults.ts";
import type { Design, FamilyPlan } from "../core/design/schema.ts";
import { FAMILIES, type Family } from "../core/ip/family.ts";
import { parsePrefix } from "../core/ip/prefix.ts";
import { quote } from "../core/codec/quote.ts";
import { kcmNodeMasks, serviceRangeFindings } from "./kcmJudgement.ts";
import { networksFromNodeIps } from "./nodeIps.ts";
import type { ImportedAddressing, ImportFinding } from "./types.ts";

/** Splits a list value: a YAML list, or text separated by commas and/or spaces. */
export function listOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => listOf(v));
  if (typeof value === "string") return value.split(/[\s,]+/).filter((s) => s !== "");
  if (typeof value === "number") return [String(value)];
  return [];
}

/** Reads an integer from a number or numeric text; undefined otherwise. */
export function intOf(value: unknown): number | undefined {
  const n =
    typeof value === "number" ? value : typeof value === "string" ? Number(value.trim()) : NaN;
  return Number.isInteger(n) ? n : undefined;
}

/** The family of a CIDR text that parses. */
function familyOfText(text: string): Family | undefined {
  const parsed = parsePrefix(text);
  return parsed.ok ? parsed.value.prefix.family : undefined;
}

/** Groups CIDR texts by family in order, noting any that do not parse. */
function byFamily(
  cidrs: readonly string[],
  what: string,
  messages: string[],
): Map<Family, string[]> {
  const out = new Map<Family, string[]>();
  for (const text of cidrs) {
    const parsed = parsePrefix(text);
    if (!parsed.ok) {
      messages.push(`${what}: ${quote(text)} is not a CIDR and was skipped`);
      continue;
    }
    const family = parsed.value.prefix.family;
    const list = out.get(family);
    if (list) list.push(text.trim());
    else out.set(family, [text.trim()]);
  }
  return out;
}

/** The key a family's node mask came from: the legacy flag when kube-controller-manager reads it. */
function maskSource(imported: ImportedAddressing, family: Family, source: string): string {
  const prefix = imported.maskFlags;
  if (prefix === undefined) return source;
  const legacy = imported.nodeMask?.legacy !== undefined && (imported.podCidrs?.length ?? 0) <= 1;
  return `${prefix}node-cidr-mask-size${legacy ? "" : `-${family}`}`;
}

/**
 * Lays imported addressing over a design: active families come from the pod ranges (the first
 * CIDR's family is primary), else the Service ranges, else explicit family switches; each
 * family's pod ranges, first Service range and node mask replace the design's. A family with
 * no Service range in the config keeps the default one, with a message.
 */
export function overlayAddressing(
  design: Design,
  imported: ImportedAddressing,
  source: string,
  messages: string[],
  findings: ImportFinding[] = [],
): Design {
  const pods = byFamily(imported.podCidrs ?? [], "pod range", messages);
  const services = byFamily(imported.serviceCidrs ?? [], "Service range", messages);
  const order = [...pods.keys(), ...services.keys(), ...(imported.families ?? [])];
  const families = order.filter((f, i) => order.indexOf(f) === i);
  serviceRangeFindings(imported, (imported.serviceCidrs ?? []).map(familyOfText), findings);
  const sources: Record<string, string> = { ...design.imported?.sources, ...imported.sources };
  let withIps = design;
  if (imported.nodeIps) {
    const networks = networksFromNodeIps(imported.nodeIps.ips, imported.nodeIps.key, messages);
    if (networks.length > 0) {
      withIps = { ...design, nodes: { ...design.nodes, networks } };
      sources["nodes.networks"] = `${imported.nodeIps.key} (around the node IPs)`;
    }
  }
  const withSources = (d: Design): Design =>
    Object.keys(sources).length === 0
      ? d
      : {
          ...d,
          imported: {
            format: d.imported?.format ?? "",
            sources,
            placeholders: d.imported?.placeholders ?? [],
            refusals: d.imported?.refusals ?? [],
          },
        };
  if (families.length === 0) return withSources(withIps);
  const masks = kcmNodeMasks(imported, families, findings);
  const out: Design = { ...withIps, ipFamilies: families };
  for (const family of FAMILIES) {
    if (!families.includes(family)) {
      delete out[family];
      continue;
    }
    const base: FamilyPlan = design[family] ?? defaultFamilyPlan(family);
    const mask = masks[family];
    const service = services.get(family)?.[0];
    if (service === undefined) {
      messages.push(
        `no ${family === "ipv4" ? "IPv4" : "IPv6"} Service range in ${source}; the default ${base.serviceCidr} was kept`,
      );
    }

    out[family] = {
      podCidrs: pods.get(family) ?? base.podCidrs,
      nodeMask: mask ?? base.nodeMask,
      serviceCidr: service ?? base.serviceCidr,
    };
    if (pods.has(family)) sources[`${family}.podCidrs`] ??= imported.podKey ?? source;
    if (service !== undefined) sources[`${family}.serviceCidr`] ??= imported.serviceKey ?? source;
    if (mask !== undefined) sources[`${family}.nodeMask`] ??= maskSource(imported, family, source);
  }
  return withSources(out);
}
