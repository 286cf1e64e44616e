import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GOLDEN_CASES } from "../../../test/exporters/goldenCases.ts";
import { renderCiliumValues } from "./ciliumValues.ts";
import { RKE2_CILIUM_CONFIG, renderRke2Config } from "./rke2Config.ts";

const YAML_1_1 = { version: "1.1" } as const;

describe("RKE2 HelmChartConfig for rke2-cilium", () => {
  const rke2Cases = GOLDEN_CASES.filter((c) => c.targets.includes("rke2-config"));

  it("is written for every Cilium design, with the cilium-values export as valuesContent", () => {
    const cilium = rke2Cases.filter((c) => c.design.cni.kind === "cilium");
    expect(cilium.length).toBeGreaterThan(0);
    for (const c of cilium) {
      const file = renderRke2Config(c.design).find((f) => f.filename === RKE2_CILIUM_CONFIG);
      expect(file, c.name).toBeDefined();
      const doc = parse(file?.text ?? "", YAML_1_1) as {
        apiVersion: string;
        kind: string;
        metadata: { name: string; namespace: string };
        spec: { valuesContent: string };
      };
      expect(doc.apiVersion).toBe("helm.cattle.io/v1");
      expect(doc.kind).toBe("HelmChartConfig");
      expect(doc.metadata).toEqual({ name: "rke2-cilium", namespace: "kube-system" });
      const values = renderCiliumValues(c.design)[0]?.text ?? "";
      expect(doc.spec.valuesContent).toBe(values);
      expect(parse(doc.spec.valuesContent, YAML_1_1)).toEqual(parse(values, YAML_1_1));
    }
  });

  it("is not written for other CNIs, and config.yaml says no HelmChartConfig is generated", () => {
    const others = rke2Cases.filter((c) => c.design.cni.kind !== "cilium");
    expect(others.length).toBeGreaterThan(0);
    for (const c of others) {
      const files = renderRke2Config(c.design);
      expect(files.map((f) => f.filename)).toEqual(["rke2-config.yaml"]);
      if (["calico", "flannel"].includes(c.design.cni.kind)) {
        expect(files[0]?.text).toContain(
          `No HelmChartConfig is generated for rke2-${c.design.cni.kind}`,
        );
      }
    }
  });
});
