import type { CellFacts } from "./describeCell.ts";

const fmt = (n: bigint): string => n.toLocaleString("en-US");

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
        <dd>{fmt(facts.size)}</dd>
        <dt>Usable</dt>
        <dd>{facts.usable === undefined ? "—" : fmt(facts.usable)}</dd>
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
