import { describeValue, quote } from "../core/codec/quote.ts";
import { nameText, versionText, type Design } from "../core/design/schema.ts";

/**
 * The design with the Kubernetes minor version a config names ("v1.36.0" → "1.36"). A version the
 * designer does not model (before 1.20) is said and the design keeps its own, so one old field
 * never sinks the whole import.
 */
export function withVersion(
  design: Design,
  value: unknown,
  key: string,
  messages: string[],
): Design {
  if (value === undefined) return design;
  const text = typeof value === "string" || typeof value === "number" ? String(value) : undefined;
  const minor = text === undefined ? undefined : /^v?(1\.\d+)/.exec(text)?.[1];
  if (minor !== undefined && versionText.safeParse(minor).success)
    return { ...design, kubernetesVersion: minor };
  messages.push(
    `${key}: ${text === undefined ? describeValue(value) : quote(text)} is not a version the designer models (1.20 on); ${design.kubernetesVersion} stands in for it`,
  );
  return design;
}

/** The design named as a config names its cluster, when that is a DNS-1123 name (else said). */
export function withName(design: Design, value: unknown, key: string, messages: string[]): Design {
  if (typeof value !== "string") return design;
  if (nameText.safeParse(value).success) return { ...design, name: value };
  messages.push(
    `${key}: ${quote(value)} is not a DNS-1123 name the designer can keep; ${design.name} stands in for it`,
  );
  return design;
}
