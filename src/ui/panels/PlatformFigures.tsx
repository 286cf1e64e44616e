import type { CloudSubnetFigures, PlatformCapacity } from "../../core/cloud/types.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import "./cloud.css";

const ROLE: Record<CloudSubnetFigures["role"], string> = {
  nodes: "nodes",
  pods: "pods",
  "nodes-and-pods": "nodes + pods",
};

/** True when the subnet's /28s may run out before its planned nodes are placed. */
function fragments(s: CloudSubnetFigures): boolean {
  return s.prefixes !== undefined && s.prefixes.nodesWorst < BigInt(s.plannedNodes);
}

/**
 * The platform's own figures: max pods and why, and per subnet its usable addresses, the addresses
 * each node takes there (pods and warm pool), the nodes it carries against the nodes planned for
 * it, and with /28 prefixes the whole prefixes and the fragmentation risk.
 */
export function PlatformFigures({ p }: { p: PlatformCapacity }) {
  return (
    <div className="capacity-family platform-figures">
      <h3>{p.label}</h3>
      <dl className="facts">
        <div className="facts-row">
          <dt>Max pods per node</dt>
          <dd title={p.maxPodsRule}>
            {p.platformMaxPods === undefined ? "not address-bound" : formatCount(p.platformMaxPods)}
          </dd>
        </div>
        <div className="facts-row">
          <dt>Pods per node</dt>
          <dd>{formatCount(p.podsPerNode)}</dd>
        </div>
        <div className="facts-row">
          <dt>Nodes the platform carries</dt>
          <dd>{formatCount(p.maxNodes)}</dd>
        </div>
      </dl>
      <p className="capacity-rule">{p.maxPodsRule}</p>
      {p.subnets.length > 0 && (
        <div className="table-scroll">
          <table className="platform-subnets">
            <caption>Subnets: addresses per node and nodes per subnet</caption>
            <thead>
              <tr>
                <th scope="col">Subnet</th>
                <th scope="col">Per node</th>
                <th scope="col">Nodes</th>
                <th scope="col">Planned</th>
              </tr>
            </thead>
            <tbody>
              {p.subnets.map((s) => (
                <tr
                  key={`${s.field}-${s.role}`}
                  className={
                    s.nodes < BigInt(s.plannedNodes) || fragments(s) ? "row-warn" : undefined
                  }
                >
                  <th scope="row">
                    {s.name} <code>{s.cidr}</code>
                    <span className="subnet-meta">
                      {[s.zone, ROLE[s.role], `${formatCount(s.usable)} usable`]
                        .filter(Boolean)
                        .join(" · ")}
                    </span>
                  </th>
                  <td>{formatCount(s.perNode)}</td>
                  <td>
                    {formatCount(s.nodes)}
                    {s.prefixes && s.prefixes.nodesWorst < s.nodes && (
                      <span className="subnet-meta">
                        {formatCount(s.prefixes.nodesWorst)} if /28s fragment
                      </span>
                    )}
                  </td>
                  <td>{formatCount(s.plannedNodes)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {p.subnets.filter(fragments).map((s) => (
        <p key={`frag-${s.field}`} className="platform-warning" role="note">
          Fragmentation: {s.name} has {formatCount(s.prefixes?.free ?? 0n)} whole /28 prefixes; if
          node and ENI addresses scatter across them only{" "}
          {formatCount(s.prefixes?.nodesWorst ?? 0n)} nodes get prefixes, fewer than the{" "}
          {formatCount(s.plannedNodes)} planned (InsufficientCidrBlocks).
        </p>
      ))}
      {p.nodeLimit && <p className="capacity-rule">{p.nodeLimit.why}.</p>}
      {p.notes.map((n) => (
        <p key={n} className="capacity-rule">
          {n}
        </p>
      ))}
    </div>
  );
}
