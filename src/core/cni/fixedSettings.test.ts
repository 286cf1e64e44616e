import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyseDesign.ts";
import { defaultCni, defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import type { Cni, Design } from "../design/schema.ts";
import { fixedSettingAt, fixedSettings, withFixedSettings } from "./fixedSettings.ts";

const withCni = (cni: Cni, patch: Partial<Design> = {}): Design => ({
  ...defaultDesign(),
  cni,
  ...patch,
});
const gke = (mode: "standard" | "autopilot", managedServices = false): Cni => ({
  kind: "gke",
  mode,
  managedServices,
});

describe("fixedSettings", () => {
  it("fixes nothing for CNIs that let the user choose", () => {
    for (const kind of [
      "generic",
      "cilium",
      "calico",
      "flannel",
      "aws-vpc",
      "azure-cni",
    ] as const) {
      expect(fixedSettings(withCni(defaultCni(kind)))).toEqual([]);
    }
  });

  it("fixes the /24 per node on AKS overlay and kubenet, saying why", () => {
    for (const kind of ["azure-overlay", "aks-kubenet"] as const) {
      const fixed = fixedSettingAt(withCni(defaultCni(kind)), "ipv4.nodeMask");
      expect(fixed?.value).toBe(24);
      expect(fixed?.reason).toMatch(/gives every node a \/24 of the pod range/);
    }
  });

  it("derives GKE's per-node range from max pods, Autopilot's 32 pods and the managed range", () => {
    const standard = withCni(gke("standard", true), {
      nodes: { ...defaultDesign().nodes, maxPods: 64 },
    });
    expect(fixedSettingAt(standard, "ipv4.nodeMask")?.value).toBe(25);
    expect(fixedSettingAt(standard, "ipv4.serviceCidr")?.value).toBe("34.118.224.0/20");
    expect(fixedSettingAt(standard, "nodes.maxPods")).toBeUndefined();
    const autopilot = withCni(gke("autopilot"));
    expect(fixedSettingAt(autopilot, "nodes.maxPods")?.value).toBe(32);
    expect(fixedSettingAt(autopilot, "ipv4.nodeMask")?.value).toBe(26);
    expect(fixedSettingAt(autopilot, "ipv4.serviceCidr")).toBeUndefined();
  });

  it("leaves out a family the design does not have", () => {
    const v6 = defaultDesign();
    const design: Design = {
      ...v6,
      ipFamilies: ["ipv6"],
      ipv6: { podCidrs: ["fd00:10:244::/56"], nodeMask: 64, serviceCidr: "fd00:10:96::/112" },
      cni: defaultCni("azure-overlay"),
    };
    delete design.ipv4;
    expect(fixedSettings(design).map((s) => s.path)).toEqual(["ipv6.nodeMask"]);
    expect(fixedSettings({ ...design, cni: defaultCni("generic") })).toEqual([]);
  });

  it("fixes the IPv6 /80 per node of a dual-stack AKS cluster (overlay and kubenet)", () => {
    const preset = PRESETS.find((p) => p.id === "dual-stack")!.design;
    for (const kind of ["azure-overlay", "aks-kubenet"] as const) {
      const design = { ...preset, cni: defaultCni(kind) };
      expect(fixedSettingAt(design, "ipv4.nodeMask")?.value).toBe(24);
      const fixed = fixedSettingAt(design, "ipv6.nodeMask");
      expect(fixed?.value).toBe(80);
      expect(fixed?.reason).toMatch(/gives every node a \/80 of the IPv6 pod range/);
      // withFixedSettings puts it in place with a note, and the AKS rules then agree.
      expect(design.ipv6?.nodeMask).toBe(64);
      const before = analyse(design).findings.filter((f) => f.fields.includes("ipv6.nodeMask"));
      expect(before.map((f) => f.rule)).toContain(
        kind === "aks-kubenet" ? "aks-network" : "aks-overlay",
      );
      const { design: fixedDesign, notes } = withFixedSettings(design);
      expect(fixedDesign.ipv6?.nodeMask).toBe(80);
      expect(notes).toContain(`IPv6 node mask set to /80: ${fixed?.reason}`);
      const after = analyse(fixedDesign).findings.filter((f) => f.fields.includes("ipv6.nodeMask"));
      expect(after.filter((f) => f.rule.startsWith("aks"))).toEqual([]);
    }
  });
});

describe("withFixedSettings", () => {
  it("puts every fixed value in place with a note each, and the mode's rules then agree", () => {
    const start = withCni(gke("autopilot", true), {
      ipv4: { podCidrs: ["10.4.0.0/17"], nodeMask: 25, serviceCidr: "10.8.0.0/20" },
    });
    expect(analyse(start).findings.filter((f) => f.rule === "gke-vpc-native").length).toBe(3);
    const { design, notes } = withFixedSettings(start);
    expect(design.nodes.maxPods).toBe(32);
    expect(design.ipv4).toMatchObject({ nodeMask: 26, serviceCidr: "34.118.224.0/20" });
    expect(notes).toHaveLength(3);
    const gkeFindings = analyse(design).findings.filter(
      (f) => f.rule === "gke-vpc-native" && f.fields[0] !== "nodes.networks",
    );
    expect(gkeFindings).toEqual([]);
  });

  it("keeps what the caller names, for the rules to judge", () => {
    const start = withCni(gke("autopilot", true), {
      ipv4: { podCidrs: ["10.4.0.0/17"], nodeMask: 26, serviceCidr: "10.8.0.0/20" },
    });
    const { design } = withFixedSettings(start, { maxPods: true, serviceCidr: true });
    expect(design.nodes.maxPods).toBe(110);
    expect(design.ipv4?.serviceCidr).toBe("10.8.0.0/20");
  });

  it("changes nothing, without notes, when every fixed value is in place", () => {
    const start = withCni(defaultCni("azure-overlay"));
    expect(withFixedSettings(start)).toEqual({ design: start, notes: [] });
  });
});
