import { memo, useId, useMemo, useState } from "react";
import type { Design } from "../../core/design/schema.ts";
import { bitsOf, familyLabel, type Family } from "../../core/ip/family.ts";
import { formatPrefix } from "../../core/ip/prefix.ts";
import type { AddressRange } from "../../core/ip/range.ts";
import { largestAlignedBlock, nextFreeBlock } from "../../layout/gaps.ts";
import type { Scene } from "../../layout/scene.ts";
import { copyText } from "../exports/copyText.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import { downloadBlob } from "./download.ts";
import {
  allRows,
  rangeRowStubs,
  rowMatches,
  rowsToCsv,
  type RangeRow,
  type RowStub,
} from "./rangeRows.ts";
import { LIST_PAGE, useShownCount } from "../controls/longList.ts";
import { ShowMore } from "../controls/ShowMore.tsx";

/** What a free block can be taken for. */
export type TakeRole = "node-network" | "lb-pool" | "external";

const TAKE_LABEL: Record<TakeRole, string> = {
  "node-network": "Node network",
  "lb-pool": "LoadBalancer pool",
  external: "External range",
};

/** Props of a family's table of ranges and gaps. */
export interface RangeTableProps {
  design: Design;
  family: Family;
  plan: Scene | undefined;
  /** The row to show as selected (the selected range, or the range holding the selected cell). */
  activeId: string | undefined;
  /** The design field of the selected range (any block of a `start-end` pool marks its row). */
  activeField?: string | undefined;
  onSelect: (id: string) => void;
  /** Adds a range of `role` at `cidr`; absent where the table cannot edit the design. */
  onTake?: ((role: TakeRole, cidr: string) => void) | undefined;
  /**
   * The active cluster's name when the plan has several clusters (the table then lists the other
   * clusters' ranges too): adds a Cluster column, and one to the CSV.
   */
  cluster?: string | undefined;
}

/** The "take the next free /N" control of a gap row. */
function TakeBlock({
  span,
  family,
  onTake,
}: {
  span: AddressRange;
  family: Family;
  onTake: (role: TakeRole, cidr: string) => void;
}) {
  const id = useId();
  const largest = largestAlignedBlock(span).length;
  const [length, setLength] = useState(
    Math.min(bitsOf(family), Math.max(largest, family === "ipv4" ? 24 : 64)),
  );
  const [role, setRole] = useState<TakeRole>("external");
  const block = nextFreeBlock(span, length);
  return (
    <span className="tm-take">
      <label htmlFor={`${id}-n`}>Next free /</label>
      <input
        id={`${id}-n`}
        type="number"
        min={largest}
        max={bitsOf(family)}
        value={length}
        onChange={(e) => setLength(Number(e.target.value))}
      />
      <label htmlFor={`${id}-role`} className="visually-hidden">
        Take it as
      </label>
      <select id={`${id}-role`} value={role} onChange={(e) => setRole(e.target.value as TakeRole)}>
        {(Object.keys(TAKE_LABEL) as TakeRole[]).map((r) => (
          <option key={r} value={r}>
            {TAKE_LABEL[r]}
          </option>
        ))}
      </select>
      <button
        type="button"
        disabled={!block}
        onClick={() => block && onTake(role, formatPrefix(block))}
      >
        {block ? `Take ${formatPrefix(block)}` : `No /${length} fits`}
      </button>
    </span>
  );
}

/**
 * The table of a family's ranges and free gaps in address order: the accessible twin of the map.
 * Selecting a row selects the cell on the map (and the map's selection marks its row); each row
 * copies its CIDR; the whole table downloads as CSV; a gap row takes its next free /N as a new
 * range (a block inside the gap, so it overlaps nothing). A long table shows its first
 * LIST_PAGE rows (and the selected row), more on request, and a filter box finds rows among all
 * of them (find in page sees only the rows shown). Memoised: the map re-rendering (hover, paint,
 * size) leaves the table alone.
 */
export const RangeTable = memo(function RangeTable({
  design,
  family,
  plan,
  activeId,
  activeField,
  onSelect,
  onTake,
  cluster,
}: RangeTableProps) {
  // Rows are worked out when shown, searched or downloaded: a long table shows one page.
  const rows = useMemo(() => (plan ? rangeRowStubs(plan, design) : []), [plan, design]);
  const [filter, setFilter] = useState("");
  const needle = filter.trim().toLowerCase();
  const matching = useMemo(
    () =>
      needle
        ? rows.filter((s) => {
            const r = s.row();
            return r !== undefined && rowMatches(r, needle);
          })
        : rows,
    [rows, needle],
  );
  const isActive = (r: RangeRow | RowStub): boolean =>
    r.id === activeId || (!!r.field && r.field === activeField);
  const count = useShownCount(matching.length, LIST_PAGE);
  const activeAt =
    activeId === undefined && activeField === undefined ? -1 : matching.findIndex(isActive);
  const filterId = useId();
  const label = familyLabel(family);
  if (!plan) return null;
  const long = rows.length > LIST_PAGE;
  // The selected row stays in the table (after the rows shown) so the map and table agree.
  const visible = matching.slice(0, count.shown);
  const extra = activeAt >= count.shown ? matching[activeAt] : undefined;
  return (
    <section className="tm-table" aria-labelledby={`tm-table-${family}`} id={`ranges-${family}`}>
      <div className="tm-table-head">
        <h4 id={`tm-table-${family}`}>{label} ranges and gaps</h4>
        <button
          type="button"
          onClick={() =>
            downloadBlob(
              new Blob([rowsToCsv(family, allRows(rows), cluster)], { type: "text/csv" }),
              `${design.name}-${family}-ranges.csv`,
            )
          }
        >
          Download CSV
        </button>
      </div>
      {long && (
        <p className="tm-table-filter">
          <label htmlFor={filterId}>Filter rows</label>{" "}
          <input
            id={filterId}
            type="search"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
            aria-describedby={`${filterId}-count`}
          />{" "}
          <span id={`${filterId}-count`} className="muted" role="status">
            {needle
              ? `${formatCount(matching.length)} of ${formatCount(rows.length)} rows match`
              : `${formatCount(rows.length)} rows`}
          </span>
        </p>
      )}
      <div className="tm-table-wrap">
        <table>
          <thead>
            <tr>
              {cluster !== undefined && <th scope="col">Cluster</th>}
              <th scope="col">Role</th>
              <th scope="col">Name</th>
              <th scope="col">CIDR</th>
              <th scope="col">First – last</th>
              <th scope="col">Size</th>
              <th scope="col">Usable</th>
              <th scope="col">Notes</th>
            </tr>
          </thead>
          <tbody>
            {allRows([...visible, ...(extra ? [extra] : [])]).map((r) => {
              const active = isActive(r);
              return (
                <tr
                  key={r.id}
                  className={r.kind === "gap" ? "tm-row-gap" : undefined}
                  aria-current={active ? "true" : undefined}
                >
                  {cluster !== undefined && (
                    <td>{r.kind === "gap" ? "" : (r.cluster ?? cluster)}</td>
                  )}
                  <td>{r.role}</td>
                  <td>{r.name}</td>
                  <td>
                    <button
                      type="button"
                      className="tm-cidr"
                      aria-pressed={active}
                      aria-label={`Show ${r.kind === "gap" ? `free ${r.first} – ${r.last}` : `${r.role} ${r.cidr}${r.cluster ? ` of cluster ${r.cluster}` : ""}`} on the map`}
                      onClick={() => onSelect(r.id)}
                    >
                      {r.kind === "gap" ? "Show" : r.cidr}
                    </button>{" "}
                    {r.kind === "range" && (
                      <button
                        type="button"
                        aria-label={`Copy ${r.cidr}`}
                        onClick={() => void copyText(r.cidr)}
                      >
                        Copy
                      </button>
                    )}
                  </td>
                  <td>
                    {r.first} – {r.last}
                  </td>
                  <td>{formatCount(r.size)}</td>
                  <td>{r.usable === undefined ? "—" : formatCount(r.usable)}</td>
                  <td>
                    {r.notes.join("; ")}
                    {r.span && onTake && (
                      <TakeBlock span={r.span} family={family} onTake={onTake} />
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ShowMore total={matching.length} page={LIST_PAGE} count={count} noun="rows" />
    </section>
  );
});
