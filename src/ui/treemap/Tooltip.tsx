import type { CellFacts } from "./describeCell.ts";
import { formatCount } from "../../core/text/formatCount.ts";

/** The hover card: CIDR, first and last address, size, usable count and role. */
export function Tooltip({
  facts,
  x,
  y,
  owner,
}: {
  facts: CellFacts;
  x: number;
  y: number;
  owner: string | undefined;
}) {
  return (
    <div className="tm-tooltip" role="status" style={{ left: x, top: y }}>
      <strong>{facts.title}</strong>
      <dl>
        <dt>CIDR</dt>
        <dd>{facts.cidr}</dd>
        <dt>First</dt>
        <dd>{facts.first}</dd>
        <dt>Last</dt>
        <dd>{facts.last}</dd>
        <dt>Size</dt>
        <dd>{formatCount(facts.size)}</dd>
        <dt>Usable</dt>
        <dd>{facts.usable === undefined ? "—" : formatCount(facts.usable)}</dd>
        <dt>Role</dt>
        <dd>{facts.role}</dd>
        {owner && (
          <>
            <dt>In</dt>
            <dd>{owner}</dd>
          </>
        )}
      </dl>
      {facts.note && <p className="tm-tooltip-note">{facts.note}</p>}
    </div>
  );
}
