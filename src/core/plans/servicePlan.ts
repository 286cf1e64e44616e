import type { Band } from "../capacity/types.ts";
import {
  CLUSTER_DNS_INDEX,
  clusterDNSIP,
  KUBERNETES_SERVICE_INDEX,
  kubernetesServiceIP,
  lastServiceIndex,
  serviceAllocatorSize,
  serviceIPCount,
  serviceStaticBand,
} from "../capacity/serviceCapacity.ts";
import type { Prefix } from "../ip/prefix.ts";
import { prefixSize } from "../ip/prefix.ts";
import type { AddressRole } from "./kinds.ts";
import { paintRuns, type Run } from "./runs.ts";

/** One Service range: what the apiserver hands out and the well-known addresses in it. */
export interface ServicePlan {
  prefix: Prefix;
  /** ClusterIPs the apiserver hands out (capacity's serviceIPs). */
  serviceIPs: bigint;
  /** The `kubernetes` Service ClusterIP. */
  kubernetesServiceIP: string;
  /** The cluster DNS ClusterIP (index 10); undefined when the range is too small. */
  clusterDNSIP: string | undefined;
  /** The KEP-3070 static band; undefined for ranges of 16 addresses or fewer. */
  staticBand: Band | undefined;
  /** Address roles by index, in runs covering the whole range. */
  roles: Run<AddressRole>[];
}

/**
 * The plan of a Service range under a Kubernetes version: the network address (never handed
 * out), the `kubernetes` Service IP (index 1), the cluster DNS IP (index 10), the rest of the
 * KEP-3070 static band, the dynamic band, for IPv4 the broadcast address, and for IPv6 up to
 * 1.33 everything beyond the bitmap allocator's 65,536 slots (reserved). The handed-out roles
 * add up to `serviceIPs`.
 */
export function planService(service: Prefix, kubernetesVersion: string): ServicePlan {
  const size = prefixSize(service);
  const end = serviceAllocatorSize(service, kubernetesVersion);
  const last = lastServiceIndex(service);
  const band = serviceStaticBand(service);
  const marks: [bigint, bigint, AddressRole][] = [[0n, 1n, "addr-network"]];
  if (service.family === "ipv4" && size > 2n) marks.push([size - 1n, size, "addr-broadcast"]);
  if (size <= 2n) marks.push([0n, size, "addr-reserved"]);
  if (band) marks.push([1n, band.size + 1n, "svc-static"]);
  if (KUBERNETES_SERVICE_INDEX <= last) {
    marks.push([KUBERNETES_SERVICE_INDEX, KUBERNETES_SERVICE_INDEX + 1n, "svc-kubernetes"]);
  }
  if (CLUSTER_DNS_INDEX <= last) {
    marks.push([CLUSTER_DNS_INDEX, CLUSTER_DNS_INDEX + 1n, "svc-dns"]);
  }
  marks.push([end, size, "addr-reserved"]);
  return {
    prefix: service,
    serviceIPs: serviceIPCount(service, kubernetesVersion),
    kubernetesServiceIP: kubernetesServiceIP(service),
    clusterDNSIP: clusterDNSIP(service),
    staticBand: band,
    roles: paintRuns(size, marks, "svc-dynamic"),
  };
}
