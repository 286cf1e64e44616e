import { createStore, type StoreApi } from "zustand/vanilla";
import { defaultDesign } from "../core/design/defaults.ts";
import { PRESETS } from "../core/design/presets.ts";
import {
  designSchema,
  type CniKind,
  type Design,
  type FamilyPlan,
  type LbPool,
  type NamedCidr,
} from "../core/design/schema.ts";
import type { Family } from "../core/ip/family.ts";
import { fail, ok, type Result } from "../core/result.ts";
import { passedGate } from "../core/codec/restore.ts";
import { setCni, setCniOption, type CniPatch } from "../core/design/cniEdits.ts";
import type { Edit } from "../core/design/edit.ts";
import { setIpFamilies, type FamilyMode } from "../core/design/families.ts";
import { addLbPool, removeLbPool, updateLbPool } from "../core/design/lbPools.ts";
import { addNamed, removeNamed, updateNamed, type NamedList } from "../core/design/namedRanges.ts";
import { setNodeMask } from "../core/design/nodeMask.ts";
import { setMaxPods, setNodeNumbers } from "../core/design/nodes.ts";
import { fixedSettingAt } from "../core/cni/fixedSettings.ts";
import { addPodCidr, removePodCidr, setPodCidr } from "../core/design/podRanges.ts";
import { applyFix } from "../core/design/applyFix.ts";
import { addRangeAs, type NewRangeRole } from "../core/design/addRangeAs.ts";
import { confirmPlaceholder } from "../core/design/confirmPlaceholder.ts";
import type { Fix } from "../core/rules/finding.ts";
import { setServiceCidr } from "../core/design/serviceRange.ts";
import { settleImported } from "../core/design/settleImported.ts";
import { checkClusterName } from "../core/plan/clusterEdits.ts";
import { singleClusterPlan, type Plan } from "../core/plan/plan.ts";
import {
  clusterActions,
  snapshotOf,
  type ClusterActions,
  type PlanSnapshot,
} from "./clusterActions.ts";
import { commit, freshHistory, redo, undo, type History } from "./history.ts";
import type { PresetOrigin } from "./presetStatus.ts";
import {
  dropStalePreview,
  previewActions,
  type Preview,
  type PreviewActions,
} from "./previewSlice.ts";
import { browserStorage, loadPrefs, savePrefs, type Prefs, type Theme } from "./prefs.ts";

/** What an action reports: refused with a message, or done with an optional note for the field. */
export type ActionResult = Result<{ note?: string }>;

/** A request to move keyboard focus to the field of a design path; `nonce` repeats a request. */
export interface FocusRequest {
  path: string;
  nonce: number;
}

/** A field holding text that is not applied: what it is called and why the text was refused. */
export interface InvalidField {
  label: string;
  error: string;
}

/** UI state that is never undoable and never part of the design. */
export interface ViewState {
  /**
   * Fields whose text is refused, by design path: the design is the last applied one, and the
   * findings, exports and links say so while this is not empty.
   */
  invalidFields: Record<string, InvalidField>;
  /** The selected map cell (shared by the maps and the table of ranges); see docs/adr/0030. */
  selectedCellId: string | undefined;
  focusRequest: FocusRequest | undefined;
  /** The preset last loaded (for "kubeadm, edited"); cleared by a design from elsewhere. */
  presetOrigin: PresetOrigin | undefined;
}

/**
 * Every action of the app; design actions validate the result and refuse invalid designs. Design
 * actions edit the active cluster; the cluster actions (clusterActions.ts) edit the plan.
 */
export interface AppActions extends ClusterActions, PreviewActions {
  setName(text: string, gesture?: string): ActionResult;
  setKubernetesVersion(version: string): ActionResult;
  setIpFamilies(mode: FamilyMode, primary: Family): ActionResult;
  setPodCidr(family: Family, index: number, text: string, gesture?: string): ActionResult;
  addPodCidr(family: Family): ActionResult;
  removePodCidr(family: Family, index: number): ActionResult;
  setNodeMask(family: Family, mask: number, gesture?: string): ActionResult;
  setServiceCidr(family: Family, text: string, gesture?: string): ActionResult;
  setNodePortRange(text: string, gesture?: string): ActionResult;
  setClusterDomain(text: string, gesture?: string): ActionResult;
  setNodeCount(count: number, gesture?: string): ActionResult;
  setHeadroom(percent: number, gesture?: string): ActionResult;
  setMaxPods(maxPods: number, gesture?: string): ActionResult;
  /** Applies a finding's fix (core/design/applyFix.ts) as one undo step. */
  applyFix(fix: Fix): ActionResult;
  /** Adds a free block as a node network, LoadBalancer pool or external range (one undo step). */
  addRangeAs(role: NewRangeRole, cidr: string): ActionResult;
  /** Confirms an imported placeholder's value as the cluster's real one (ADR 0130), one undo step. */
  confirmPlaceholder(path: string): ActionResult;
  addNodeNetwork(item?: NamedCidr): ActionResult;
  updateNodeNetwork(index: number, patch: Partial<NamedCidr>, gesture?: string): ActionResult;
  removeNodeNetwork(index: number): ActionResult;
  addExternalRange(item?: NamedCidr): ActionResult;
  updateExternalRange(index: number, patch: Partial<NamedCidr>, gesture?: string): ActionResult;
  removeExternalRange(index: number): ActionResult;
  addLbPool(): ActionResult;
  updateLbPool(index: number, patch: Partial<LbPool>, gesture?: string): ActionResult;
  removeLbPool(index: number): ActionResult;
  setLbProvider(provider: Design["loadBalancer"]["provider"]): ActionResult;
  setAvoidBuggyIPs(avoid: boolean): ActionResult;
  setCni(kind: CniKind): ActionResult;
  setCniOption(patch: CniPatch, gesture?: string): ActionResult;
  loadPreset(id: string): ActionResult;
  /**
   * Replaces the active cluster's design (import, a recent design); `resetHistory` starts a fresh
   * undo history. Links and files carry whole plans: see `replacePlan`.
   */
  replaceDesign(design: unknown, options?: { resetHistory?: boolean }): ActionResult;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  selectCell(id: string | undefined): void;
  /** Asks the UI to open, scroll to and focus the field of a design path ("ipv4.podCidrs.0"). */
  focusField(path: string): void;
  /** Records that a field holds refused text (or, with undefined, that it no longer does). */
  setFieldInvalid(path: string, invalid: InvalidField | undefined): void;
  setTheme(theme: Theme): void;
}

/** The whole app state: the undoable plan and its active design, the view and the preferences. */
export interface AppState {
  /** The active cluster's last good design (`plan.clusters[activeCluster]`); always passes designSchema. */
  design: Design;
  /** Every cluster of the plan (ADR 0110); one cluster unless the user adds more. */
  plan: Plan;
  /** The index in `plan.clusters` of the cluster every panel shows and edits. */
  activeCluster: number;
  /** Undo history of the whole plan (each step remembers the cluster it was made in). */
  history: History<PlanSnapshot>;
  /** Plans of families switched off, restored when switched on again. */
  parked: Partial<Record<Family, FamilyPlan>>;
  view: ViewState;
  /** A design shown on the map but not applied (store/previewSlice.ts); never undoable or saved. */
  preview: Preview | undefined;
  prefs: Prefs;
  actions: AppActions;
}

/** A store instance, one per app (tests make fresh ones). */
export type AppStore = StoreApi<AppState>;

/** Options for tests and embedders: where preferences live (null: nowhere). */
export interface AppStoreOptions {
  storage?: Storage | null;
}

/**
 * The first message of a failed schema check, with its path when it has one. A design the input
 * gate returned (an opened link or autosave) was checked there and is taken as it is.
 */
function schemaError(design: unknown): Result<Design> {
  if (passedGate(design)) return ok(design);
  const parsed = designSchema.safeParse(design);
  if (parsed.success) return ok(parsed.data);
  const issue = parsed.error.issues[0];
  const path = issue?.path.join(".");
  return fail(issue ? (path ? `${path}: ${issue.message}` : issue.message) : "invalid design");
}

/**
 * Creates one app store. `initial` must be a valid design (else the default design is used).
 * Preferences load from `options.storage` (default: the browser's localStorage when usable).
 */
export function createAppStore(initial?: Design, options: AppStoreOptions = {}): AppStore {
  const storage = options.storage === undefined ? browserStorage() : options.storage;
  const checked = initial ? schemaError(initial) : fail("none");
  const start = checked.ok ? checked.value : defaultDesign();
  const startPlan = singleClusterPlan(start);

  const store = createStore<AppState>()((set, get, api) => {
    /** Validates an edit's design and commits it as (part of) one undo step. */
    const apply = (edit: Result<Edit>, gesture?: string): ActionResult => {
      if (!edit.ok) return edit;
      const valid = schemaError(edit.value.design);
      if (!valid.ok) return valid;
      const { plan, activeCluster } = get();
      const named = checkClusterName(plan, activeCluster, valid.value.name);
      if (!named.ok) return named;
      // An edit makes a value the user's: its import provenance goes (ADR 0120).
      const design = settleImported(get().design, valid.value);
      const clusters = plan.clusters.map((d, i) => (i === activeCluster ? design : d));
      const next = { ...plan, clusters };
      const history = commit(get().history, snapshotOf(next, activeCluster), gesture);
      set({ design, plan: next, history });
      return ok(edit.value.note === undefined ? {} : { note: edit.value.note });
    };
    /** Puts a snapshot (undo, redo, a cluster action) in place: plan, active cluster, design. */
    const show = (snapshot: PlanSnapshot) => {
      const plan = { clusters: snapshot.clusters, routing: snapshot.routing };
      set({ plan, activeCluster: snapshot.active, design: snapshot.clusters[snapshot.active]! });
    };
    const d = () => get().design;
    const plain = (design: Design, gesture?: string) => apply(ok({ design }), gesture);
    const named = (list: NamedList) => ({
      add: (item?: NamedCidr) => apply(addNamed(d(), list, item)),
      update: (i: number, patch: Partial<NamedCidr>, g?: string) =>
        apply(updateNamed(d(), list, i, patch), g),
      remove: (i: number) => apply(removeNamed(d(), list, i)),
    });
    const networks = named("nodeNetworks");
    const externals = named("externalRanges");
    const nodes = (patch: Parameters<typeof setNodeNumbers>[1], g?: string) =>
      apply(setNodeNumbers(d(), patch), g);
    const setView = (patch: Partial<ViewState>) => set({ view: { ...get().view, ...patch } });
    /** Refuses a value other than the one the CNI fixes at `path`, with the mode's reason. */
    const unlessFixed = (path: string, value: unknown, edit: () => ActionResult): ActionResult => {
      const fixed = fixedSettingAt(d(), path);
      return fixed && fixed.value !== value ? fail(fixed.reason) : edit();
    };

    const actions: AppActions = {
      setName: (name, g) => plain({ ...d(), name: name.trim() }, g),
      confirmPlaceholder: (path) => plain(confirmPlaceholder(d(), path)),
      setKubernetesVersion: (kubernetesVersion) => plain({ ...d(), kubernetesVersion }),
      setIpFamilies: (mode, primary) => {
        const before = d();
        const result = apply(setIpFamilies(before, mode, primary, get().parked));
        if (result.ok) {
          const parked = { ...get().parked };
          for (const family of ["ipv4", "ipv6"] as const) {
            const plan = before[family];
            if (plan && !get().design[family]) parked[family] = plan;
          }
          set({ parked });
        }
        return result;
      },
      setPodCidr: (family, i, text, g) => apply(setPodCidr(d(), family, i, text), g),
      addPodCidr: (family) => apply(addPodCidr(d(), family)),
      removePodCidr: (family, i) => apply(removePodCidr(d(), family, i)),
      setNodeMask: (family, mask, g) =>
        unlessFixed(`${family}.nodeMask`, mask, () => apply(setNodeMask(d(), family, mask), g)),
      setServiceCidr: (family, text, g) =>
        unlessFixed(`${family}.serviceCidr`, text.trim(), () =>
          apply(setServiceCidr(d(), family, text), g),
        ),
      setNodePortRange: (text, g) => plain({ ...d(), nodePortRange: text.replace(/\s+/g, "") }, g),
      setClusterDomain: (text, g) => plain({ ...d(), clusterDomain: text.trim() }, g),
      setNodeCount: (count, g) => nodes({ count }, g),
      setHeadroom: (headroomPercent, g) => nodes({ headroomPercent }, g),
      setMaxPods: (maxPods, g) =>
        unlessFixed("nodes.maxPods", maxPods, () => apply(setMaxPods(d(), maxPods), g)),
      applyFix: (fix) => apply(applyFix(d(), fix)),
      addRangeAs: (role, cidr) => apply(addRangeAs(d(), role, cidr)),
      ...previewActions(
        api,
        (design) => plain(design),
        (plan) => actions.replacePlan(plan),
      ),
      addNodeNetwork: networks.add,
      updateNodeNetwork: networks.update,
      removeNodeNetwork: networks.remove,
      addExternalRange: externals.add,
      updateExternalRange: externals.update,
      removeExternalRange: externals.remove,
      addLbPool: () => apply(addLbPool(d())),
      updateLbPool: (i, patch, g) => apply(updateLbPool(d(), i, patch), g),
      removeLbPool: (i) => apply(removeLbPool(d(), i)),
      setLbProvider: (provider) =>
        plain({ ...d(), loadBalancer: { ...d().loadBalancer, provider } }),
      setAvoidBuggyIPs: (avoidBuggyIPs) =>
        plain({ ...d(), loadBalancer: { ...d().loadBalancer, avoidBuggyIPs } }),
      setCni: (kind) => apply(setCni(d(), kind)),
      setCniOption: (patch, g) => apply(setCniOption(d(), patch), g),
      loadPreset: (id) => {
        const preset = PRESETS.find((p) => p.id === id);
        if (!preset) return fail(`no preset "${id}"`);
        const result = plain(structuredClone(preset.design));
        if (result.ok) setView({ presetOrigin: { id, design: get().design } });
        return result;
      },
      replaceDesign: (design, opts = {}) => {
        const valid = schemaError(design);
        if (!valid.ok) return valid;
        setView({ presetOrigin: undefined });
        if (opts.resetHistory) {
          const { plan, activeCluster } = get();
          const named = checkClusterName(plan, activeCluster, valid.value.name);
          if (!named.ok) return named;
          const clusters = plan.clusters.map((d, i) => (i === activeCluster ? valid.value : d));
          const next = { ...plan, clusters };
          set({ design: valid.value, plan: next, parked: {} });
          set({ history: freshHistory(snapshotOf(next, activeCluster)) });
          return ok({});
        }
        return plain(valid.value);
      },
      ...clusterActions({
        get,
        set,
        show,
        setView,
        applyFix: (fix) => actions.applyFix(fix),
        focusField: (path) => actions.focusField(path),
      }),
      undo: () => {
        const history = undo(get().history);
        set({ history });
        show(history.present);
      },
      redo: () => {
        const history = redo(get().history);
        set({ history });
        show(history.present);
      },
      canUndo: () => get().history.past.length > 0,
      canRedo: () => get().history.future.length > 0,
      selectCell: (selectedCellId) => setView({ selectedCellId }),
      focusField: (path) =>
        setView({ focusRequest: { path, nonce: (get().view.focusRequest?.nonce ?? 0) + 1 } }),
      setFieldInvalid: (path, invalid) => {
        const current = get().view.invalidFields;
        const same = current[path];
        if (invalid ? same?.label === invalid.label && same.error === invalid.error : !same) return;
        const invalidFields = { ...current };
        if (invalid) invalidFields[path] = invalid;
        else delete invalidFields[path];
        setView({ invalidFields });
      },
      setTheme: (theme) => {
        const prefs = { ...get().prefs, theme };
        savePrefs(storage, prefs);
        set({ prefs });
      },
    };

    return {
      design: start,
      plan: startPlan,
      activeCluster: 0,
      history: freshHistory(snapshotOf(startPlan, 0)),
      parked: {},
      view: {
        invalidFields: {},
        selectedCellId: undefined,
        focusRequest: undefined,
        presetOrigin: undefined,
      },
      preview: undefined,
      prefs: loadPrefs(storage),
      actions,
    };
  });
  dropStalePreview(store);
  return store;
}
