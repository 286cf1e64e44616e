import { useState, type ReactNode } from "react";
import type { ActionResult } from "../../store/createAppStore.ts";
import { fieldIdOf } from "./fieldId.ts";
import { useGesture } from "./useGesture.ts";

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
}

interface Draft {
  text: string;
  /** The stored value when the draft was typed; a later change elsewhere (undo, preset) wins. */
  base: string;
  error: string | undefined;
}

/**
 * A text input that keeps the user's draft, commits only valid values, and shows errors inline
 * (aria-invalid, aria-describedby, a visible message) and notes such as "normalised to ...".
 */
export function TextField(props: TextFieldProps) {
  const { path, label, value, onCommit, hint, labelHidden, inputMode = "text", className } = props;
  const id = fieldIdOf(path);
  const gesture = useGesture(id);
  const [draft, setDraft] = useState<Draft | undefined>(undefined);
  const [focused, setFocused] = useState(false);
  const [note, setNote] = useState<{ text: string; value: string | undefined } | undefined>();

  const showDraft = draft !== undefined && (focused || draft.base === value);
  const error = showDraft ? draft.error : undefined;
  const noteText = note && (focused || note.value === value) && !error ? note.text : undefined;

  const change = (text: string) => {
    const result = onCommit(text, gesture.current());
    setDraft({ text, base: value, error: result.ok ? undefined : result.error });
    if (!result.ok) return;
    setNote(result.value.note ? { text: result.value.note, value: undefined } : undefined);
  };
  const blur = () => {
    setFocused(false);
    if (draft && !draft.error) setDraft(undefined);
    setNote((n) => n && { ...n, value: n.value ?? value });
  };

  const describedBy = [
    error ? `${id}-error` : undefined,
    noteText ? `${id}-note` : undefined,
    hint ? `${id}-hint` : undefined,
  ].filter(Boolean);

  return (
    <div className={`field${className ? ` ${className}` : ""}${error ? " field-invalid" : ""}`}>
      <label htmlFor={id} className={labelHidden ? "visually-hidden" : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        spellCheck={false}
        autoComplete="off"
        value={showDraft ? draft.text : value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy.length > 0 ? describedBy.join(" ") : undefined}
        onFocus={() => {
          setFocused(true);
          gesture.begin();
        }}
        onBlur={blur}
        onChange={(e) => change(e.target.value)}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span aria-hidden="true">✖ </span>
          {error}
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
