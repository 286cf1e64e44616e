import { formatAddress } from "../ip/address.ts";
import { addressAt, prefixSize, type Prefix } from "../ip/prefix.ts";
import type { Band } from "./types.ts";

/** The old bitmap Service allocator keeps at most 2^16 slots for IPv6 (`ipallocator/bitmap.go`). */
export const BITMAP_ALLOCATOR_IPV6_CAP = 65_536n;

/** The first minor release whose default allocator has no 65,536 cap (DisableAllocatorDualWrite GA, 1.34). */
export const NEW_ALLOCATOR_MINOR = 34;

/** The minor number of a "1.NN" Kubernetes version (NaN when the text is not of that form). */
export function kubernetesMinor(version: string): number {
  const m = /^1\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) : Number.NaN;
}

/**
 * ClusterIPs the apiserver hands out from a Service range. IPv4: 2^(32-p) - 2 (network and
 * broadcast never used). IPv6: 2^(128-p) - 1 (network never used) from Kubernetes 1.34; up to
 * 1.33 the bitmap allocator caps the range at 65,536 slots first, so /108 and /112 both give
 * 65,535 (reference/kubernetes.md 2.2). Never below 0.
 */
export function serviceIPCount(service: Prefix, kubernetesVersion: string): bigint {
  const size = serviceAllocatorSize(service, kubernetesVersion);
  if (service.family === "ipv4") return size > 2n ? size - 2n : 0n;
  return size - 1n;
}

/**
 * Addresses from the start of the Service range the apiserver's allocator works in: the whole
 * range, except IPv6 up to 1.33, whose bitmap allocator stops at 65,536 slots.
 */
export function serviceAllocatorSize(service: Prefix, kubernetesVersion: string): bigint {
  const size = prefixSize(service);
  if (service.family === "ipv4") return size;
  const minor = kubernetesMinor(kubernetesVersion);
  return !(minor >= NEW_ALLOCATOR_MINOR) && size > BITMAP_ALLOCATOR_IPV6_CAP
    ? BITMAP_ALLOCATOR_IPV6_CAP
    : size;
}

/** Index of the `kubernetes` Service ClusterIP in the primary Service range. */
export const KUBERNETES_SERVICE_INDEX = 1n;

/** Index of the conventional cluster DNS ClusterIP (kubeadm `GetDNSIP`). */
export const CLUSTER_DNS_INDEX = 10n;

/**
 * The last index the apiserver could hand out if it had no cap: IPv4 skips the broadcast
 * address, IPv6 only the network address.
 */
export function lastServiceIndex(service: Prefix): bigint {
  const size = prefixSize(service);
  return service.family === "ipv4" ? size - 2n : size - 1n;
}

/** The address at `index` of the block as text, or undefined when the block is too small. */
function indexed(service: Prefix, index: bigint): string | undefined {
  return index <= lastServiceIndex(service) ? formatAddress(addressAt(service, index)) : undefined;
}

/**
 * The `kubernetes` Service ClusterIP: index 1 of the primary Service range
 * (`GetIndexedIP(serviceClusterIPRange, 1)`). For a /32 or /128, which the apiserver refuses,
 * the network address is returned.
 */
export function kubernetesServiceIP(service: Prefix): string {
  return indexed(service, KUBERNETES_SERVICE_INDEX) ?? formatAddress(addressAt(service, 0n));
}

/**
 * The conventional cluster DNS IP: index 10 (kubeadm `GetDNSIP`, k3s `--cluster-dns` default);
 * undefined when the range has no usable index 10 (IPv4 /29 and longer, IPv6 /125 and longer).
 */
export function clusterDNSIP(service: Prefix): string | undefined {
  return indexed(service, CLUSTER_DNS_INDEX);
}

/**
 * The ClusterIP static band (KEP-3070, `calculateRangeOffset`): the first
 * min(max(16, size/16), 256) addresses after the network address, from the raw CIDR size;
 * undefined when the range has 16 or fewer addresses (/28 and longer for IPv4).
 */
export function serviceStaticBand(service: Prefix): Band | undefined {
  const size = prefixSize(service);
  if (size <= 16n) return undefined;
  const step = size / 16n;
  const offset = step < 16n ? 16n : step > 256n ? 256n : step;
  const at = (i: bigint): string => formatAddress(addressAt(service, i));
  return { first: at(1n), last: at(offset), size: offset };
}
