import type { ReactNode } from "react";
import type { ActionResult } from "../../store/createAppStore.ts";
import { parseInteger } from "./parseInteger.ts";
import { TextField } from "./TextField.tsx";

/** A whole-number field: parses at the edge, refuses anything outside [min, max] inline. */
export function IntegerField(props: {
  path: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit: (n: number, gesture: string) => ActionResult;
  hint?: ReactNode;
  className?: string;
  /** Why the mode fixes the value: the field is read-only with this reason (see TextField). */
  fixed?: string | undefined;
}) {
  const { min, max, onCommit, value, ...rest } = props;
  return (
    <TextField
      {...rest}
      className={`field-number${props.className ? ` ${props.className}` : ""}`}
      inputMode="numeric"
      value={String(value)}
      onCommit={(text, gesture) => {
        const n = parseInteger(text, min, max);
        return n.ok ? onCommit(n.value, gesture) : n;
      }}
    />
  );
}
