import { describe, expect, it } from "vitest";
import { defaultDesign } from "../core/design/defaults.ts";
import { PRESETS } from "../core/design/presets.ts";
import { runRules } from "../core/rules/runRules.ts";
import { createAppStore } from "./createAppStore.ts";
import { presetStatus } from "./presetStatus.ts";

const statusOf = (store: ReturnType<typeof createAppStore>) => {
  const s = store.getState();
  return presetStatus(s.design, s.history, s.view.presetOrigin).label;
};

describe("presetStatus", () => {
  it("names the preset the design equals (the default design is kubeadm's)", () => {
    const store = createAppStore(defaultDesign(), { storage: null });
    expect(statusOf(store)).toBe("kubeadm");
    store.getState().actions.loadPreset("k3s");
    expect(statusOf(store)).toBe("k3s / RKE2");
  });

  it('says "<preset>, edited" after an edit or a CNI switch, and "Custom" after undoing the load', () => {
    const store = createAppStore(defaultDesign(), { storage: null });
    const { actions } = store.getState();
    actions.loadPreset("kind");
    actions.setCni("cilium");
    expect(statusOf(store)).toBe("kind, edited");
    actions.undo();
    expect(statusOf(store)).toBe("kind");
    actions.setNodeCount(7);
    expect(statusOf(store)).toBe("kind, edited");
    actions.undo();
    actions.undo();
    actions.setNodeCount(9);
    expect(statusOf(store)).toBe("Custom");
  });

  it('says "Custom" after an import replaces the design', () => {
    const store = createAppStore(defaultDesign(), { storage: null });
    const { actions } = store.getState();
    actions.loadPreset("kubeadm");
    const imported = { ...defaultDesign(), ipv4: { ...defaultDesign().ipv4!, nodeMask: 25 } };
    expect(actions.replaceDesign(imported).ok).toBe(true);
    expect(statusOf(store)).toBe("Custom");
  });

  it("tells a preset from a design with its ranges but one more pool, and a big design is Custom", () => {
    const store = createAppStore(defaultDesign(), { storage: null });
    const kubeadm = store.getState().design;
    const pool = { name: "extra", range: "192.168.50.0/24" };
    const more = {
      ...kubeadm,
      loadBalancer: { ...kubeadm.loadBalancer, pools: [...kubeadm.loadBalancer.pools, pool] },
    };
    expect(store.getState().actions.replaceDesign(more).ok).toBe(true);
    expect(statusOf(store)).toBe("Custom");
    // Same list lengths as kubeadm, one field changed: the full comparison still runs.
    const renamed = { ...kubeadm, clusterDomain: "example.internal" };
    expect(presetStatus(renamed, store.getState().history, undefined).label).toBe("Custom");
    expect(
      presetStatus({ ...kubeadm, name: "other" }, store.getState().history, undefined).label,
    ).toBe("kubeadm");
  });

  it("loading a preset is one undo step", () => {
    const store = createAppStore(defaultDesign(), { storage: null });
    const before = store.getState().design;
    store.getState().actions.loadPreset("openshift");
    store.getState().actions.undo();
    expect(store.getState().design).toBe(before);
  });
});

describe("presets", () => {
  it("every preset opens without errors unless it says it shows one", () => {
    for (const preset of PRESETS) {
      const errors = runRules(preset.design).filter((f) => f.severity === "error");
      if (preset.showsError) {
        expect(errors.length, preset.id).toBeGreaterThan(0);
        expect(preset.description, preset.id).toMatch(/error/i);
      } else {
        expect(
          errors.map((f) => f.message),
          preset.id,
        ).toEqual([]);
      }
    }
  });
});
