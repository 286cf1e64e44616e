import { describe, expect, it } from "vitest";
import { createAppStore } from "./createAppStore.ts";
import { capacityOf, findingsOf } from "./derived.ts";

describe("derived selectors", () => {
  it("compute once per design object and follow edits", () => {
    const store = createAppStore(undefined, { storage: null });
    const first = store.getState().design;
    expect(findingsOf(first)).toBe(findingsOf(first));
    expect(capacityOf(first)).toBe(capacityOf(first));
    // /16 pods with /24 per node: 256 node ranges, 253 host-local pod IPs (reference/kubernetes.md 4, 9).
    expect(capacityOf(first)?.ipv4?.nodeSubnets).toBe(256n);
    expect(capacityOf(first)?.ipv4?.podIPsPerNode).toBe(253n);
    store.getState().actions.setNodeMask("ipv4", 26);
    const next = store.getState().design;
    expect(capacityOf(next)?.ipv4?.podIPsPerNode).toBe(61n);
    expect(capacityOf(first)?.ipv4?.podIPsPerNode).toBe(253n);
  });

  it("turns the Cilium default pool on kubeadm's Service range into an error finding", () => {
    const store = createAppStore(undefined, { storage: null });
    const { actions } = store.getState();
    expect(findingsOf(store.getState().design).some((f) => f.severity === "error")).toBe(false);
    actions.setCni("cilium");
    actions.setPodCidr("ipv4", 0, "10.0.0.0/8");
    const errors = findingsOf(store.getState().design).filter((f) => f.severity === "error");
    expect(errors.some((f) => f.fields.some((p) => p.startsWith("ipv4.podCidrs")))).toBe(true);
  });
});
