import { nodeCeilingReason } from "../core/capacity/nodeCeilingReason.ts";
import type { Capacity, FamilyCapacity } from "../core/capacity/types.ts";
import type { Design } from "../core/design/schema.ts";
import { familyLabel } from "../core/ip/family.ts";
import type { Finding, Severity } from "../core/rules/finding.ts";
import { formatCount } from "../core/text/formatCount.ts";

const HEADINGS: Record<Severity, string> = { error: "Errors", warning: "Warnings", info: "Info" };

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** "1 error, 2 warnings, 0 info": the one-line tally of findings by severity. */
export function findingTally(findings: readonly Finding[]): string {
  const of = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return `${plural(of("error"), "error")}, ${plural(of("warning"), "warning")}, ${of("info")} info`;
}

/**
 * Findings grouped under Errors / Warnings / Info, each with its rule id, fields and fix, and
 * the fixes the solver offers with the `--apply-fix N[.K]` that applies each (N counts the
 * findings in the order given, from 1).
 */
export function formatFindings(findings: readonly Finding[]): string[] {
  if (findings.length === 0) return ["No findings."];
  const lines: string[] = [];
  for (const severity of ["error", "warning", "info"] as const) {
    const group = findings.filter((f) => f.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${HEADINGS[severity]} (${group.length})`);
    for (const f of group) {
      const n = findings.indexOf(f) + 1;
      lines.push(`  - [${f.rule}] ${f.message}`);
      if (f.fields.length > 0) lines.push(`      fields: ${f.fields.join(", ")}`);
      if (f.fix) lines.push(`      fix: ${f.fix}`);
      (f.fixes ?? []).forEach((fix, k) => {
        lines.push(`      apply with --apply-fix ${k === 0 ? n : `${n}.${k + 1}`}: ${fix.summary}`);
      });
    }
    lines.push("");
  }
  return lines.slice(0, -1);
}

/** Lays out rows of cells as left-aligned columns separated by two spaces. */
function table(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) {
    row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, cell.length)));
  }
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell.padEnd(widths[i] ?? 0)))
      .join("  ")
      .trimEnd(),
  );
}

const CAPACITY_ROWS: [string, (c: FamilyCapacity) => string][] = [
  ["node subnets", (c) => formatCount(c.nodeSubnets)],
  ["usable node subnets", (c) => formatCount(c.usableNodeSubnets)],
  ["withheld (touch Service range)", (c) => formatCount(c.withheldNodeSubnets)],
  ["pod IPs per node", (c) => formatCount(c.podIPsPerNode)],
  ["pods per node", (c) => formatCount(c.podsPerNode)],
  ["cluster pods", (c) => formatCount(c.clusterPods)],
  ["max nodes", (c) => formatCount(c.maxNodes)],
  ["Service IPs", (c) => formatCount(c.serviceIPs)],
  ["kubernetes Service IP", (c) => c.kubernetesServiceIP],
  ["cluster DNS IP", (c) => c.clusterDNSIP ?? "(range too small)"],
];

/** The capacity table: one column per family of the design (primary first), then node totals. */
export function formatCapacity(design: Design, capacity: Capacity): string[] {
  const families = design.ipFamilies.filter((f) => capacity[f]);
  const rows: string[][] = [["Capacity", ...families.map(familyLabel)]];
  for (const [label, cell] of CAPACITY_ROWS) {
    rows.push([`  ${label}`, ...families.map((f) => cell(capacity[f] as FamilyCapacity))]);
  }
  const lines = table(rows);
  const podRules = families.map((f) => `  ${familyLabel(f)}: ${capacity[f]?.podIPsRule ?? ""}`);
  return [
    ...lines,
    "How pod IPs per node are counted:",
    ...podRules,
    `Nodes needed: ${formatCount(capacity.nodesNeeded)} (${formatCount(design.nodes.count)} + ${design.nodes.headroomPercent}% headroom); cluster node ceiling: ${formatCount(capacity.maxNodes)}`,
    `  ${nodeCeilingReason(capacity)}`,
  ];
}

/** The whole human-readable `validate` report: a header, findings by severity, capacity. */
export function formatHumanReport(
  design: Design,
  findings: readonly Finding[],
  capacity: Capacity,
): string {
  const cni = "ipam" in design.cni ? `${design.cni.kind} ${design.cni.ipam}` : design.cni.kind;
  const header = `Design "${design.name}": Kubernetes ${design.kubernetesVersion}, ${design.ipFamilies.map(familyLabel).join(" + ")}, CNI ${cni}`;
  return [
    header,
    "",
    ...formatFindings(findings),
    "",
    ...formatCapacity(design, capacity),
    "",
    findingTally(findings),
    "",
  ].join("\n");
}
