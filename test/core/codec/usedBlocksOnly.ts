import { defaultCni } from "../../../src/core/design/defaults.ts";
import type { Design } from "../../../src/core/design/schema.ts";

/**
 * What a design comes back as from a file or link: CNI blocks its mode does not use are left out
 * and restored with their defaults (src/core/codec/unusedBlocks.ts).
 */
export function usedBlocksOnly(design: Design): Design {
  const cni = design.cni;
  if (cni.kind !== "cilium" || cni.ipam === "eni") return design;
  const fallback = defaultCni("cilium");
  return fallback.kind === "cilium" ? { ...design, cni: { ...cni, eni: fallback.eni } } : design;
}
