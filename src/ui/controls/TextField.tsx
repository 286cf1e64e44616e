import { useEffect, useState, type ReactNode } from "react";
import type { ActionResult } from "../../store/createAppStore.ts";
import { useActions } from "../app/useAppStore.ts";
import { fieldIdOf } from "./fieldId.ts";
import { mayBecomeValid } from "./mayBecomeValid.ts";
import { useGesture } from "./useGesture.ts";
import { escapeUnsafe } from "../../core/codec/safeEcho.ts";

/** How long typing must pause before a format error shows (unless the text may still become valid). */
export const ERROR_PAUSE_MS = 1200;

/** Props of an inline-validated text field bound to one design path. */
export interface TextFieldProps {
  /** Design path ("ipv4.podCidrs.0"); gives the element id "field-ipv4-podCidrs-0". */
  path: string;
  label: string;
  /** The stored (last good) value. */
  value: string;
  /** Parses and commits the text; a failure is shown inline and the store keeps its value. */
  onCommit: (text: string, gesture: string) => ActionResult;
  /** Extra help under the field (e.g. a capacity figure). */
  hint?: ReactNode;
  /** Hide the label visually (rows of a list); it stays the accessible name. */
  labelHidden?: boolean;
  inputMode?: "text" | "numeric";
  className?: string;
  /** Id of a `<datalist>` of suggestions (the input becomes a combobox). */
  list?: string;
  /**
   * Why the CNI / IPAM mode or the platform fixes this value: the input is read-only and shows
   * the stored value, and the reason shows under it (and is part of its description).
   */
  fixed?: string | undefined;
}

interface Edit {
  /** What the user typed. */
  text: string;
  error: string | undefined;
  note: string | undefined;
  /** The stored value this edit belongs to; when the store moves on (undo, preset), the edit is dropped. */
  base: string;
  /** True until the render after the change, whose `value` is the post-commit value. */
  landing: boolean;
  /** Show the typed text (while editing, or while it is invalid) rather than the stored value. */
  showText: boolean;
  /** The error is shown (after blur or a pause); once shown it stays until the text is valid. */
  shown: boolean;
}

/**
 * A text input that keeps the user's draft, commits only valid values, and shows errors inline
 * (aria-invalid, aria-describedby, a visible message) and notes such as "normalised to ...".
 * A format error shows on blur, or after a pause of typing unless the text may still become valid
 * ("10.1"); once shown it stays until the text is valid. A shown error is reported to the store,
 * so findings, exports and the link say the design is the last applied one.
 * A change of the stored value from elsewhere (undo, a preset, a link) replaces the draft.
 */
export function TextField(props: TextFieldProps) {
  const {
    path,
    label,
    value,
    onCommit,
    hint,
    labelHidden,
    inputMode = "text",
    className,
    list,
    fixed,
  } = props;
  const id = fieldIdOf(path);
  const gesture = useGesture(id);
  const actions = useActions();
  const [edit, setEdit] = useState<Edit | undefined>(undefined);

  // The store updates synchronously in the change handler, so the first render after a change
  // carries the committed value: adopt it as the edit's base (React's "adjust state on render").
  if (edit?.landing) setEdit({ ...edit, base: value, landing: false });
  const current = edit && (edit.landing || edit.base === value) ? edit : undefined;
  const error = current?.shown ? current.error : undefined;
  const noteText = current?.error ? undefined : current?.note;
  const pending = current?.error !== undefined && !current.shown ? current : undefined;

  // After a pause, show an error the text cannot grow out of.
  useEffect(() => {
    if (!pending || mayBecomeValid(pending.text)) return undefined;
    const timer = setTimeout(() => setEdit((e) => (e ? { ...e, shown: true } : e)), ERROR_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [pending]);

  // A shown error is part of the design's state: report it, and clear it when it goes.
  useEffect(() => {
    actions.setFieldInvalid(path, error === undefined ? undefined : { label, error });
  }, [actions, path, label, error]);
  useEffect(() => () => actions.setFieldInvalid(path, undefined), [actions, path]);

  const change = (text: string) => {
    const result = onCommit(text, gesture.current());
    setEdit({
      text,
      error: result.ok ? undefined : result.error,
      note: result.ok ? result.value.note : undefined,
      base: value,
      landing: true,
      showText: true,
      shown: !result.ok && (current?.shown ?? false) && current?.error !== undefined,
    });
  };
  const blur = () => {
    if (!current) return;
    setEdit(current.error ? { ...current, shown: true } : { ...current, showText: false });
  };

  const describedBy = [
    fixed ? `${id}-fixed` : undefined,
    error ? `${id}-error` : undefined,
    noteText ? `${id}-note` : undefined,
    hint ? `${id}-hint` : undefined,
  ].filter(Boolean);

  return (
    <div
      className={`field${className ? ` ${className}` : ""}${error ? " field-invalid" : ""}${fixed ? " field-fixed" : ""}`}
    >
      <label htmlFor={id} className={labelHidden ? "visually-hidden" : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        list={list}
        spellCheck={false}
        autoComplete="off"
        value={current?.showText && !fixed ? current.text : value}
        readOnly={fixed !== undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy.length > 0 ? describedBy.join(" ") : undefined}
        onFocus={gesture.begin}
        onBlur={blur}
        onChange={(e) => change(e.target.value)}
      />
      {fixed && (
        <p id={`${id}-fixed`} className="field-fixed-reason">
          <strong>Fixed: </strong>
          {fixed}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">✖ </span>
          {escapeUnsafe(error)}
        </p>
      )}
      {noteText && (
        <p id={`${id}-note`} className="field-note">
          {noteText}
        </p>
      )}
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
