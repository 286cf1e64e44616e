import type { Cni } from "../design/schema.ts";

/**
 * Settings blocks of a CNI that its current mode does not read: Cilium's `eni` block outside ENI
 * IPAM. Files and links leave them out (issue #14: a cluster-pool design carried an unused `eni`
 * block); restore fills them back silently, so old files that have them open unchanged.
 */
export function unusedCniBlocks(cni: Pick<Cni, "kind"> & { ipam?: unknown }): string[] {
  return cni.kind === "cilium" && cni.ipam !== "eni" ? ["eni"] : [];
}

/** A copy of a design (as plain data) without the CNI blocks its mode does not use. */
export function withoutUnusedBlocks<T extends { cni: Cni }>(design: T): T {
  const unused = unusedCniBlocks(design.cni);
  if (unused.length === 0) return design;
  const cni = Object.fromEntries(
    Object.entries(design.cni).filter(([key]) => !unused.includes(key)),
  ) as unknown as Cni;
  return { ...design, cni };
}
