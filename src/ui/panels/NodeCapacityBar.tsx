import { formatCount } from "../controls/formatCount.ts";

/** Planned nodes (with headroom) against the cluster's node ceiling, as text and a bar. */
export function NodeCapacityBar({ needed, max }: { needed: number; max: bigint }) {
  const over = BigInt(needed) > max;
  const percent = max === 0n ? 100 : Math.min(100, Number((BigInt(needed) * 1000n) / max) / 10);
  return (
    <div className={`node-bar${over ? " node-bar-over" : ""}`}>
      <p>
        <strong>{formatCount(needed)}</strong> nodes needed (with headroom) of{" "}
        <strong>{formatCount(max)}</strong> possible
        {over ? (
          <span className="node-bar-warning">
            {" "}
            <span aria-hidden="true">▲</span> short by {formatCount(BigInt(needed) - max)}
          </span>
        ) : (
          ` (${percent < 0.1 && needed > 0 ? "<0.1" : percent}%)`
        )}
      </p>
      <div className="node-bar-track" aria-hidden="true">
        <div
          className="node-bar-fill"
          style={{ width: `${Math.max(percent, needed > 0 ? 1 : 0)}%` }}
        />
      </div>
    </div>
  );
}
