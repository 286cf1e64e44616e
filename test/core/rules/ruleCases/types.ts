import type { Design } from "../../../../src/core/design/schema.ts";
import type { Severity } from "../../../../src/core/rules/finding.ts";

/** A design that must trigger `rule` with a finding of this severity, fields and message text. */
export interface Trigger {
  rule: string;
  name: string;
  design: Design;
  severity: Severity;
  fields: string[];
  /** Texts the message must contain (component error texts copied from the references). */
  contains: string[];
}

/** A design on which `rule` must stay silent. */
export interface Quiet {
  rule: string;
  name: string;
  design: Design;
}

/** One area's rule test table. */
export interface RuleCases {
  triggers: Trigger[];
  quiets: Quiet[];
}

/** MetalLB pools from (name, range) pairs. Test helper. */
export function lbPools(...ranges: [string, string][]): Design["loadBalancer"] {
  return {
    provider: "metallb",
    avoidBuggyIPs: false,
    pools: ranges.map(([name, range]) => ({ name, range })),
  };
}
