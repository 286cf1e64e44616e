import type { Analysis } from "../../analysis/analyseDesign.ts";
import { formatCount } from "../../text/formatCount.ts";
import type { Candidate } from "./fixCandidates.ts";

/**
 * A fix's summary with its exact consequence, read from the analysis of the design it makes:
 * "pods 10.244.0.0/14 → 1,024 node ranges, fits 600", "node mask /25 → 512 node ranges of 110
 * pods, still short of 600", "move the IPv4 pod range to 10.64.0.0/16, the next free /16",
 * "node network 10.0.0.0/21 → 2,045 usable addresses, fits 600", "maxPods 60, the pods a node's
 * range holds", "Service range 10.96.0.0/12 → 1,048,574 ClusterIPs".
 */
export function describeFix(c: Candidate, after: Analysis): string {
  const cap = after.capacity;
  const needed = cap?.nodesNeeded ?? 0;
  const value = String(Object.values(c.changes)[0]);
  const fits = (n: bigint): string =>
    n >= BigInt(needed) ? `fits ${formatCount(needed)}` : `still short of ${formatCount(needed)}`;
  const fc = c.family ? cap?.[c.family] : undefined;
  switch (c.kind) {
    case "pods": {
      if (!fc) return `pods ${value}`;
      const calico = after.context.cni.nodeRanges === "calico";
      const what = calico
        ? `${formatCount(fc.nodeSubnets)} blocks, ${formatCount(fc.maxNodes)} nodes`
        : `${formatCount(fc.usableNodeSubnets)} node ranges`;
      const where = c.inPlace ? "" : " (the next free block of that size)";
      return `pods ${value} → ${what}, ${fits(fc.maxNodes)}${where}`;
    }
    case "mask":
      return fc
        ? `node mask /${value} → ${formatCount(fc.maxNodes)} nodes of ${formatCount(fc.podsPerNode)} pods, ${fits(fc.maxNodes)}`
        : `node mask /${value}`;
    case "nodes": {
      const net = cap?.nodeNetworks.find((n) => n.cidr === value);
      const where = c.inPlace ? "" : " (the next free block of that size)";
      return net
        ? `node network ${value} → ${formatCount(net.usable)} usable addresses, ${fits(cap?.maxNodes ?? 0n)}${where}`
        : `node network ${value}`;
    }
    case "move":
      return `move the ${c.what ?? "range"} to ${value}, the next free /${c.length ?? ""}`;
    case "services": {
      const where = c.inPlace ? "" : " (the next free block of that size)";
      return fc
        ? `Service range ${value} → ${formatCount(fc.serviceIPs)} ClusterIPs${where}`
        : `Service range ${value}`;
    }
    case "max-pods":
      return `maxPods ${value}, the pods a node's range holds`;
  }
}
