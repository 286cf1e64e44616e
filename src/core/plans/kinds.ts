/**
 * The state of one node subnet of a pod range: handed to a planned node, kept for the growth
 * headroom, free, or withheld (kube-controller-manager marks node subnets touching the Service
 * range used at start-up).
 */
export type NodeSubnetKind = "node-allocated" | "node-headroom" | "node-free" | "node-withheld";

/**
 * The role of one address inside a node block or a Service range. `addr-reserved` is an address
 * the allocator never hands out for any other reason (a refused block, the part of an IPv6 block
 * beyond Cilium's 65,536-slot range, an IPv6 Service range beyond the old bitmap allocator's cap).
 */
export type AddressRole =
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
