import type { z } from "zod";
import { formatPath } from "./untrusted.ts";
import { describeValue, safeMessage } from "./quote.ts";

/**
 * Turns one zod issue into a plain sentence that starts with the path, e.g.
 * `ipv4.podCidrs[0]: "10.0.0.0/33" is not a valid CIDR: …` or `name: "My Cluster" is not
 * allowed: use lower-case letters…`. Echoed input is quoted, cut and markup-escaped.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = formatPath(issue.path);
  const input: unknown = issue.input;
  const raw = typeof input === "string" ? input : undefined;
  switch (issue.code) {
    case "invalid_type":
      if (input === undefined)
        return safeMessage(`${where} is missing (expected ${issue.expected})`);
      return safeMessage(`${where}: expected ${issue.expected}, got ${describeValue(input)}`);
    case "invalid_union":
      if (issue.path.at(-1) === "kind" && "options" in issue) {
        const options = (issue.options as unknown[]).map(String).join(", ");
        const kind = (input as { kind?: unknown } | undefined)?.kind;
        return safeMessage(`${where}: ${describeValue(kind)} is not one of ${options}`);
      }
      return safeMessage(`${where}: ${describeValue(input)} matches none of the allowed forms`);
    case "invalid_value":
      return safeMessage(
        `${where}: ${describeValue(input)} is not one of ${issue.values.map(String).join(", ")}`,
      );
    case "custom":
      // Our refinements already quote the value they refuse.
      return safeMessage(`${where}: ${issue.message}`, raw);
    default:
      return safeMessage(`${where}: ${describeValue(input)} is not allowed: ${issue.message}`, raw);
  }
}
