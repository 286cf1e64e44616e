/** How bad a finding is: `error` a real component refuses it or the cluster breaks; `warning` works but will hurt. */
export type Severity = "error" | "warning" | "info";

/**
 * A change that fixes a finding, computed and checked by core's solver: `changes` maps dotted
 * design paths ("ipv4.podCidrs.0", "ipv4.nodeMask", "nodes.networks.0.cidr", "nodes.maxPods") to
 * new values; `summary` says what it does and its exact consequence ("pods 10.244.0.0/14 → 1,024
 * node ranges, fits 600"). Applied with core/design/applyFix.ts.
 */
export interface Fix {
  summary: string;
  changes: Record<string, unknown>;
}

/**
 * One thing the designer tells the user about a design. `fields` are design paths in dotted form
 * ("ipv4.podCidrs.0", "ipv4.nodeMask", "nodes.count", "loadBalancer.pools.1.range", "cni.ipam");
 * the UI uses them to reach the field.
 */
export interface Finding {
  /** The rule's id, e.g. "kcm-cluster-mask-order". */
  rule: string;
  severity: Severity;
  fields: string[];
  /** What is wrong; where a real component rejects it, its own error text in quotes. */
  message: string;
  /** What to do about it. */
  fix?: string;
  /** The component or document the message comes from, e.g. "kube-controller-manager". */
  source?: string;
  /** One to three changes that remove this finding without adding an error, best first (core/solve/fixes). */
  fixes?: Fix[];
}
