import { describe, expect, it } from "vitest";
import { PRESETS } from "../design/presets.ts";
import { designSchema } from "../design/schema.ts";
import { runRules } from "../rules/runRules.ts";
import { platformCapacity, platformOf } from "./platformCapacity.ts";

const cloud = PRESETS.filter((p) => platformOf(p.design.cni) !== undefined);

describe("managed-cloud presets", () => {
  it("cover EKS (secondary IPs, prefix delegation), GKE Standard and Autopilot, every AKS plugin", () => {
    const kinds = cloud.map((p) => {
      const cni = p.design.cni;
      return `${cni.kind}/${"ipam" in cni ? cni.ipam : "mode" in cni ? cni.mode : ("dataplane" in cni && cni.dataplane) || "-"}`;
    });
    expect(kinds).toEqual(
      expect.arrayContaining([
        "aws-vpc/secondary-ip",
        "aws-vpc/prefix-delegation",
        "gke/standard",
        "gke/autopilot",
        "aks-kubenet/-",
        "azure-cni/flat",
        "azure-cni/pod-subnet",
        "azure-overlay/cilium",
      ]),
    );
  });

  // Every cloud preset opens with no finding at all, except kubenet's retirement notice, which
  // every kubenet design carries (its description says so), and the older AKS overlay preset's
  // 250 pods per node (AKS's overlay default), which scale-guidance notes as information.
  it.each(cloud.map((p) => [p.id, p] as const))("%s is valid and free of findings", (_, p) => {
    expect(designSchema.safeParse(p.design).success).toBe(true);
    const findings = runRules(p.design).map((f) => `${f.rule}: ${f.message}`);
    if (p.id === "aks-kubenet") {
      expect(findings).toEqual([
        "aks-network: kubenet on AKS retires on 31 March 2028; new clusters should use Azure CNI Overlay.",
      ]);
    } else if (p.id === "aks-overlay") {
      expect(runRules(p.design).map((f) => `${f.rule}/${f.severity}`)).toEqual([
        "scale-guidance/info",
      ]);
    } else expect(findings).toEqual([]);
  });

  // reference/managed-clouds.md 1.4 (m5.large 29), 2.3 (/14 at /24 = 1,024; Autopilot /17 at /26 = 512).
  it("show the reference's worked figures", () => {
    const figures = (id: string) => {
      const p = PRESETS.find((x) => x.id === id);
      if (!p) throw new Error(id);
      return platformCapacity(p.design, p.design.nodes.count);
    };
    expect(figures("eks-secondary-ip")?.platformMaxPods).toBe(29);
    expect(figures("gke-standard")?.maxNodes).toBe(1024n);
    // Autopilot: the /17 pod range carries 512 nodes, but the /23 subnet only 2^9 − 4 = 508.
    expect(figures("gke-autopilot")?.maxNodes).toBe(508n);
  });
});
