import { describe, expect, it } from "vitest";
import { describeCni } from "../cni/describeCni.ts";
import { aksOverlay } from "./aksOverlay.ts";
import { overlapNodeNetworks } from "./overlapNodeNetworks.ts";
import { overlapPodsServices } from "./overlapPodsServices.ts";
import { check, designWith, nodes, v4 } from "../../../test/core/rules/testDesigns.ts";

const cni = { kind: "azure-overlay" } as const;

describe("Azure CNI Overlay rules", () => {
  it("describes the mode: cloud-carved /24s from the pod range, Service range unknown", () => {
    const d = describeCni(cni);
    expect(d).toMatchObject({
      nodeRanges: "cloud",
      podIps: "azure-overlay",
      usesPodRange: true,
      knowsServiceRange: false,
      needsControllerManagerAllocation: false,
      maxPodCidrsPerFamily: 1,
    });
    expect(d.notes.join(" ")).toContain("/24");
  });

  it("makes a pod range overlapping the Service range an error (nothing withholds node ranges)", () => {
    const design = designWith({
      ipv4: v4({ podCidrs: ["10.0.0.0/16"], serviceCidr: "10.0.0.0/16" }),
      cni,
    });
    const found = check(overlapPodsServices, design);
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]?.message).toContain("Azure CNI Overlay (AKS)");
  });

  it("makes a pod range overlapping a node network an error", () => {
    const design = designWith({
      cni,
      nodes: nodes({ networks: [{ name: "aks-subnet", cidr: "10.244.8.0/22" }] }),
    });
    expect(check(overlapNodeNetworks, design).some((f) => f.severity === "error")).toBe(true);
  });

  it("flags each AKS reserved range a pod, Service or node range overlaps", () => {
    const design = designWith({
      ipv4: v4({ podCidrs: ["172.31.0.0/16"], serviceCidr: "192.0.2.0/24" }),
      cni,
      nodes: nodes({ networks: [{ name: "link-local", cidr: "169.254.0.0/24" }] }),
    });
    const found = check(aksOverlay, design);
    expect(found.map((f) => f.fields[0]).sort()).toEqual([
      "ipv4.podCidrs.0",
      "ipv4.serviceCidr",
      "nodes.networks.0.cidr",
    ]);
    expect(
      found.every((f) => f.severity === "error" && f.source?.includes("configure-kubenet")),
    ).toBe(true);
  });

  it("accepts the 250-pod maximum and refuses one more", () => {
    expect(check(aksOverlay, designWith({ cni, nodes: nodes({ maxPods: 250 }) }))).toEqual([]);
    expect(check(aksOverlay, designWith({ cni, nodes: nodes({ maxPods: 251 }) }))).toHaveLength(1);
  });
});
