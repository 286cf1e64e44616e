import type { Plan } from "../plan/plan.ts";
import type { HistoryEntry } from "./designHistory.ts";
import { packLink } from "./link.ts";
import { decodePlanLink, encodePlanLink } from "./planLink.ts";

export { decodePlanLink, encodePlanLink, packLink };

/**
 * The plan of a kept entry (a link, or a payload packed into one first), through the link gate;
 * undefined when it no longer opens.
 */
export function openHistoryEntry(entry: HistoryEntry): Plan | undefined {
  const decoded = decodePlanLink(entry.link ?? packLink(entry.payload));
  return decoded.ok ? decoded.value.plan : undefined;
}
