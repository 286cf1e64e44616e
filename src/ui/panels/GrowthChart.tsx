import { useMemo } from "react";
import { growthOf } from "../../core/capacity/growth.ts";
import type { Capacity } from "../../core/capacity/types.ts";
import type { Family } from "../../core/ip/family.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import { useActions, useAppStore } from "../app/useAppStore.ts";

const ROW = 18;
const WIDTH = 300;
const TOP = 14;

/** A bar's length out of `WIDTH`, for `nodes` on an axis of `axis` nodes (clipped at the end). */
function barLength(nodes: bigint, axis: bigint): number {
  if (axis === 0n) return 0;
  return nodes >= axis ? WIDTH : Number((nodes * BigInt(WIDTH)) / axis);
}

/**
 * Room to grow: how many more nodes fit, the node count at which each range runs out (a bar per
 * range against lines at the planned and needed nodes; the table beside it says the same in
 * words), and what a pod range one bit larger or a node mask one bit either way would give, each
 * with an Apply button (one undo step). The numbers come from core (`growthOf`).
 */
export function GrowthChart({ capacity }: { capacity: Capacity }) {
  const design = useAppStore((s) => s.design);
  const actions = useActions();
  const growth = useMemo(() => growthOf(design, capacity), [design, capacity]);
  if (growth.ceilings.length === 0) return null;
  const needed = BigInt(growth.nodesNeeded);
  const smallest = growth.ceilings[0]?.nodes ?? needed;
  const top = smallest > needed ? smallest : needed;
  const axis = top + top / 2n + 1n;
  const height = TOP + growth.ceilings.length * ROW + 4;
  const x = (n: bigint) => barLength(n, axis);
  const apply = (path: string, value: string | number) => {
    const [family, field] = path.split(".") as [Family, string];
    if (field === "nodeMask") actions.setNodeMask(family, Number(value));
    else actions.setPodCidr(family, 0, String(value));
  };
  return (
    <div className="growth capacity-family">
      <h3 id="growth-title">Room to grow</h3>
      <p>
        {growth.moreNodes > 0n
          ? `${formatCount(growth.moreNodes)} more nodes fit beyond the ${formatCount(growth.nodes)} planned.`
          : `No more nodes fit beyond the ${formatCount(growth.nodes)} planned.`}
      </p>
      <svg
        className="growth-chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="growth-title"
        aria-describedby="growth-table"
      >
        <text x="0" y="10" className="growth-axis">
          0
        </text>
        <text x={WIDTH} y="10" textAnchor="end" className="growth-axis">
          {formatCount(axis)} nodes
        </text>
        {growth.ceilings.map((c, i) => (
          <g key={c.id}>
            <rect
              x="0"
              y={TOP + i * ROW}
              width={Math.max(1, x(c.nodes))}
              height={ROW - 6}
              className={c.nodes < needed ? "growth-bar growth-bar-short" : "growth-bar"}
            />
            <text x="3" y={TOP + i * ROW + 9} className="growth-value">
              {formatCount(c.nodes)}
              {c.nodes >= axis ? " →" : ""}
            </text>
          </g>
        ))}
        <text x={x(needed) + 3} y="10" className="growth-axis">
          {formatCount(needed)} needed
        </text>
        <line x1={x(needed)} x2={x(needed)} y1={TOP - 2} y2={height} className="growth-needed" />
      </svg>
      <table id="growth-table" className="growth-table">
        <caption className="visually-hidden">
          Node count at which each range runs out; the line on the chart marks the{" "}
          {formatCount(needed)} nodes needed
        </caption>
        <thead>
          <tr>
            <th scope="col">Range</th>
            <th scope="col">Runs out at</th>
          </tr>
        </thead>
        <tbody>
          {growth.ceilings.map((c) => (
            <tr key={c.id} className={c.nodes < needed ? "growth-short" : undefined}>
              <th scope="row">{c.label}</th>
              <td>
                {formatCount(c.nodes)} nodes{c.nodes < needed ? " (short)" : ""}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {growth.options.length > 0 && (
        <>
          <h4>What one bit buys</h4>
          <ul className="growth-options">
            {growth.options.map((o) => (
              <li key={`${o.path}-${o.value}`}>
                <span>{o.change}</span>{" "}
                <button type="button" onClick={() => apply(o.path, o.value)}>
                  Apply
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
