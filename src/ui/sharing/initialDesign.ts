import type { RestoredPlan } from "../../core/codec/restorePlan.ts";
import { loadSavedPlan, type KeyValueStore } from "../../core/codec/storage.ts";
import type { Design } from "../../core/design/schema.ts";
import type { Plan } from "../../core/plan/plan.ts";
import { fail, type Result } from "../../core/result.ts";
import type { NewMessage } from "./messages.ts";

/** Where the first design came from, what it is (undefined: the default), and what to tell the user. */
export interface InitialDesign {
  source: "link" | "autosave" | "default";
  design: Design | undefined;
  /**
   * The whole plan when the link or the autosave holds several clusters (`design` is then its
   * cluster `active`, default the first).
   */
  plan?: Plan;
  active?: number;
  messages: NewMessage[];
  /** True when an unreadable autosave could not be moved aside: saving would overwrite it. */
  keepsUnreadable?: boolean;
}

/** True when the fragment holds anything that could be a link (not "" or "#"). */
const hasLink = (hash: string) => hash.replace(/^#/, "").trim() !== "";

/**
 * Picks the design the app opens with: the link in the fragment if it decodes (with `decode`,
 * the link codec's decodePlanLink, which the caller loads first); else the autosaved plan; else
 * the default. A refused link or corrupt autosave becomes a message naming the problem and what
 * is shown instead. Never throws (decodePlanLink and loadSavedPlan are bounded and total).
 */
export function initialDesign(
  hash: string,
  storage: KeyValueStore | undefined,
  decode: ((fragment: string) => Result<RestoredPlan>) | undefined,
): InitialDesign {
  const messages: NewMessage[] = [];
  if (hasLink(hash)) {
    const link = decode
      ? decode(hash)
      : fail("This link cannot be opened: the app's link code did not load; reload the page");
    if (link.ok) {
      if (link.value.notices.length > 0) {
        messages.push({
          tone: "info",
          topic: "link",
          text: "Opened the design from the link, with these adjustments:",
          details: link.value.notices,
        });
      }
      const plan = link.value.plan;
      const design = plan.clusters[0]!;
      return plan.clusters.length > 1
        ? { source: "link", design, plan, messages }
        : { source: "link", design, messages };
    }
    messages.push({ tone: "error", topic: "link", text: link.error });
  }
  const saved = loadSavedPlan(storage);
  const fallback = (what: string) => {
    const last = messages.at(-1);
    if (last?.topic === "link")
      last.text = `${last.text.replace(/\.$/, "")}. Showing ${what} instead.`;
  };
  switch (saved.kind) {
    case "restored":
      fallback("your last autosaved design");
      return saved.plan.clusters.length > 1
        ? {
            source: "autosave",
            design: saved.design,
            plan: saved.plan,
            active: saved.active,
            messages,
          }
        : { source: "autosave", design: saved.design, messages };
    case "corrupt":
      fallback("the default design");
      messages.push({ tone: "warning", topic: "storage", text: saved.message });
      if (saved.setAsideKey === undefined) {
        return { source: "default", design: undefined, messages, keepsUnreadable: true };
      }
      break;
    case "unavailable":
      fallback("the default design");
      messages.push({
        tone: "info",
        topic: "storage",
        text: `${saved.message} The design is not kept across reloads; use the link or Download design.`,
      });
      break;
    case "none":
      fallback("the default design");
      break;
  }
  return { source: "default", design: undefined, messages };
}
