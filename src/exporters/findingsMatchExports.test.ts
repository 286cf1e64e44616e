import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { GOLDEN_CASES } from "../../test/exporters/goldenCases.ts";
import { ciliumSupportsTunnel } from "../core/cni/ciliumRouting.ts";
import { chooseCni } from "../core/design/chooseCni.ts";
import { defaultCni, defaultDesign } from "../core/design/defaults.ts";
import { CILIUM_IPAM_MODES, type Design } from "../core/design/schema.ts";
import { runRules } from "../core/rules/runRules.ts";
import { targetsFor } from "./registry.ts";
import { renderCiliumValues } from "./targets/ciliumValues.ts";

function ciliumValues(design: Design): Record<string, unknown> {
  const file = renderCiliumValues(design)[0];
  return parse(file?.text ?? "") as Record<string, unknown>;
}

function ciliumDesign(ipam: (typeof CILIUM_IPAM_MODES)[number], routing: "tunnel" | "native") {
  const cilium = defaultCni("cilium");
  if (cilium.kind !== "cilium") throw new Error("unreachable");
  return chooseCni(defaultDesign(), { ...cilium, ipam, routingMode: routing }).design;
}

// docs.cilium.io/en/stable/network/concepts/ipam feature table: tunnel routing only with
// Kubernetes host scope and cluster scope; direct routing with every mode.
describe("Cilium routing follows the IPAM mode", () => {
  // Every IPAM mode × requested routing: the domain is small, so every case runs.
  const cases = CILIUM_IPAM_MODES.flatMap((ipam) =>
    (["tunnel", "native"] as const).map((routing) => [ipam, routing] as const),
  );
  it.each(cases)("%s with %s routing exports a routingMode the mode supports", (ipam, routing) => {
    const values = ciliumValues(ciliumDesign(ipam, routing));
    const mode = values.routingMode;
    expect(mode === "native" || ciliumSupportsTunnel(ipam)).toBe(true);
    expect(mode).toBe(routing === "tunnel" && ciliumSupportsTunnel(ipam) ? "tunnel" : "native");
  });

  it("an explicit tunnel with eni, azure or crd is an error, and the export says REFUSED", () => {
    for (const ipam of ["eni", "azure", "crd", "multi-pool"] as const) {
      const d = defaultDesign();
      const cilium = defaultCni("cilium");
      if (cilium.kind !== "cilium") throw new Error("unreachable");
      d.cni = { ...cilium, ipam, routingMode: "tunnel" };
      const errors = runRules(d).filter((f) => f.rule === "cilium-ipam-tunnel");
      expect(errors.map((f) => f.severity)).toEqual(["error"]);
      expect(renderCiliumValues(d)[0]?.text).toContain("REFUSED: Cilium documents");
    }
  });
});

/** Every finding that states what an export contains, checked against that export. */
describe("findings that describe an export are true of the export", () => {
  const designs: Design[] = [
    ...GOLDEN_CASES.map((c) => c.design),
    ...CILIUM_IPAM_MODES.flatMap((m) => [ciliumDesign(m, "tunnel"), ciliumDesign(m, "native")]),
  ];

  it("native-routing CIDR findings name the CIDR the Cilium values set", () => {
    let checked = 0;
    for (const design of designs) {
      for (const f of runRules(design).filter((x) => x.rule === "cilium-native-routing-cidr")) {
        const m = /(ipv[46])NativeRoutingCIDR = (\S+?) \(/.exec(f.message);
        expect(m, f.message).not.toBeNull();
        expect(ciliumValues(design)[`${m?.[1]}NativeRoutingCIDR`]).toBe(m?.[2]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it("'no pod CIDR is exported' holds for every export of cloud IPAM designs", () => {
    let checked = 0;
    for (const design of designs) {
      if (!runRules(design).some((f) => f.rule === "cilium-cloud-ipam")) continue;
      const pods = design.ipFamilies.flatMap((f) => design[f]?.podCidrs ?? []);
      for (const target of targetsFor(design)) {
        for (const file of target.render(design)) {
          for (const cidr of pods) expect(file.text, `${target.id}`).not.toContain(cidr);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it("Flannel's Network finding names the Network the flannel export writes", () => {
    let checked = 0;
    for (const design of designs) {
      const f = runRules(design).find((x) => x.rule === "flannel-network");
      if (!f) continue;
      const text = targetsFor(design)
        .find((t) => t.id === "flannel")
        ?.render(design)
        .map((x) => x.text)
        .join("\n");
      for (const m of f.message.matchAll(/(IPv6Network|Network) = (\S+?)[,;]/g)) {
        expect(text).toContain(`"${m[1]}": "${m[2]}"`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2);
  });
});
