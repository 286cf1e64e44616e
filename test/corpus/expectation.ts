import { z } from "zod";
import type { Design } from "../../src/core/design/schema.ts";
import { formatPrefix, parsePrefix } from "../../src/core/ip/prefix.ts";
import type { ImportResult } from "../../src/importers/types.ts";

const plan = z.strictObject({
  podCidrs: z.array(z.string()),
  nodeMask: z.number().int(),
  serviceCidr: z.string(),
});

const finding = z.strictObject({
  severity: z.enum(["error", "warning"]),
  component: z.string(),
  key: z.string(),
  /** A part of the component's own text the finding must quote. */
  quoted: z.string().optional(),
});

/**
 * What importing one corpus file must give, written by reading the file and the references
 * (never by running the importer). Every field is optional except `format`, `findings` and
 * `why`: an absent field is not checked. Strict, so a misspelt field fails instead of being
 * ignored.
 */
export const expectationSchema = z.strictObject({
  /** The format detection must report. */
  format: z.string(),
  name: z.string().optional(),
  kubernetesVersion: z.string().optional(),
  ipFamilies: z.array(z.enum(["ipv4", "ipv6"])).optional(),
  ipv4: plan.optional(),
  ipv6: plan.optional(),
  /** A part of the CNI settings (matched field by field). */
  cni: z.record(z.string(), z.unknown()).optional(),
  maxPods: z.number().int().optional(),
  clusterDomain: z.string().optional(),
  nodeCount: z.number().int().optional(),
  /** The node networks' CIDRs, in order. */
  nodeNetworks: z.array(z.string()).optional(),
  /** The external ranges' CIDRs, in order. */
  externalRanges: z.array(z.string()).optional(),
  /** Exactly the design paths the file leaves at the designer's stand-in. */
  placeholders: z.array(z.string()).optional(),
  /**
   * Design path → a part of the recorded source. A source expected without "default" or "unset"
   * must not say either (a value the file declares is not a default).
   */
  sources: z.record(z.string(), z.string()).optional(),
  /** Design paths that must have no recorded source (nothing in the file declares them). */
  notSourced: z.array(z.string()).optional(),
  /** Exactly the findings (by severity, component and key) the import must report. */
  findings: z.array(finding),
  /** Parts of text some message must contain. */
  messages: z.array(z.string()).optional(),
  /** The importer does not yet give this design: the reason, reported by the test. */
  knownGap: z.string().optional(),
  /** How each value was derived, with the references read. */
  why: z.string().min(20),
});

/** One corpus file's expectation. */
export type Expectation = z.infer<typeof expectationSchema>;

/** A CIDR in canonical form (host bits masked, as the components parse them); the text if it does not parse. */
export function canonical(text: string): string {
  const parsed = parsePrefix(text);
  return parsed.ok ? formatPrefix(parsed.value.prefix) : text;
}

const show = (value: unknown) => JSON.stringify(value);

function same(what: string, actual: unknown, expected: unknown, out: string[]): void {
  if (show(actual) !== show(expected))
    out.push(`${what}: got ${show(actual)}, expected ${show(expected)}`);
}

const findingKey = (f: { severity: string; component: string; key: string }) =>
  `${f.severity} ${f.component} ${f.key}`;

const sorted = (list: readonly string[]) => [...list].sort();

function compareDesign(d: Design, e: Expectation, out: string[]): void {
  if (e.name !== undefined) same("name", d.name, e.name, out);
  if (e.kubernetesVersion !== undefined)
    same("kubernetesVersion", d.kubernetesVersion, e.kubernetesVersion, out);
  if (e.ipFamilies) same("ipFamilies", d.ipFamilies, e.ipFamilies, out);
  for (const family of ["ipv4", "ipv6"] as const) {
    const want = e[family];
    if (!want) continue;
    const got = d[family];
    if (!got) {
      out.push(`${family}: missing`);
      continue;
    }
    same(`${family}.podCidrs`, got.podCidrs.map(canonical), want.podCidrs.map(canonical), out);
    same(`${family}.nodeMask`, got.nodeMask, want.nodeMask, out);
    same(`${family}.serviceCidr`, canonical(got.serviceCidr), canonical(want.serviceCidr), out);
  }
  if (e.cni) {
    const cni = d.cni as Record<string, unknown>;
    for (const [key, value] of Object.entries(e.cni)) same(`cni.${key}`, cni[key], value, out);
  }
  if (e.maxPods !== undefined) same("nodes.maxPods", d.nodes.maxPods, e.maxPods, out);
  if (e.clusterDomain !== undefined) same("clusterDomain", d.clusterDomain, e.clusterDomain, out);
  if (e.nodeCount !== undefined) same("nodes.count", d.nodes.count, e.nodeCount, out);
  if (e.nodeNetworks)
    same(
      "nodes.networks",
      d.nodes.networks.map((n) => canonical(n.cidr)),
      e.nodeNetworks.map(canonical),
      out,
    );
  if (e.externalRanges)
    same(
      "externalRanges",
      d.externalRanges.map((n) => canonical(n.cidr)),
      e.externalRanges.map(canonical),
      out,
    );
  const imported = d.imported;
  if (e.placeholders)
    same("placeholders", sorted(imported?.placeholders ?? []), sorted(e.placeholders), out);
  const sources = imported?.sources ?? {};
  for (const [path, part] of Object.entries(e.sources ?? {})) {
    const source = sources[path];
    const declared = !/default|unset/i.test(part);
    if (source === undefined)
      out.push(`source of ${path}: none, expected one saying ${show(part)}`);
    else if (!source.includes(part) || (declared && /default|unset/i.test(source)))
      out.push(`source of ${path}: ${show(source)}, expected one saying ${show(part)}`);
  }
  for (const path of e.notSourced ?? [])
    if (sources[path] !== undefined)
      out.push(`source of ${path}: ${show(sources[path])}, expected none`);
}

/**
 * The differences between an import and what it should give, one line each; empty when the
 * import matches. Findings must match exactly (no missing and no extra one).
 */
export function differences(result: ImportResult, e: Expectation): string[] {
  const out: string[] = [];
  same("format", result.format, e.format, out);
  same(
    "findings",
    sorted(result.findings.map(findingKey)),
    sorted(e.findings.map(findingKey)),
    out,
  );
  for (const want of e.findings) {
    if (want.quoted === undefined) continue;
    const got = result.findings.find((f) => findingKey(f) === findingKey(want));
    if (got && !got.quoted?.includes(want.quoted))
      out.push(
        `finding ${findingKey(want)} quotes ${show(got.quoted)}, expected ${show(want.quoted)}`,
      );
  }
  for (const part of e.messages ?? [])
    if (!result.messages.some((m) => m.includes(part)))
      out.push(`no message says ${show(part)} (messages: ${show(result.messages)})`);
  if (!result.design) out.push(`no design (messages: ${show(result.messages)})`);
  else compareDesign(result.design, e, out);
  return out;
}
