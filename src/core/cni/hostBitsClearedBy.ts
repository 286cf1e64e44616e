import type { NodeRangeAllocator } from "./descriptor.ts";

/**
 * Who clears host bits of a pod range ("10.244.1.0/16" → 10.244.0.0/16) under each node-range
 * allocator, as the clause of the "normalised to …" note; undefined where the designer does not
 * claim a component's behaviour (the note then says only that host bits were cleared).
 * kube-controller-manager parses `--cluster-cidr` with netutils.ParseCIDRSloppy and cilium-operator
 * its cluster-pool list with Go's net.ParseCIDR; both keep only the network address.
 */
export const HOST_BITS_CLEARED_BY: Record<NodeRangeAllocator, string | undefined> = {
  "kube-controller-manager": "as kube-controller-manager does",
  "cilium-operator": "as cilium-operator does",
  kubelet: undefined,
  calico: undefined,
  cloud: undefined,
  "external-operator": undefined,
};
