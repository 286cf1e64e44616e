import { describe, expect, it } from "vitest";
import { blockReservations } from "../capacity/nodeBlock.ts";
import type { PodIpAllocator } from "../cni/descriptor.ts";
import type { Family } from "../ip/family.ts";
import { blockRoles } from "./nodeBlockPlan.ts";
import { unitsOf } from "./runs.ts";

const roles = (allocator: PodIpAllocator, family: Family, mask: number) => {
  const r = blockReservations(allocator, family, mask);
  if (!r) throw new Error("no block");
  return blockRoles(r);
};

describe("blockRoles", () => {
  it("host-local: /24 gives 253 pod addresses, /120 254, /28 13 (kubernetes.md section 4)", () => {
    expect(unitsOf(roles("host-local", "ipv4", 24), "addr-pod")).toBe(253n);
    expect(unitsOf(roles("host-local", "ipv6", 120), "addr-pod")).toBe(254n);
    expect(unitsOf(roles("host-local", "ipv4", 28), "addr-pod")).toBe(13n);
    expect(roles("host-local", "ipv4", 24).slice(0, 2)).toEqual([
      { start: 0n, end: 1n, kind: "addr-network" },
      { start: 1n, end: 2n, kind: "addr-gateway" },
    ]);
  });

  it("Cilium: /24 and /120 give 252 (cni.md section 2.4), router and health at 1 and 2", () => {
    expect(unitsOf(roles("cilium", "ipv4", 24), "addr-pod")).toBe(252n);
    expect(unitsOf(roles("cilium", "ipv6", 120), "addr-pod")).toBe(252n);
    expect(roles("cilium", "ipv4", 24)).toEqual([
      { start: 0n, end: 1n, kind: "addr-network" },
      { start: 1n, end: 2n, kind: "addr-router" },
      { start: 2n, end: 3n, kind: "addr-health" },
      { start: 3n, end: 255n, kind: "addr-pod" },
      { start: 255n, end: 256n, kind: "addr-broadcast" },
    ]);
  });

  it("Calico blocks and AKS /24s are all pod addresses; a refused host-local /31 is all reserved", () => {
    expect(roles("calico-block", "ipv4", 26)).toEqual([{ start: 0n, end: 64n, kind: "addr-pod" }]);
    expect(unitsOf(roles("azure-overlay", "ipv4", 24), "addr-pod")).toBe(256n);
    expect(roles("host-local", "ipv4", 31)).toEqual([
      { start: 0n, end: 2n, kind: "addr-reserved" },
    ]);
  });
});
