import type { ActionResult } from "../../store/createAppStore.ts";
import { TextField } from "./TextField.tsx";
import { LIST_PAGE, useFocusedIndex, useShownCount } from "./longList.ts";
import { PendingRows } from "./PendingRows.tsx";
import { ShowMore } from "./ShowMore.tsx";

/** One row of a named list: its name and its range text (a CIDR, or for pools also `start-end`). */
export interface NamedRow {
  name: string;
  value: string;
}

/**
 * An editable list of named ranges (node networks, external ranges, LoadBalancer pools). Field
 * ids follow the design paths: `${basePath}.${i}.name` and `${basePath}.${i}.${valueKey}`. A long
 * list shows its first LIST_PAGE rows (and any row a finding asks to focus), more on request.
 */
export function NamedRangeList(props: {
  basePath: string;
  valueKey: "cidr" | "range";
  /** Singular noun for the accessible names, e.g. "node network". */
  noun: string;
  valueLabel: string;
  rows: readonly NamedRow[];
  onName: (index: number, text: string, gesture: string) => ActionResult;
  onValue: (index: number, text: string, gesture: string) => ActionResult;
  onRemove: (index: number) => void;
  onAdd: () => void;
  empty: string;
}) {
  const { basePath, valueKey, noun, rows } = props;
  const count = useShownCount(rows.length, LIST_PAGE, useFocusedIndex(basePath));
  return (
    <div className="named-list">
      {rows.length === 0 ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <ul>
          {rows.slice(0, count.shown).map((row, i) => (
            <li key={i} className="named-row">
              <TextField
                path={`${basePath}.${i}.name`}
                label={`Name of ${noun} ${i + 1}`}
                labelHidden
                className="named-name"
                value={row.name}
                onCommit={(text, g) => props.onName(i, text, g)}
              />
              <TextField
                path={`${basePath}.${i}.${valueKey}`}
                label={`${props.valueLabel} of ${noun} ${i + 1}`}
                labelHidden
                className="named-value"
                value={row.value}
                onCommit={(text, g) => props.onValue(i, text, g)}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove ${noun} ${row.name}`}
                title={`Remove ${row.name}`}
                onClick={() => props.onRemove(i)}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
          <PendingRows count={count.pending} className="rows-pending" />
        </ul>
      )}
      <ShowMore total={rows.length} page={LIST_PAGE} count={count} noun={`${noun}s`} />
      <button type="button" className="add-button" onClick={props.onAdd}>
        + Add {noun}
      </button>
    </div>
  );
}
