import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { calico, testDesign } from "../../test/core/capacity/testDesign.ts";
import { markRefused, renderMarked, targetRefusals } from "./refusals.ts";
import { kindTarget } from "./targets/kind.ts";
import { kubeadmTarget } from "./targets/kubeadm.ts";
import { defaultCni } from "../core/design/defaults.ts";
import { cilium } from "../../test/core/capacity/testDesign.ts";
import { targetsFor } from "./registry.ts";

// kubeadm ValidatePodSubnetNodeMask (cmd/kubeadm/app/apis/kubeadm/validation/validation.go):
// "the size of pod subnet with mask 25 is smaller than the size of node subnet with mask 24".
const refused = () => testDesign({ ipv4: { podCidrs: ["10.244.0.0/25"], nodeMask: 24 } });

describe("export refusals: the target tool's own errors, named in the files", () => {
  it("a pod range shorter than the node mask is a kubeadm refusal quoting kubeadm", () => {
    const [r] = targetRefusals(kubeadmTarget, refused());
    expect(r?.tool).toBe("kubeadm");
    expect(r?.message).toContain(
      "the size of pod subnet with mask 25 is smaller than the size of node subnet with mask 24",
    );
    expect(targetRefusals(kubeadmTarget, testDesign())).toEqual([]);
  });

  it("the marked file names the refusal at its top and still parses as the same YAML", () => {
    const { files, refusals } = renderMarked(kubeadmTarget, refused());
    expect(refusals).toHaveLength(1);
    const text = files[0]?.text ?? "";
    expect(text.startsWith("# REFUSED by kubeadm: kubeadm refuses pod range 10.244.0.0/25")).toBe(
      true,
    );
    const plain = kubeadmTarget.render(refused())[0]?.text ?? "";
    expect(text.endsWith(plain)).toBe(true);
  });

  it("JSON files are left unchanged (no comments in JSON)", () => {
    const file = { filename: "x.json", text: "{}", language: "json" as const };
    const r = { tool: "t", rule: "r", message: "m", fields: [] };
    expect(markRefused([file], [r])).toEqual([file]);
  });
});

describe("kind carries the node masks through kubeadmConfigPatches", () => {
  const patchesOf = (text: string) =>
    ((parse(text) as { kubeadmConfigPatches?: string[] }).kubeadmConfigPatches ?? []).map(
      (p) => parse(p) as Record<string, unknown>,
    );

  it("a /26 node mask goes to kubeadm v1beta3 (map) and v1beta4 (list) extraArgs", () => {
    const d = testDesign({ ipv4: { podCidrs: ["10.244.0.0/20"], nodeMask: 26 } });
    const patches = patchesOf(kindTarget.render(d)[0]?.text ?? "");
    expect(patches).toEqual([
      {
        apiVersion: "kubeadm.k8s.io/v1beta3",
        kind: "ClusterConfiguration",
        controllerManager: { extraArgs: { "node-cidr-mask-size-ipv4": "26" } },
      },
      {
        apiVersion: "kubeadm.k8s.io/v1beta4",
        kind: "ClusterConfiguration",
        controllerManager: { extraArgs: [{ name: "node-cidr-mask-size-ipv4", value: "26" }] },
      },
    ]);
    // With the mask patched in, kubeadm validates /20 against /26: no refusal.
    expect(targetRefusals(kindTarget, d)).toEqual([]);
  });

  it("default masks need no patch", () => {
    expect(patchesOf(kindTarget.render(testDesign())[0]?.text ?? "")).toEqual([]);
  });

  it("a CNI with its own IPAM turns node IPAM off (kubeadm then skips the node-mask check)", () => {
    const d = testDesign({ cni: calico("calico-ipam") });
    const patches = patchesOf(kindTarget.render(d)[0]?.text ?? "");
    expect(patches.map((p) => p.controllerManager)).toEqual([
      { extraArgs: { "allocate-node-cidrs": "false" } },
      { extraArgs: [{ name: "allocate-node-cidrs", value: "false" }] },
    ]);
  });
});

describe("a second pod range of one family is named where a file cannot carry it", () => {
  it("kubeadm and kind name the range they leave out", () => {
    const d = testDesign({ ipv4: { podCidrs: ["10.244.0.0/16", "10.245.0.0/16"] } });
    for (const target of [kubeadmTarget, kindTarget]) {
      const text = target.render(d)[0]?.text ?? "";
      expect(text, target.id).toMatch(/NOT CARRIED: .* 10\.245\.0\.0\/16 is left out of this file/);
      expect(
        text
          .split("\n")
          .filter((l) => !l.startsWith("#"))
          .join("\n"),
      ).not.toContain("10.245.0.0/16");
    }
  });

  // Issue 9: "a design with two IPv4 pod ranges validates as refused but every export silently
  // keeps only the first". Every file that writes the first range names the second too (as data,
  // or in a NOT CARRIED note), under every node-range allocator.
  it("every export that writes the first pod range names the second", () => {
    const cnis = [
      defaultCni("generic"),
      defaultCni("flannel"),
      defaultCni("kubelet-standalone"),
      calico("calico-ipam"),
      calico("host-local"),
      cilium("cluster-pool"),
      cilium("kubernetes"),
      cilium("multi-pool"),
    ];
    let checked = 0;
    for (const cni of cnis) {
      const d = testDesign({ ipv4: { podCidrs: ["10.244.0.0/16", "10.246.0.0/16"] }, cni });
      for (const target of targetsFor(d)) {
        for (const file of target.render(d)) {
          if (!file.text.includes("10.244.0.0/16")) continue;
          checked++;
          expect(file.text, `${cni.kind} ${target.id} ${file.filename}`).toContain("10.246.0.0/16");
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});
