import { restorePlan } from "../core/codec/restorePlan.ts";
import {
  addCluster,
  checkClusterName,
  duplicateCluster,
  removeCluster,
  setClusterRouting,
  type PlanEdit,
} from "../core/plan/clusterEdits.ts";
import type { ClusterRouting, Plan } from "../core/plan/plan.ts";
import { designSchema, type Design } from "../core/design/schema.ts";
import type { Fix } from "../core/rules/finding.ts";
import { fail, ok, type Result } from "../core/result.ts";
import type { ActionResult, AppState, ViewState } from "./createAppStore.ts";
import { commit, freshHistory } from "./history.ts";

/** One step of the undo history: the plan's clusters and routing, and the active cluster. */
export interface PlanSnapshot {
  clusters: Design[];
  routing: ClusterRouting;
  active: number;
}

/** The snapshot of a plan with `active` as its active cluster. */
export function snapshotOf(plan: Plan, active: number): PlanSnapshot {
  return { clusters: plan.clusters, routing: plan.routing, active };
}

/** The actions on the plan's clusters (beside the design actions, which edit the active one). */
export interface ClusterActions {
  /** Shows and edits cluster `index` (not an undo step: the view moves, the plan stays). */
  selectCluster(index: number): ActionResult;
  /** Adds the default design as a new cluster, moved clear of the others; it becomes active. */
  addCluster(): ActionResult;
  /** Copies cluster `index` (default: the active one) with ranges the solver moves clear; the copy becomes active. */
  duplicateCluster(index?: number): ActionResult;
  /** Renames cluster `index`; a name another cluster has is refused. */
  renameCluster(index: number, name: string): ActionResult;
  /** Removes cluster `index`; the last one stays. */
  removeCluster(index: number): ActionResult;
  /** Says whether the clusters route to each other. */
  setClusterRouting(routing: ClusterRouting): ActionResult;
  /**
   * Shows cluster `index` and applies a fix of a finding about it (a plan finding's fix names
   * that cluster's design paths): one undo step, undone with that cluster shown.
   */
  applyClusterFix(index: number, fix: Fix): ActionResult;
  /** Shows cluster `index` and asks the UI to focus its field at `path`. */
  focusClusterField(index: number, path: string): ActionResult;
  /**
   * Replaces the whole plan (links, files, the autosave, a recent design); cluster `active`
   * (default the first; out of range: the first) is shown.
   */
  replacePlan(
    plan: unknown,
    options?: { resetHistory?: boolean; active?: number | undefined },
  ): ActionResult;
}

/** What the cluster actions need from the store. */
interface StoreAccess {
  get(): AppState;
  set(patch: Partial<AppState>): void;
  show(snapshot: PlanSnapshot): void;
  setView(patch: Partial<ViewState>): void;
  /** The design actions a plan finding leads to (they edit or focus the active cluster). */
  applyFix(fix: Fix): ActionResult;
  focusField(path: string): void;
}

/** View state that belongs to one cluster's panels and map, cleared when another is shown. */
const CLUSTER_VIEW: Partial<ViewState> = {
  selectedCellId: undefined,
  invalidFields: {},
  presetOrigin: undefined,
};

/** The cluster actions of one store; each plan change is one undo step. */
export function clusterActions(access: StoreAccess): ClusterActions {
  const { get, set, show, setView } = access;
  /** Commits a plan edit as one undo step with `active` shown. */
  const take = (edit: Result<PlanEdit>, active: (plan: Plan) => number): ActionResult => {
    if (!edit.ok) return edit;
    const plan = edit.value.plan;
    const snapshot = snapshotOf(
      plan,
      Math.min(Math.max(active(plan), 0), plan.clusters.length - 1),
    );
    set({ history: commit(get().history, snapshot), parked: {} });
    show(snapshot);
    setView(CLUSTER_VIEW);
    return ok(edit.value.note === undefined ? {} : { note: edit.value.note });
  };

  const actions: ClusterActions = {
    selectCluster: (index) => {
      const { plan, history, activeCluster } = get();
      if (!plan.clusters[index]) return fail(`the plan has no cluster ${index + 1}`);
      if (index === activeCluster) return ok({});
      const snapshot = snapshotOf(plan, index);
      set({ history: { ...history, present: snapshot, gesture: undefined }, parked: {} });
      show(snapshot);
      setView(CLUSTER_VIEW);
      return ok({});
    },
    applyClusterFix: (index, fix) => {
      const shown = actions.selectCluster(index);
      return shown.ok ? access.applyFix(fix) : shown;
    },
    focusClusterField: (index, path) => {
      const shown = actions.selectCluster(index);
      if (shown.ok) access.focusField(path);
      return shown;
    },
    addCluster: () => take(addCluster(get().plan), (p) => p.clusters.length - 1),
    duplicateCluster: (index = get().activeCluster) =>
      take(duplicateCluster(get().plan, index), () => index + 1),
    renameCluster: (index, text) => {
      const { plan } = get();
      const design = plan.clusters[index];
      if (!design) return fail(`the plan has no cluster ${index + 1}`);
      const name = text.trim();
      const parsed = designSchema.shape.name.safeParse(name);
      if (!parsed.success) return fail(`name: ${parsed.error.issues[0]?.message ?? "invalid"}`);
      const named = checkClusterName(plan, index, name);
      if (!named.ok) return named;
      const clusters = plan.clusters.map((d, i) => (i === index ? { ...d, name } : d));
      return take(ok({ plan: { ...plan, clusters } }), () => get().activeCluster);
    },
    removeCluster: (index) => {
      const active = get().activeCluster;
      return take(removeCluster(get().plan, index), () => (index < active ? active - 1 : active));
    },
    setClusterRouting: (routing) =>
      take(ok(setClusterRouting(get().plan, routing)), () => get().activeCluster),
    replacePlan: (data, opts = {}) => {
      const restored = restorePlan(data);
      if (!restored.ok) return restored;
      const plan = restored.value.plan;
      const shown = opts.active ?? 0;
      const active = Number.isInteger(shown) && shown < plan.clusters.length ? shown : 0;
      if (opts.resetHistory) {
        const snapshot = snapshotOf(plan, active);
        set({ history: freshHistory(snapshot), parked: {} });
        show(snapshot);
        setView(CLUSTER_VIEW);
        return ok({});
      }
      return take(ok({ plan }), () => active);
    },
  };
  return actions;
}
