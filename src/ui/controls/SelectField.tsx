import type { ReactNode } from "react";
import { fieldIdOf } from "./fieldId.ts";

/** One choice of a select. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** A labelled select bound to a design path (id from the path). */
export function SelectField<T extends string>(props: {
  path: string;
  label: string;
  value: T;
  choices: readonly Choice<T>[];
  onChange: (value: T) => void;
  hint?: ReactNode;
}) {
  const id = fieldIdOf(props.path);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        aria-describedby={props.hint ? `${id}-hint` : undefined}
        onChange={(e) => {
          const choice = props.choices.find((c) => c.value === e.target.value);
          if (choice) props.onChange(choice.value);
        }}
      >
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {props.hint && (
        <p id={`${id}-hint`} className="field-hint">
          {props.hint}
        </p>
      )}
    </div>
  );
}
