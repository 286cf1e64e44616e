import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { calico, testDesign } from "../../../test/core/capacity/testDesign.ts";
import type { Cni } from "../../core/design/schema.ts";
import { calicoInstallationTarget } from "./calicoInstallation.ts";
import { calicoIpPoolTarget } from "./calicoIpPool.ts";

type CalicoCni = Extract<Cni, { kind: "calico" }>;
const withIpam = (s: Partial<CalicoCni>): Cni => ({
  ...(calico("calico-ipam") as CalicoCni),
  ...s,
});

// docs.tigera.io calico/latest/reference/resources/ipamconfig: singleton "default",
// strictAffinity bool (default false), maxBlocksPerHost 0 - max(int32) (default 20).
describe("Calico IPAMConfiguration export", () => {
  it("is left out when the design keeps Calico's defaults", () => {
    const files = calicoIpPoolTarget.render(testDesign({ cni: withIpam({}) }));
    expect(files.map((f) => f.filename)).toEqual(["calico-ippools.yaml"]);
    const explicit = calicoIpPoolTarget.render(
      testDesign({ cni: withIpam({ maxBlocksPerHost: 20, strictAffinity: false }) }),
    );
    expect(explicit.map((f) => f.filename)).toEqual(["calico-ippools.yaml"]);
  });

  it("carries the design's maxBlocksPerHost and strictAffinity in the singleton", () => {
    const d = testDesign({ cni: withIpam({ maxBlocksPerHost: 4, strictAffinity: true }) });
    const file = calicoIpPoolTarget.render(d).find((f) => f.filename === "calico-ipamconfig.yaml");
    const docs = parseAllDocuments(file?.text ?? "").map((doc) => doc.toJS() as unknown);
    expect(docs).toEqual([
      {
        apiVersion: "projectcalico.org/v3",
        kind: "IPAMConfiguration",
        metadata: { name: "default" },
        spec: { strictAffinity: true, maxBlocksPerHost: 4 },
      },
    ]);
    const install = calicoInstallationTarget.render(d)[0]?.text ?? "";
    expect(install).toContain("apply calico-ipamconfig.yaml");
  });
});
