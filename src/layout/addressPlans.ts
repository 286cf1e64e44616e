import type { PodIpAllocator } from "../core/cni/descriptor.ts";
import { bitsOf } from "../core/ip/family.ts";
import { prefixSize, type Prefix } from "../core/ip/prefix.ts";
import type { Segment } from "./segments.ts";

/** The role of one address inside a node subnet or the Service range. */
export type AddressKind =
  | "addr-network"
  | "addr-gateway"
  | "addr-router"
  | "addr-health"
  | "addr-broadcast"
  | "addr-reserved"
  | "addr-pod"
  | "svc-kubernetes"
  | "svc-dns"
  | "svc-static"
  | "svc-dynamic";

function runs(
  size: bigint,
  marks: [bigint, bigint, AddressKind][],
  rest: AddressKind,
): Segment<AddressKind>[] {
  const out: Segment<AddressKind>[] = [];
  let at = 0n;
  for (const [start, end, kind] of marks.sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (start >= size) continue;
    if (start > at) out.push({ start: at, end: start, kind: rest });
    const e = end > size ? size : end;
    if (e > start && start >= at) out.push({ start, end: e, kind });
    at = e > at ? e : at;
  }
  if (at < size) out.push({ start: at, end: size, kind: rest });
  return out;
}

/**
 * Address roles inside one node subnet, by pod-IP allocator: host-local keeps the network
 * address, the gateway (network + 1) and, for IPv4, the broadcast address (IPv4 2^h - 3, IPv6
 * 2^h - 2 pod IPs); Cilium's per-node allocator keeps network and last address, then the agent
 * takes a router (cilium_host) and a health IP (2^h - 4) — their positions vary at run time, so
 * they are shown at indices 1 and 2; Calico blocks hand out every address, and so are Azure CNI
 * Overlay's /24s drawn (Azure documents no per-block reservation). Blocks of fewer than
 * 4 addresses are shown as reserved, as host-local refuses them.
 */
export function nodeSubnetPlan(subnet: Prefix, allocator: PodIpAllocator): Segment<AddressKind>[] {
  const size = prefixSize(subnet);
  const v4 = subnet.family === "ipv4";
  const last = size - 1n;
  switch (allocator) {
    case "calico-block":
    case "cloud-network":
    case "azure-overlay":
    case "cloud-block":
      return [{ start: 0n, end: size, kind: "addr-pod" }];
    case "host-local":
      if (size < 4n) return [{ start: 0n, end: size, kind: "addr-reserved" }];
      return runs(
        size,
        [
          [0n, 1n, "addr-network"],
          [1n, 2n, "addr-gateway"],
          ...(v4 ? ([[last, size, "addr-broadcast"]] as [bigint, bigint, AddressKind][]) : []),
        ],
        "addr-pod",
      );
    case "cilium":
      if (size < 4n) return [{ start: 0n, end: size, kind: "addr-reserved" }];
      return runs(
        size,
        [
          [0n, 1n, "addr-network"],
          [1n, 2n, "addr-router"],
          [2n, 3n, "addr-health"],
          [last, size, v4 ? "addr-broadcast" : "addr-reserved"],
        ],
        "addr-pod",
      );
  }
}

/** KEP-3070 ClusterIP static band size: min(max(16, size/16), 256), 0 when size <= 16. */
export function serviceStaticOffset(size: bigint): bigint {
  if (size <= 16n) return 0n;
  const s = size / 16n;
  return s < 16n ? 16n : s > 256n ? 256n : s;
}

/**
 * Address roles inside the Service range: the network address, the `kubernetes` Service IP
 * (index 1), the conventional cluster DNS IP (index 10), the rest of the static band
 * (indices 1..offset, KEP-3070), the dynamic band, and for IPv4 the broadcast address, which
 * the apiserver never hands out.
 */
export function servicePlan(service: Prefix): Segment<AddressKind>[] {
  const size = prefixSize(service);
  const v4 = service.family === "ipv4";
  const offset = serviceStaticOffset(size);
  const marks: [bigint, bigint, AddressKind][] = [[0n, 1n, "addr-network"]];
  if (size > 1n) marks.push([1n, 2n, "svc-kubernetes"]);
  if (offset > 0n) marks.push([2n, offset + 1n, "svc-static"]);
  if (v4 && size > 2n) marks.push([size - 1n, size, "addr-broadcast"]);
  let segments = runs(size, marks, "svc-dynamic");
  if (size > 11n) segments = overlay(segments, 10n, "svc-dns");
  return segments;
}

/** Replaces unit `index` with `kind`, splitting the run that held it. */
function overlay(
  segments: Segment<AddressKind>[],
  index: bigint,
  kind: AddressKind,
): Segment<AddressKind>[] {
  return segments.flatMap((s) => {
    if (index < s.start || index >= s.end) return [s];
    return [
      { start: s.start, end: index, kind: s.kind },
      { start: index, end: index + 1n, kind },
      { start: index + 1n, end: s.end, kind: s.kind },
    ].filter((x) => x.end > x.start);
  });
}

/** Address bits of the family (the unit length of an address-level plan). */
export function addressLength(p: Prefix): number {
  return bitsOf(p.family);
}
