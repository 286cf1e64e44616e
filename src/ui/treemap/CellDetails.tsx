import type { Design } from "../../core/design/schema.ts";
import type { Finding } from "../../core/rules/finding.ts";
import { describeCell } from "../../layout/describeCell.ts";
import { findCell } from "../../layout/findCell.ts";
import { findingForOverlap } from "../../layout/overlaps.ts";
import "./treemap.css";

const fmt = (n: bigint): string => n.toLocaleString("en-US");

/** Props of the details panel for the treemap's selected cell. */
export interface CellDetailsProps {
  design: Design;
  selectedId: string | undefined;
  findings?: Finding[];
  onFindingClick?: (f: Finding) => void;
}

/** The selected cell's facts (CIDR, first/last, size, usable, role) and, for an overlap, its finding. */
export function CellDetails({
  design,
  selectedId,
  findings = [],
  onFindingClick,
}: CellDetailsProps) {
  const cell = selectedId ? findCell(design, selectedId) : undefined;
  if (!cell) {
    return (
      <section className="tm-root tm-details" aria-label="Selected cell">
        <p>
          {selectedId
            ? "The selected cell is no longer in the design."
            : "Select a cell of the treemap to see its details."}
        </p>
      </section>
    );
  }
  const facts = describeCell(cell, design);
  const finding = cell.overlap ? findingForOverlap(cell.overlap, findings) : undefined;
  return (
    <section className="tm-root tm-details" aria-label="Selected cell">
      <h3>{facts.title}</h3>
      <dl>
        <dt>CIDR</dt>
        <dd>{facts.cidr}</dd>
        <dt>First address</dt>
        <dd>{facts.first}</dd>
        <dt>Last address</dt>
        <dd>{facts.last}</dd>
        <dt>Size</dt>
        <dd>{fmt(facts.size)} addresses</dd>
        <dt>Usable</dt>
        <dd>{facts.usable === undefined ? "—" : fmt(facts.usable)}</dd>
        <dt>Role</dt>
        <dd>{facts.role}</dd>
      </dl>
      {facts.lines.length > 0 && (
        <ul>
          {facts.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      {finding && (
        <p>
          {finding.message}{" "}
          {onFindingClick && (
            <button type="button" onClick={() => onFindingClick(finding)}>
              Show finding
            </button>
          )}
        </p>
      )}
    </section>
  );
}
