import { formatCount } from "../../core/text/formatCount.ts";

/**
 * Planned nodes (with headroom) against the cluster's node ceiling, as text and a bar, with the
 * reason for the ceiling in place (so "1,021 possible" beside 1,024 node ranges is explained).
 */
export function NodeCapacityBar({
  needed,
  max,
  reason,
}: {
  needed: number;
  max: bigint;
  reason: string;
}) {
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
      <p className="node-bar-reason">{reason}</p>
      <div className="node-bar-track" aria-hidden="true">
        <div
          className="node-bar-fill"
          style={{ width: `${Math.max(percent, needed > 0 ? 1 : 0)}%` }}
        />
      </div>
    </div>
  );
}
