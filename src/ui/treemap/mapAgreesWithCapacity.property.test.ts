import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { layerCell, mapDesign } from "../../../test/ui/treemap/mapDesigns.ts";
import { computeCapacity } from "../../core/capacity/computeCapacity.ts";
import type { Capacity } from "../../core/capacity/types.ts";
import type { CniKind, Design } from "../../core/design/schema.ts";
import { CILIUM_IPAM_MODES } from "../../core/design/schema.ts";
import type { Family } from "../../core/ip/family.ts";
import { formatPrefix, nthSubnet } from "../../core/ip/prefix.ts";
import { planDesign } from "../../core/plans/planDesign.ts";
import { cellById } from "../../layout/cellById.ts";
import { buildScene, type Scene } from "../../layout/scene.ts";
import { countKinds, uniformKind } from "../../layout/segments.ts";
import { parseAddress } from "../../core/ip/address.ts";
import { describeCell } from "./describeCell.ts";

const sum = (values: bigint[]): bigint => values.reduce((a, b) => a + b, 0n);

/** Node subnets, withheld, allocated and headroom as the map's node layers draw them. */
function nodeFiguresOnMap(scene: Scene) {
  const layers = scene.layers.filter((l) => l.type === "segmented" && l.unit === "node");
  const counts = layers.map((l) =>
    l.type === "segmented"
      ? countKinds(l.segments, 0n, 1n << BigInt(l.unitLength - l.prefix.length))
      : {},
  );
  return {
    total: sum(counts.map((c) => sum(Object.values(c) as bigint[]))),
    withheld: sum(counts.map((c) => c["node-withheld"] ?? 0n)),
    planned: sum(counts.map((c) => (c["node-allocated"] ?? 0n) + (c["node-headroom"] ?? 0n))),
  };
}

/** Every figure the map and its details show for one family, checked against capacity. */
function checkFamily(design: Design, family: Family, capacity: Capacity): void {
  const c = capacity[family];
  const scene = buildScene(design, family, 1024, 1024);
  if (!c || !scene) return;
  const f = planDesign(design)[family];
  const calico = f?.calico;

  // Node subnets: drawn counts are capacity's; allocated + headroom are the planned nodes.
  const onMap = nodeFiguresOnMap(scene);
  expect(onMap.total).toBe(c.nodeSubnets);
  expect(onMap.withheld).toBe(c.withheldNodeSubnets);
  const perNode = calico?.blocksPerNode ?? 1n;
  const wanted = BigInt(capacity.nodesNeeded) * perNode;
  expect(onMap.planned).toBe(wanted < c.usableNodeSubnets ? wanted : c.usableNodeSubnets);

  // Range cells: pod ranges, the Service range, node networks, LoadBalancer pools.
  const facts = scene.layers
    .filter((l) => l.item)
    .map((l) => ({ l, f: describeCell(layerCell(l), design) }));
  const pods = facts.filter((x) => x.l.item?.role === "pods");
  const perSubnet = calico ? calico.blockAddresses : c.podIPsPerNode;
  const usedPods = pods.filter((x) => x.f.usable !== undefined);
  expect(sum(usedPods.map((x) => x.f.usable ?? 0n))).toBe(perSubnet * c.usableNodeSubnets);
  for (const x of pods) {
    if (x.f.usable === undefined && (f?.podRanges.length ?? 0) > 0) {
      const unused = f?.podRanges.find((p) => formatPrefix(p.prefix) === formatPrefix(x.l.prefix));
      if (unused?.unused) expect(x.f.note).toBe(`Never allocated: ${unused.unused}`);
    }
  }
  for (const x of facts.filter((y) => y.l.item?.role === "services")) {
    expect(x.f.usable).toBe(c.serviceIPs);
  }
  for (const x of facts.filter((y) => y.l.item?.role === "nodes")) {
    const index = Number(x.l.item?.field.split(".")[2]);
    expect(x.f.usable).toBe(capacity.nodeNetworks.find((n) => n.index === index)?.usable);
  }
  for (const pool of capacity.lbPools.filter((p) => p.family === family)) {
    const parts = facts.filter((y) => y.l.item?.field === `loadBalancer.pools.${pool.index}.range`);
    expect(sum(parts.map((x) => x.f.usable ?? 0n))).toBe(pool.addresses);
  }

  // One node subnet and its addresses.
  const used = f?.podRanges.find((p) => p.runs.some((r) => r.kind !== "node-withheld"));
  const open = used?.runs.find((r) => r.kind !== "node-withheld");
  if (used && open && f?.block) {
    const subnet = nthSubnet(used.prefix, used.nodeMask, open.start);
    const node = cellById(scene, `${family}:${formatPrefix(subnet)}:node`);
    expect(node && describeCell(node, design).usable).toBe(perSubnet);
    const inside = buildScene(design, family, 256, 256, subnet);
    const layer = inside?.layers.find(
      (l) => l.type === "segmented" && l.unit === "address" && l.item.role === "pods",
    );
    const roles =
      layer?.type === "segmented"
        ? countKinds(layer.segments, 0n, f.block.reservations.blockSize)
        : {};
    const podAddresses = roles["addr-pod"] ?? 0n;
    if (calico) expect(podAddresses).toBe(calico.blockAddresses);
    else if (design.cni.kind === "azure-overlay")
      expect(podAddresses >= c.podIPsPerNode).toBe(true);
    else expect(podAddresses).toBe(c.podIPsPerNode);
  }

  // The Service range's addresses: handed-out roles, the kubernetes and DNS IPs.
  const service = f?.service;
  if (service && scene.items.some((i) => i.role === "services")) {
    const inside = buildScene(design, family, 256, 256, service.prefix);
    const layer = inside?.layers.find(
      (l) => l.type === "segmented" && l.unit === "address" && l.item.role === "services",
    );
    const size = 1n << BigInt((family === "ipv4" ? 32 : 128) - service.prefix.length);
    const roles = layer?.type === "segmented" ? countKinds(layer.segments, 0n, size) : {};
    const handedOut = ["svc-kubernetes", "svc-dns", "svc-static", "svc-dynamic"] as const;
    expect(sum(handedOut.map((k) => roles[k] ?? 0n))).toBe(c.serviceIPs);
    // The kubernetes and DNS addresses capacity names sit where the map draws those roles.
    const kindAt = (address: string) => {
      const parsed = parseAddress(address);
      if (!parsed.ok || layer?.type !== "segmented") return undefined;
      const index = parsed.value.value - service.prefix.network;
      return uniformKind(layer.segments, index, index + 1n);
    };
    if (c.clusterDNSIP) expect(kindAt(c.clusterDNSIP)).toBe("svc-dns");
    if (roles["svc-kubernetes"]) expect(kindAt(c.kubernetesServiceIP)).toBe("svc-kubernetes");
  }
}

const MODES: { cni: CniKind; ciliumIpam?: (typeof CILIUM_IPAM_MODES)[number] }[] = [
  { cni: "generic" },
  { cni: "kubelet-standalone" },
  { cni: "flannel" },
  { cni: "calico" },
  { cni: "azure-overlay" },
  { cni: "aws-vpc" },
  { cni: "gke" },
  { cni: "aks-kubenet" },
  { cni: "azure-cni" },
  ...CILIUM_IPAM_MODES.map((ciliumIpam) => ({ cni: "cilium" as const, ciliumIpam })),
];

describe("the map shows capacity's figures", () => {
  for (const mode of MODES) {
    for (const families of ["ipv4", "ipv6", "dual"] as const) {
      it(`${mode.ciliumIpam ? `cilium ${mode.ciliumIpam}` : mode.cni}, ${families}`, () => {
        fc.assert(
          fc.property(mapDesign({ ...mode, families }), (design) => {
            const capacity = computeCapacity(design);
            for (const family of design.ipFamilies) checkFamily(design, family, capacity);
          }),
          { numRuns: 12 },
        );
      });
    }
  }
});
