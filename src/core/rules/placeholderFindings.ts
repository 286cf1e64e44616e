import { placeholderOf, type Imported } from "../design/imported.ts";
import type { Finding } from "./finding.ts";

/**
 * Holds back findings that rest on a placeholder (ADR 0120): a finding one of whose fields lies
 * under a path the imported file did not declare is lowered to `info` and says which value is the
 * designer's stand-in, so no error or warning is reported about a value no file declared.
 */
export function holdBackPlaceholders(
  findings: readonly Finding[],
  imported: Imported | undefined,
): Finding[] {
  if (!imported || imported.placeholders.length === 0) return [...findings];
  return findings.map((f) => {
    const held = [...new Set(f.fields.map((field) => placeholderOf(imported, field)))].filter(
      (p): p is string => p !== undefined,
    );
    if (held.length === 0) return f;
    return {
      ...f,
      severity: "info",
      message: `${f.message} (Held back: it rests on ${held.join(", ")}, not in the imported file: a placeholder. Set ${held.length > 1 ? "them" : "it"} to the cluster's real value.)`,
    };
  });
}
