import { ROLE_LABEL } from "../../layout/rangeItems.ts";
import type { CellKind } from "../../layout/scene.ts";

/** A person's name for each cell kind (also the legend text). */
export const KIND_LABEL: Record<CellKind, string> = {
  ...ROLE_LABEL,
  free: "Free space",
  overlap: "Overlap",
  mixed: "Mixed block",
  "node-allocated": "Node subnet, allocated",
  "node-headroom": "Node subnet, headroom",
  "node-free": "Node subnet, free",
  "node-withheld": "Node subnet, withheld (touches the Service range)",
  "addr-network": "Network address",
  "addr-gateway": "Gateway (host-local)",
  "addr-router": "Cilium router IP (cilium_host)",
  "addr-health": "Cilium health endpoint IP",
  "addr-broadcast": "Broadcast address",
  "addr-reserved": "Reserved by the allocator",
  "addr-pod": "Pod IPs",
  "svc-kubernetes": "kubernetes Service IP",
  "svc-dns": "Cluster DNS IP",
  "svc-static": "Static band (KEP-3070)",
  "svc-dynamic": "Dynamic band",
};
