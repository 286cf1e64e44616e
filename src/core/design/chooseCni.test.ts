import { describe, expect, it } from "vitest";
import { chooseCni } from "./chooseCni.ts";
import { defaultCni, defaultDesign } from "./defaults.ts";
import { designSchema } from "./schema.ts";

describe("chooseCni", () => {
  it("gives Calico host-local unencapsulated pools with BGP, and says so", () => {
    const calico = defaultCni("calico");
    if (calico.kind !== "calico") throw new Error("unexpected kind");
    const { design, notes } = chooseCni(defaultDesign(), { ...calico, ipam: "host-local" });
    expect(design.cni).toMatchObject({ ipam: "host-local", encapsulation: "None", bgp: true });
    expect(notes.join(" ")).toMatch(/VXLAN with HostLocal/);
  });

  it("routes Cilium multi-pool natively", () => {
    const cilium = defaultCni("cilium");
    if (cilium.kind !== "cilium") throw new Error("unexpected kind");
    const { design } = chooseCni(defaultDesign(), { ...cilium, ipam: "multi-pool" });
    expect(design.cni).toMatchObject({ ipam: "multi-pool", routingMode: "native" });
  });

  it("fixes the IPv4 node mask at /24 for Azure CNI Overlay", () => {
    const base = defaultDesign();
    const start = { ...base, ipv4: { ...base.ipv4!, nodeMask: 26 } };
    const { design, notes } = chooseCni(start, defaultCni("azure-overlay"));
    expect(design.ipv4?.nodeMask).toBe(24);
    expect(notes).toHaveLength(1);
    expect(designSchema.safeParse(design).success).toBe(true);
  });

  it("leaves consistent choices alone, without notes", () => {
    const { design, notes } = chooseCni(defaultDesign(), defaultCni("cilium"));
    expect(design.cni).toEqual(defaultCni("cilium"));
    expect(notes).toEqual([]);
  });
});
