import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { calico, testDesign } from "../../test/core/capacity/testDesign.ts";
import { markRefused, renderMarked, targetRefusals } from "./refusals.ts";
import { kindTarget } from "./targets/kind.ts";
import { kubeadmTarget } from "./targets/kubeadm.ts";
import { defaultCni } from "../core/design/defaults.ts";
import { cilium } from "../../test/core/capacity/testDesign.ts";
import { targetsFor } from "./registry.ts";
import { calicoInstallationTarget } from "./targets/calicoInstallation.ts";
import { calicoIpPoolTarget } from "./targets/calicoIpPool.ts";
import { k3sConfigTarget } from "./targets/k3sConfig.ts";
import { kubeApiserverFlagsTarget } from "./targets/kubeApiserverFlags.ts";
import { kubeControllerManagerFlagsTarget } from "./targets/kubeControllerManagerFlags.ts";
import { metallbTarget } from "./targets/metallb.ts";
import { rke2ConfigTarget } from "./targets/rke2Config.ts";
import { talosTarget } from "./targets/talos.ts";

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

// Each target whose tool refuses a design: the design, the tool, and the tool's own text (each
// quoted by the rule that reproduces it; the rule files cite the upstream source).
describe("other targets name their tool's refusal", () => {
  const cases = [
    {
      target: kubeApiserverFlagsTarget,
      // kube-apiserver ServiceIPRange: fewer than 8 addresses (reference/kubernetes.md 2.1).
      design: testDesign({ ipv4: { serviceCidr: "10.96.0.0/30" } }),
      tool: "kube-apiserver",
      text: "the service cluster IP range must be at least 8 IP addresses",
    },
    {
      target: kubeControllerManagerFlagsTarget,
      // kube-controller-manager: IPv6 node mask more than 16 bits longer than the cluster CIDR.
      design: testDesign({ ipv6: { podCidrs: ["fd00::/100"], nodeMask: 120 } }),
      tool: "kube-controller-manager",
      text: "New CIDR set failed; the node CIDR size is too big",
    },
    {
      target: calicoInstallationTarget,
      design: testDesign({ ipv4: { nodeMask: 19 }, cni: calico("calico-ipam") }),
      tool: "Tigera operator",
      text: "IPv4 pool block size must be greater than 19 and less than or equal to 32",
    },
    {
      target: calicoIpPoolTarget,
      design: testDesign({
        ipv4: { podCidrs: ["169.254.0.0/16"], nodeMask: 26 },
        cni: calico("calico-ipam"),
      }),
      tool: "Calico (IPPool validation)",
      text: "IP pool range overlaps with IPv4 Link Local range 169.254.0.0/16",
    },
    {
      target: k3sConfigTarget,
      design: testDesign({ ipv4: { serviceCidr: "10.96.0.0/30" } }),
      tool: "k3s server (kube-apiserver, kube-controller-manager)",
      text: "the service cluster IP range must be at least 8 IP addresses",
    },
    {
      target: rke2ConfigTarget,
      design: testDesign({ ipv4: { podCidrs: ["10.244.0.0/25"], nodeMask: 24 } }),
      tool: "rke2 server (kube-apiserver, kube-controller-manager)",
      text: "kube-controller-manager refuses to start",
    },
    {
      target: talosTarget,
      design: testDesign({ ipv4: { serviceCidr: "10.96.0.0/30" } }),
      tool: "Talos control plane (kube-apiserver, kube-controller-manager)",
      text: "kube-apiserver refuses to start",
    },
  ];
  it.each(cases.map((c) => [c.target.id, c] as const))("%s", (_id, c) => {
    const refusals = targetRefusals(c.target, c.design);
    expect(refusals.map((r) => r.tool)).toContain(c.tool);
    expect(refusals.some((r) => r.message.includes(c.text))).toBe(true);
    expect(targetRefusals(c.target, testDesign({ cni: c.design.cni }))).toEqual([]);
  });

  it("MetalLB: overlapping pools are refused, a pool inside a node network is not", () => {
    const d = testDesign();
    d.loadBalancer = {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: [
        { name: "a", range: "192.0.2.0/28" },
        { name: "b", range: "192.0.2.8/29" },
      ],
    };
    const [r] = targetRefusals(metallbTarget, d);
    expect(r?.tool).toBe("MetalLB");
    expect(r?.message).toContain('in pool "b" overlaps with already defined CIDR');
    // A fresh design (the analysis is memoised per design object); 10.0.0.200 lies in the
    // default node network 10.0.0.0/22, as L2 announcements need: noted, not refused.
    const l2 = {
      ...d,
      loadBalancer: { ...d.loadBalancer, pools: [{ name: "l2", range: "10.0.0.200/32" }] },
    };
    expect(targetRefusals(metallbTarget, l2)).toEqual([]);
  });
});
