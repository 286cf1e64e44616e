import type { ReactNode } from "react";
import type { FamilyCapacity } from "../../core/capacity/types.ts";
import { nodeCeilingReason } from "../../core/capacity/nodeCeilingReason.ts";
import { familyLabel } from "../../core/ip/family.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import { useCapacity, usePlans } from "../app/useDerived.ts";
import { GrowthChart } from "./GrowthChart.tsx";
import { NodeCapacityBar } from "./NodeCapacityBar.tsx";
import { PlatformFigures } from "./PlatformFigures.tsx";
import { PoolSizes } from "./PoolSizes.tsx";

/**
 * One family's figures. `nodeRanges` is false where pods take addresses from cloud networks
 * (the CNI uses no pod range), so no node range is ever cut and those rows would read "0".
 */
function FamilyFigures({ c, nodeRanges }: { c: FamilyCapacity; nodeRanges: boolean }) {
  const rows: [string, ReactNode][] = [
    ...(nodeRanges
      ? ([
          ["Node ranges", formatCount(c.nodeSubnets)],
          ["Usable node ranges", formatCount(c.usableNodeSubnets)],
          ["Withheld (touch the Service range)", formatCount(c.withheldNodeSubnets)],
        ] as [string, ReactNode][])
      : []),
    [
      "Pod IPs per node",
      <span key="r" title={c.podIPsRule}>
        {formatCount(c.podIPsPerNode)}
      </span>,
    ],
    ["Pods per node", formatCount(c.podsPerNode)],
    ["Cluster pods", formatCount(c.clusterPods)],
    ["Nodes this family holds", formatCount(c.maxNodes)],
    ["Service IPs", formatCount(c.serviceIPs)],
    ["kubernetes Service IP", <code key="k">{c.kubernetesServiceIP}</code>],
    ["Cluster DNS IP", c.clusterDNSIP ? <code key="d">{c.clusterDNSIP}</code> : "—"],
  ];
  return (
    <div className="capacity-family">
      <h3>{familyLabel(c.family)}</h3>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label} className="facts-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p className="capacity-rule">{c.podIPsRule}</p>
    </div>
  );
}

/** Capacity per family, nodes against the ceiling, LoadBalancer pool sizes and NodePorts. */
export function CapacitySummary() {
  const capacity = useCapacity();
  const nodeRanges = usePlans()?.cni.usesPodRange ?? true;
  return (
    <section className="capacity" aria-labelledby="capacity-title">
      <h2 id="capacity-title">Capacity</h2>
      {!capacity ? (
        <p className="muted">Capacity could not be computed for this design.</p>
      ) : (
        <>
          <NodeCapacityBar
            needed={capacity.nodesNeeded}
            max={capacity.maxNodes}
            reason={nodeCeilingReason(capacity)}
          />
          <GrowthChart capacity={capacity} />
          {capacity.platform && <PlatformFigures p={capacity.platform} />}
          {capacity.ipv4 && <FamilyFigures c={capacity.ipv4} nodeRanges={nodeRanges} />}
          {capacity.ipv6 && <FamilyFigures c={capacity.ipv6} nodeRanges={nodeRanges} />}
          {capacity.lbPools.length > 0 && <PoolSizes pools={capacity.lbPools} />}
          <div className="capacity-family">
            <h3>NodePorts</h3>
            <p>
              {capacity.nodePorts.first}–{capacity.nodePorts.last}:{" "}
              {formatCount(capacity.nodePorts.size)} ports; static band{" "}
              {capacity.nodePorts.staticBand
                ? `${capacity.nodePorts.staticBand.first}–${capacity.nodePorts.staticBand.last}`
                : "none"}
            </p>
          </div>
        </>
      )}
    </section>
  );
}
