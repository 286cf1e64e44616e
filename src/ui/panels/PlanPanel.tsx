import { useId, useRef, useState, type FormEvent } from "react";
import { describeCni } from "../../core/cni/describeCni.ts";
import { familyLabel } from "../../core/ip/family.ts";
import { formatPrefix } from "../../core/ip/prefix.ts";
import {
  proposeClusters,
  proposeForDesign,
  type ProposalRefusal,
} from "../../core/solve/proposeForDesign.ts";
import type { FamilySizes, Placed } from "../../core/solve/types.ts";
import { otherClustersRanges } from "../../store/otherClusters.ts";
import type { PreviewLine } from "../../store/previewSlice.ts";
import { useActions, useAppStore, useAppStoreApi } from "../app/useAppStore.ts";
import { useCapacity } from "../app/useDerived.ts";
import { PreviewActions } from "../app/PreviewActions.tsx";
import {
  initialPlanForm,
  parsePlanForm,
  PLAN_NUMBER_FIELDS,
  PLAN_NUMBERS,
  refusalAt,
  type PlanField,
  type PlanFormText,
} from "./planForm.ts";

const ROLE_LABEL = {
  pods: "Pod range",
  services: "Service range",
  nodes: "Node network",
  lb: "LoadBalancer pool",
} as const;

/**
 * The preview's lines: each node mask and each placed range with the requirement that sized it;
 * with `names` (a proposal of several clusters) each range says its cluster.
 */
export function proposalLines(
  proposal: { placed: readonly Placed[]; sizes: readonly FamilySizes[] },
  names?: readonly string[],
): PreviewLine[] {
  const masks = proposal.sizes.flatMap((s) =>
    s.nodeMask === undefined
      ? []
      : [
          {
            label: `Node mask (${familyLabel(s.family)})`,
            cidr: `/${s.nodeMask}`,
            reason: s.nodeMaskReason,
          },
        ],
  );
  const ranges = proposal.placed.map((p) => ({
    label: `${names ? `${names[p.cluster] ?? ""}: ` : ""}${ROLE_LABEL[p.role]} (${familyLabel(p.family)})`,
    cidr: p.cidr,
    reason: p.reason,
  }));
  return [...masks, ...ranges];
}

/** One labelled input of the form, with its hint and, when refused, its message. */
function PlanInput(props: {
  id: string;
  label: string;
  value: string;
  hint: string;
  error: string | undefined;
  numeric?: boolean;
  placeholder?: string;
  onChange: (text: string) => void;
}) {
  const { id, error } = props;
  return (
    <div className={`field${props.numeric ? " field-number" : ""}${error ? " field-invalid" : ""}`}>
      <label htmlFor={id}>{props.label}</label>
      <input
        id={id}
        type="text"
        inputMode={props.numeric ? "numeric" : "text"}
        spellCheck={false}
        autoComplete="off"
        placeholder={props.placeholder}
        value={props.value}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
        onChange={(e) => props.onChange(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error plan-error">
          <span aria-hidden="true">✖ </span>
          {error}
        </p>
      )}
      <p id={`${id}-hint`} className="field-hint">
        {props.hint}
      </p>
    </div>
  );
}

/**
 * The form of "Plan from a budget" (LazyPlanPanel holds the panel and loads this on intent).
 * Budget blocks per family and requirements in; core's solver (the CLI's
 * `propose`) sizes and places every range with the design's CNI and IPAM mode; the proposal shows
 * on the map as a preview (never applied, never saved) until Take applies it as one undo step.
 * Where nothing fits, the solver's "by how much and what to relax" shows at the budget field.
 */
export function PlanForm() {
  const store = useAppStoreApi();
  const families = useAppStore((s) => s.design.ipFamilies);
  const cni = useAppStore((s) => describeCni(s.design.cni).label);
  const previewing = useAppStore((s) => s.preview?.source === "plan");
  const capacity = useCapacity();
  const actions = useActions();
  const base = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [text, setText] = useState<PlanFormText>(() =>
    initialPlanForm(store.getState().design, capacity),
  );
  const [errors, setErrors] = useState<Partial<Record<PlanField, string>>>({});
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const idOf = (field: PlanField) => `${base}-${field}`;

  const change = (field: PlanField, value: string) => {
    setText((t) => ({ ...t, [field]: value }));
    setErrors((e) => {
      if (!e[field]) return e;
      const next = { ...e };
      delete next[field];
      return next;
    });
  };
  const focusFirst = (fields: Partial<Record<PlanField, string>>) => {
    const first = [...families.map((f) => `budget-${f}` as const), ...PLAN_NUMBERS].find(
      (f) => fields[f],
    );
    if (first)
      formRef.current?.querySelector<HTMLInputElement>(`#${CSS.escape(idOf(first))}`)?.focus();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(undefined);
    const parsed = parsePlanForm(text, families);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      focusFirst(parsed.errors);
      return;
    }
    const state = store.getState();
    const refuse = (refusal: ProposalRefusal) => {
      const at = refusalAt(refusal);
      setErrors(at.fields);
      setFormError(at.form);
      focusFirst(at.fields);
      actions.discardPreview();
    };
    const from = parsed.budgets.map(formatPrefix).join(", ");
    if (parsed.clusters > 1) {
      const k = parsed.clusters;
      const { design, plan: current } = state;
      const result = proposeClusters(
        design,
        current.routing,
        parsed.budgets,
        parsed.requirements,
        k,
      );
      if (!result.ok) return refuse(result);
      setErrors({});
      const { plan } = result.proposal;
      const names = plan.clusters.map((c) => c.name);
      actions.showPreview({
        source: "plan",
        title: `Proposal of ${k} clusters from ${from} (the map shows ${names[0]}; Take replaces the whole plan)`,
        design: plan.clusters[0]!,
        plan,
        lines: proposalLines(result.proposal, names),
      });
      return;
    }
    const result = proposeForDesign(
      state.design,
      parsed.budgets,
      parsed.requirements,
      otherClustersRanges(state),
    );
    if (!result.ok) return refuse(result);
    setErrors({});
    actions.showPreview({
      source: "plan",
      title: `Proposal from ${from}`,
      design: result.proposal.design,
      lines: proposalLines(result.proposal),
    });
  };

  return (
    <>
      <form ref={formRef} className="plan-form" onSubmit={submit} noValidate>
        <p className="field-hint">
          Give the address blocks you may use and what the cluster must hold; every range is sized
          and placed for <strong>{cni}</strong> (the design&apos;s CNI) and shown on the map before
          anything changes.
        </p>
        {families.map((family) => (
          <PlanInput
            key={family}
            id={idOf(`budget-${family}`)}
            label={`${familyLabel(family)} budget`}
            value={text[`budget-${family}`]}
            placeholder={family === "ipv4" ? "10.40.0.0/16" : "fd00:40::/48"}
            hint="One or more CIDR blocks, separated by commas; every range comes from these."
            error={errors[`budget-${family}`]}
            onChange={(v) => change(`budget-${family}`, v)}
          />
        ))}
        <div className="field-row">
          {PLAN_NUMBERS.map((key) => (
            <PlanInput
              key={key}
              id={idOf(key)}
              numeric
              label={PLAN_NUMBER_FIELDS[key].label}
              value={text[key]}
              hint={PLAN_NUMBER_FIELDS[key].hint}
              error={errors[key]}
              onChange={(v) => change(key, v)}
            />
          ))}
        </div>
        {formError && (
          <p className="field-error plan-error" role="alert">
            <span aria-hidden="true">✖ </span>
            {formError}
          </p>
        )}
        <div className="plan-buttons">
          <button type="submit">Preview proposal</button>
          {previewing && <PreviewActions />}
        </div>
        {previewing && (
          <p className="field-hint" role="status">
            The proposal shows on the map as a preview, with the reason for each size:{" "}
            <a href="#preview-bar">see the preview</a>. Nothing changes until you take it.
          </p>
        )}
      </form>
    </>
  );
}
