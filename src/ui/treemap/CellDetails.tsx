import type { Design } from "../../core/design/schema.ts";
import type { Finding } from "../../core/rules/finding.ts";
import { idInCluster } from "../../layout/clusterItems.ts";
import { findingForOverlap } from "../../layout/overlaps.ts";
import type { Cell } from "../../layout/visibleCells.ts";
import { cellFacts } from "./cellFacts.ts";
import "./treemap.css";
import { formatCount } from "../../core/text/formatCount.ts";

/** Props of the details panel for a map's selected cell (resolved by the map, never rebuilt here). */
export interface CellDetailsProps {
  design: Design;
  /** The selected cell, or undefined when the selection is no longer in the design. */
  cell: Cell | undefined;
  findings?: Finding[];
  onFindingClick?: ((f: Finding) => void) | undefined;
  /** Whether the cell can be opened (drilled into), and how. */
  canOpen?: boolean;
  onOpen?: () => void;
  /** Shows another cluster of the plan (a cell of its range is selected), selecting `id` there. */
  onShowCluster?: ((index: number, id: string) => void) | undefined;
}

/**
 * The selected cell's facts (CIDR, first/last, size, usable, role), an Open action that drills in,
 * and, for an overlap, its finding. Shown beside the map it belongs to.
 */
export function CellDetails({
  design,
  cell,
  findings = [],
  onFindingClick,
  canOpen = false,
  onOpen,
  onShowCluster,
}: CellDetailsProps) {
  if (!cell) {
    return (
      <section className="tm-details" aria-label="Selected cell">
        <p>The selected cell is no longer in the design.</p>
      </section>
    );
  }
  const facts = cellFacts(cell, design);
  const finding = cell.overlap ? findingForOverlap(cell.overlap, findings) : undefined;
  const cluster = cell.overlap ? undefined : cell.item?.cluster;
  return (
    <section className="tm-details" aria-label="Selected cell">
      <div className="tm-details-head">
        <h4>{facts.title}</h4>
        {canOpen && onOpen && (
          <button type="button" onClick={onOpen}>
            Open {facts.cidr}
          </button>
        )}
        {cluster && onShowCluster && (
          <button type="button" onClick={() => onShowCluster(cluster.index, idInCluster(cell.id))}>
            Show cluster {cluster.name}
          </button>
        )}
      </div>
      <dl>
        <dt>CIDR</dt>
        <dd>{facts.cidr}</dd>
        <dt>First address</dt>
        <dd>{facts.first}</dd>
        <dt>Last address</dt>
        <dd>{facts.last}</dd>
        <dt>Size</dt>
        <dd>{formatCount(facts.size)} addresses</dd>
        <dt>Usable</dt>
        <dd>{facts.usable === undefined ? "—" : formatCount(facts.usable)}</dd>
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
