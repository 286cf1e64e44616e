import { describe, expect, it } from "vitest";
import { defaultCni, defaultDesign } from "../../core/design/defaults.ts";
import type { Design } from "../../core/design/schema.ts";
import { targetsFor } from "../registry.ts";
import { parseExport } from "../../../test/exporters/validateExport.ts";
import { aksCliTarget, renderAksCli } from "./aksCli.ts";

function aksDesign(patch: Partial<Design> = {}): Design {
  return {
    ...defaultDesign(),
    ipv4: { podCidrs: ["10.244.0.0/16"], nodeMask: 24, serviceCidr: "10.0.0.0/16" },
    cni: defaultCni("azure-overlay"),
    ...patch,
  };
}

function flagsOf(design: Design): Record<string, string> {
  const [file] = renderAksCli(design);
  if (!file) throw new Error("no file");
  return Object.fromEntries(parseExport(file).flags.map((f) => [f.name, f.value]));
}

describe("aks-cli", () => {
  it("applies to Azure CNI Overlay only, and the self-managed targets do not", () => {
    expect(targetsFor(aksDesign()).map((t) => t.id)).toEqual(["aks-cli", "terraform-aks"]);
    expect(aksCliTarget.appliesTo(defaultDesign())).toBe(false);
  });

  // reference/kubernetes.md 7: az aks create --network-plugin azure --network-plugin-mode overlay
  // --pod-cidr … --service-cidr … --dns-service-ip …; DNS 10.0.0.10 in 10.0.0.0/16.
  it("writes the overlay flags with the tenth Service address as DNS IP", () => {
    expect(flagsOf(aksDesign({ nodes: { ...defaultDesign().nodes, maxPods: 200 } }))).toEqual({
      "resource-group": '"$RESOURCE_GROUP"',
      name: '"$CLUSTER_NAME"',
      "network-plugin": "azure",
      "network-plugin-mode": "overlay",
      "pod-cidr": "10.244.0.0/16",
      "service-cidr": "10.0.0.0/16",
      "dns-service-ip": "10.0.0.10",
      "max-pods": "200",
    });
  });

  it("clears host bits and keeps only the first pod CIDR, saying so", () => {
    const design = aksDesign({
      ipv4: {
        podCidrs: ["10.244.1.0/16", "10.245.0.0/16"],
        nodeMask: 24,
        serviceCidr: "10.0.0.0/16",
      },
    });
    expect(flagsOf(design)["pod-cidr"]).toBe("10.244.0.0/16");
    expect(renderAksCli(design)[0]?.text).toContain("only the first ipv4 range is used");
  });
});
