import { describe, expect, it } from "vitest";
import { defaultDesign } from "../core/design/defaults.ts";
import { PRESETS } from "../core/design/presets.ts";
import { designSchema } from "../core/design/schema.ts";
import { createAppStore } from "./createAppStore.ts";

const fresh = () => createAppStore(undefined, { storage: null });
const actions = (store: ReturnType<typeof fresh>) => store.getState().actions;

describe("createAppStore", () => {
  it("starts from the default design, with nothing to undo", () => {
    const store = fresh();
    expect(store.getState().design).toEqual(defaultDesign());
    expect(actions(store).canUndo()).toBe(false);
    expect(actions(store).canRedo()).toBe(false);
  });

  it("gives each call its own store (no module singleton)", () => {
    const a = fresh();
    const b = fresh();
    actions(a).setNodeCount(7);
    expect(b.getState().design.nodes.count).toBe(50);
  });

  it("falls back to the default design when the initial one is invalid", () => {
    const bad = { ...defaultDesign(), name: "Not Valid!" };
    expect(createAppStore(bad, { storage: null }).getState().design).toEqual(defaultDesign());
  });

  it("coalesces changes with the same gesture into one undo step", () => {
    const store = fresh();
    for (const text of ["10.0.0.0/1", "10.0.0.0/16", "10.1.0.0/16"]) {
      actions(store).setPodCidr("ipv4", 0, text, "typing-1");
    }
    expect(store.getState().design.ipv4?.podCidrs).toEqual(["10.1.0.0/16"]);
    expect(store.getState().history.past).toHaveLength(1);
    actions(store).undo();
    expect(store.getState().design.ipv4?.podCidrs).toEqual(["10.244.0.0/16"]);
    expect(actions(store).canUndo()).toBe(false);
    actions(store).redo();
    expect(store.getState().design.ipv4?.podCidrs).toEqual(["10.1.0.0/16"]);
  });

  it("makes separate undo steps for different gestures and for gesture-less actions", () => {
    const store = fresh();
    actions(store).setNodeMask("ipv4", 25, "drag-1");
    actions(store).setNodeMask("ipv4", 26, "drag-1");
    actions(store).setNodeMask("ipv4", 27, "drag-2");
    actions(store).setNodeCount(10);
    actions(store).setNodeCount(11);
    expect(store.getState().history.past).toHaveLength(4);
    actions(store).undo();
    actions(store).undo();
    actions(store).undo();
    expect(store.getState().design.ipv4?.nodeMask).toBe(26);
    expect(store.getState().design.nodes.count).toBe(50);
  });

  it("does not coalesce a gesture across an undo", () => {
    const store = fresh();
    actions(store).setNodeCount(1, "g");
    actions(store).undo();
    actions(store).setNodeCount(2, "g");
    expect(store.getState().history.past).toHaveLength(1);
    expect(actions(store).canRedo()).toBe(false);
  });

  it("refuses invalid input with a message and keeps the last good design", () => {
    const store = fresh();
    const before = store.getState().design;
    const cases = [
      actions(store).setPodCidr("ipv4", 0, "garbage"),
      actions(store).setPodCidr("ipv4", 0, "fd00::/48"),
      actions(store).setServiceCidr("ipv4", "10.96.0.0/33"),
      actions(store).setNodeMask("ipv4", 33),
      actions(store).setNodeCount(-1),
      actions(store).setMaxPods(0),
      actions(store).setName("Has Spaces"),
      actions(store).setNodePortRange("32767-30000"),
      actions(store).setClusterDomain("-bad-"),
      actions(store).updateNodeNetwork(0, { cidr: "10.0.0.256/24" }),
      actions(store).updateLbPool(0, { range: "1.2.3.4" }),
      actions(store).replaceDesign({ nonsense: true }),
      actions(store).loadPreset("no-such-preset"),
    ];
    for (const result of cases) expect(result.ok).toBe(false);
    const wrongFamily = actions(store).setPodCidr("ipv4", 0, "fd00::/48");
    expect(wrongFamily.ok ? "" : wrongFamily.error).toContain("not an IPv4 CIDR");
    expect(store.getState().design).toBe(before);
    expect(actions(store).canUndo()).toBe(false);
  });

  it("normalises host bits and says so, as kube-controller-manager does", () => {
    const store = fresh();
    const result = actions(store).setPodCidr("ipv4", 0, "10.244.1.0/16");
    expect(result).toEqual({
      ok: true,
      value: { note: "normalised to 10.244.0.0/16, as kube-controller-manager does" },
    });
    expect(store.getState().design.ipv4?.podCidrs[0]).toBe("10.244.0.0/16");
  });

  it("names the component that normalises under the chosen mode", () => {
    const store = fresh();
    actions(store).setCni("cilium");
    const cilium = actions(store).setPodCidr("ipv4", 0, "10.244.1.0/16");
    expect(cilium.ok && cilium.value.note).toBe(
      "normalised to 10.244.0.0/16, as cilium-operator does",
    );
    actions(store).setCni("calico");
    const calico = actions(store).setPodCidr("ipv4", 0, "10.244.2.0/16");
    expect(calico.ok && calico.value.note).toBe("normalised to 10.244.0.0/16 (host bits cleared)");
  });

  it("stores IPv6 ranges in RFC 5952 form", () => {
    const store = fresh();
    actions(store).setIpFamilies("ipv6", "ipv6");
    expect(actions(store).setServiceCidr("ipv6", "FD00:0:0:0::/112").ok).toBe(true);
    expect(store.getState().design.ipv6?.serviceCidr).toBe("fd00::/112");
  });

  it("loads every preset as a valid design, as one undo step", () => {
    const store = fresh();
    for (const preset of PRESETS) {
      expect(actions(store).loadPreset(preset.id).ok).toBe(true);
      expect(store.getState().design.name).toBe(preset.design.name);
      expect(designSchema.safeParse(store.getState().design).success).toBe(true);
    }
    expect(store.getState().history.past).toHaveLength(PRESETS.length);
    actions(store).setNodeCount(3);
    const kind = PRESETS.find((p) => p.id === "kind");
    expect(kind?.design.nodes.count).toBe(3);
    actions(store).setNodeCount(9);
    expect(kind?.design.nodes.count).toBe(3);
  });

  it("switches families with sensible defaults and restores a family's earlier plan", () => {
    const store = fresh();
    actions(store).setPodCidr("ipv4", 0, "10.50.0.0/16");
    expect(actions(store).setIpFamilies("dual", "ipv6").ok).toBe(true);
    let d = store.getState().design;
    expect(d.ipFamilies).toEqual(["ipv6", "ipv4"]);
    expect(d.ipv6).toEqual({
      podCidrs: ["fd00:10:244::/56"],
      nodeMask: 64,
      serviceCidr: "fd00:10:96::/112",
    });
    expect(d.ipv4?.podCidrs).toEqual(["10.50.0.0/16"]);
    expect(d.nodes.networks.map((n) => n.cidr)).toEqual(["10.0.0.0/22", "fd00:1::/64"]);

    actions(store).setIpFamilies("ipv6", "ipv6");
    d = store.getState().design;
    expect(d.ipFamilies).toEqual(["ipv6"]);
    expect(d.ipv4).toBeUndefined();

    actions(store).setIpFamilies("ipv4", "ipv4");
    d = store.getState().design;
    expect(d.ipv4?.podCidrs).toEqual(["10.50.0.0/16"]);
    expect(d.ipv6).toBeUndefined();
  });

  it("adds pod ranges only where the CNI mode takes several", () => {
    const store = fresh();
    expect(actions(store).addPodCidr("ipv4").ok).toBe(false);
    actions(store).setCni("cilium");
    expect(actions(store).addPodCidr("ipv4").ok).toBe(true);
    expect(store.getState().design.ipv4?.podCidrs).toEqual(["10.244.0.0/16", "10.245.0.0/16"]);
    expect(actions(store).removePodCidr("ipv4", 0).ok).toBe(true);
    expect(actions(store).removePodCidr("ipv4", 0).ok).toBe(false);
    expect(store.getState().design.ipv4?.podCidrs).toEqual(["10.245.0.0/16"]);
  });

  it("sets the IPv4 node mask to /24 when Azure CNI Overlay is picked, and says so", () => {
    const store = fresh();
    actions(store).setNodeMask("ipv4", 26);
    const result = actions(store).setCni("azure-overlay");
    expect(result.ok && result.value.note).toContain("Azure CNI Overlay gives every node a /24");
    expect(store.getState().design.cni).toEqual({ kind: "azure-overlay" });
    expect(store.getState().design.ipv4?.nodeMask).toBe(24);
    // The mode fixes the mask: another value is refused with the reason, the fixed one is fine.
    const refused = actions(store).setNodeMask("ipv4", 25);
    expect(refused.ok ? "" : refused.error).toContain("AKS has no setting for another size");
    expect(store.getState().design.ipv4?.nodeMask).toBe(24);
    expect(actions(store).setNodeMask("ipv4", 24).ok).toBe(true);
  });

  it("on GKE, max pods moves the per-node range; Autopilot's max pods is fixed", () => {
    const store = fresh();
    actions(store).setCni("gke");
    expect(store.getState().design.ipv4?.nodeMask).toBe(24);
    const result = actions(store).setMaxPods(64);
    expect(result.ok && result.value.note).toContain("IPv4 node mask set to /25");
    expect(store.getState().design.ipv4?.nodeMask).toBe(25);
    expect(actions(store).setNodeMask("ipv4", 24).ok).toBe(false);
    actions(store).setCniOption({ mode: "autopilot" });
    expect(store.getState().design.nodes.maxPods).toBe(32);
    expect(store.getState().design.ipv4?.nodeMask).toBe(26);
    const refused = actions(store).setMaxPods(40);
    expect(refused.ok ? "" : refused.error).toContain("GKE Autopilot runs 32 pods per node");
  });

  it("changes CNI options of the current kind only", () => {
    const store = fresh();
    expect(actions(store).setCniOption({ backend: "host-gw" }).ok).toBe(false);
    actions(store).setCni("cilium");
    expect(actions(store).setCniOption({ ipam: "multi-pool", routingMode: "native" }).ok).toBe(
      true,
    );
    expect(store.getState().design.cni).toMatchObject({
      kind: "cilium",
      ipam: "multi-pool",
      routingMode: "native",
    });
    expect(actions(store).setCniOption({ ipam: "bogus" as "eni" }).ok).toBe(false);
  });

  it("a new IPAM mode repairs options it refuses, with a note; an explicit choice is kept", () => {
    const store = fresh();
    actions(store).setCni("calico");
    const hostLocal = actions(store).setCniOption({ ipam: "host-local" });
    expect(hostLocal.ok && hostLocal.value.note).toMatch(/VXLAN with HostLocal/);
    expect(store.getState().design.cni).toMatchObject({ encapsulation: "None", bgp: true });
    actions(store).setCni("cilium");
    actions(store).setCniOption({ ipam: "multi-pool" });
    expect(store.getState().design.cni).toMatchObject({ routingMode: "native" });
    actions(store).setCniOption({ routingMode: "tunnel" });
    expect(store.getState().design.cni).toMatchObject({
      ipam: "multi-pool",
      routingMode: "tunnel",
    });
  });

  it("edits named lists: unique names, free default ranges, normalised CIDRs", () => {
    const store = fresh();
    actions(store).addNodeNetwork();
    actions(store).addExternalRange({ name: "docker-bridge", cidr: "172.17.0.0/16" });
    actions(store).addExternalRange({ name: "docker-bridge", cidr: "169.254.0.0/16" });
    actions(store).addLbPool();
    const d = store.getState().design;
    expect(d.nodes.networks.map((n) => n.name)).toEqual(["nodes", "nodes-2"]);
    expect(d.externalRanges.map((n) => n.name)).toEqual(["docker-bridge", "docker-bridge-2"]);
    expect(d.loadBalancer.pools).toEqual([{ name: "pool", range: "192.168.100.0/28" }]);
    const note = actions(store).updateExternalRange(0, { cidr: "172.17.0.1/16" });
    expect(note.ok && note.value.note).toBe("normalised to 172.17.0.0/16 (host bits cleared)");
    expect(actions(store).updateLbPool(0, { range: "192.168.100.10 - 192.168.100.20" }).ok).toBe(
      true,
    );
    expect(store.getState().design.loadBalancer.pools[0]?.range).toBe(
      "192.168.100.10-192.168.100.20",
    );
    actions(store).removeNodeNetwork(1);
    expect(store.getState().design.nodes.networks).toHaveLength(1);
  });

  it("replaces the design, optionally starting a fresh history", () => {
    const store = fresh();
    actions(store).setNodeCount(5);
    const kind = PRESETS[2]?.design;
    expect(actions(store).replaceDesign(kind, { resetHistory: true }).ok).toBe(true);
    expect(actions(store).canUndo()).toBe(false);
    expect(store.getState().design.name).toBe(kind?.name);
  });

  it("keeps view changes out of the undo history", () => {
    const store = fresh();
    actions(store).selectCell("ipv4/pods/0");
    actions(store).focusField("ipv4.podCidrs.0");
    actions(store).focusField("ipv4.podCidrs.0");
    const view = store.getState().view;
    expect(view.selectedCellId).toBe("ipv4/pods/0");
    expect(view.focusRequest).toEqual({ path: "ipv4.podCidrs.0", nonce: 2 });
    expect(actions(store).canUndo()).toBe(false);
  });
});
