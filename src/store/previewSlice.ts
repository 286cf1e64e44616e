import type { Design } from "../core/design/schema.ts";
import type { Plan } from "../core/plan/plan.ts";
import { fail, type Result } from "../core/result.ts";
import type { StoreApi } from "zustand/vanilla";

/** One proposed range and why it has its size (the solver's reason), for the preview's list. */
export interface PreviewLine {
  label: string;
  cidr: string;
  reason: string;
}

/**
 * A design shown on the map but not applied: never undoable, never saved, never in the link or
 * the exports. Taking it commits its design as one undo step; any other change of the design
 * (an edit, undo, another cluster) drops it, since it was made from the design it replaces.
 */
export interface Preview {
  /** What made it: the Plan panel's proposal or "next free /N". */
  source: "plan" | "next-free";
  /** One line saying what it is ("Proposal from 10.40.0.0/16"). */
  title: string;
  /** The design the map shows (of a plan of several clusters: its first cluster). */
  design: Design;
  /** A proposal of several clusters: the whole plan Take puts in place of the current one. */
  plan?: Plan;
  lines: PreviewLine[];
  /** The design it was made from (the preview goes when the design moves on). */
  base: Design;
}

/** The preview slice's actions. */
export interface PreviewActions {
  /** Shows a design on the map without applying it. */
  showPreview(preview: Omit<Preview, "base">): void;
  /** Applies the previewed design (or plan) as ONE undo step and ends the preview. */
  takePreview(): Result<{ note?: string }>;
  /** Ends the preview; the design is untouched. */
  discardPreview(): void;
}

interface PreviewHost {
  design: Design;
  preview: Preview | undefined;
}

/**
 * The preview slice: `commit` applies a design as one undo step (the store's own validation and
 * history), so a taken preview is an edit like any other; `commitPlan` replaces the whole plan
 * as one undo step (a proposal of several clusters).
 */
export function previewActions<S extends PreviewHost>(
  store: Pick<StoreApi<S>, "getState" | "setState">,
  commit: (design: Design) => Result<{ note?: string }>,
  commitPlan: (plan: Plan) => Result<{ note?: string }>,
): PreviewActions {
  const set = (preview: Preview | undefined) => store.setState({ preview } as Partial<S>);
  return {
    showPreview: (preview) => set({ ...preview, base: store.getState().design }),
    takePreview: () => {
      const preview = store.getState().preview;
      if (!preview) return fail("there is no preview to take");
      const result = preview.plan ? commitPlan(preview.plan) : commit(preview.design);
      if (result.ok) set(undefined);
      return result;
    },
    discardPreview: () => set(undefined),
  };
}

/** Drops a preview as soon as the design it was made from is no longer the design. */
export function dropStalePreview<S extends PreviewHost>(store: StoreApi<S>): void {
  store.subscribe((state) => {
    if (state.preview && state.preview.base !== state.design) {
      store.setState({ preview: undefined } as Partial<S>);
    }
  });
}
