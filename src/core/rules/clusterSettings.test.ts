import { describe, expect, it } from "vitest";
import { kubeletStandalone } from "./kubeletStandalone.ts";
import { kubernetesVersion } from "./kubernetesVersion.ts";
import { nodePortRange } from "./nodePortRange.ts";
import { check, designWith, dualStack, v4, v6 } from "../../../test/core/rules/testDesigns.ts";

const version = (v: string) => check(kubernetesVersion, designWith({ kubernetesVersion: v }));
const ports = (range: string) => check(nodePortRange, designWith({ nodePortRange: range }));

describe("kubernetes-version at the edges of 1.30-1.36", () => {
  it("1.30 and 1.36 are silent; 1.29 is older (out of support), 1.37 newer (may have changed)", () => {
    expect(version("1.30")).toEqual([]);
    expect(version("1.36")).toEqual([]);
    expect(version("1.29")).toEqual([
      {
        rule: "kubernetes-version",
        severity: "info",
        fields: ["kubernetesVersion"],
        message:
          "Kubernetes 1.29 is older than the versions this designer checks (1.30-1.36); version-dependent rules (the Service range limit lifted in 1.34, the ServiceCIDR allocator from 1.33) are applied by version number, and that release is out of upstream support.",
        fix: "Check the release notes of 1.29 for networking flag changes.",
        source: "reference",
      },
    ]);
    expect(version("1.37").map((f) => f.message)).toEqual([
      "Kubernetes 1.37 is newer than the versions this designer checks (1.30-1.36); version-dependent rules (the Service range limit lifted in 1.34, the ServiceCIDR allocator from 1.33) are applied by version number and may have changed.",
    ]);
  });
});

describe("node-port-range at its edges", () => {
  const WELL_KNOWN =
    "NodePort range 80-40000 includes well-known ports below 1024; kube-proxy opens every NodePort on every node, so a Service can take a port sshd, DNS or an ingress needs.";
  const EPHEMERAL =
    "NodePort range 80-40000 overlaps Linux's default ephemeral port range 32768-60999; outgoing connections from the nodes can take a port a NodePort Service needs.";

  it("a range from 80 into the ephemeral ports: both warnings, each with its fix and source", () => {
    expect(ports("80-40000")).toEqual([
      {
        rule: "node-port-range",
        severity: "warning",
        fields: ["nodePortRange"],
        message: WELL_KNOWN,
        fix: "Keep the NodePort range above 1023 (default 30000-32767).",
        source: "kube-apiserver",
      },
      {
        rule: "node-port-range",
        severity: "warning",
        fields: ["nodePortRange"],
        message: EPHEMERAL,
        fix: "Keep the NodePort range below 32768, or reserve it with net.ipv4.ip_local_reserved_ports on every node.",
        source: "Linux",
      },
    ]);
  });

  it("well-known ports: from 1023 warns, from 1024 is silent", () => {
    expect(ports("1023-2000").map((f) => f.source)).toEqual(["kube-apiserver"]);
    expect(ports("1024-2000")).toEqual([]);
  });

  it("ephemeral ports 32768-60999: touching either end warns, one port short is silent", () => {
    expect(ports("30000-32767")).toEqual([]);
    expect(ports("30000-32768").map((f) => f.source)).toEqual(["Linux"]);
    expect(ports("60999-61500").map((f) => f.source)).toEqual(["Linux"]);
    expect(ports("61000-61500")).toEqual([]);
  });

  it("reads the range with surrounding spaces, and nothing from text that is not a range", () => {
    expect(ports(" 80-1000 ").map((f) => f.source)).toEqual(["kube-apiserver"]);
    expect(ports("port 80-1000")).toEqual([]);
    expect(ports("80-1000 ports")).toEqual([]);
    expect(ports("80")).toEqual([]);
  });
});

describe("kubelet-standalone-pod-cidr", () => {
  const standalone = { cni: { kind: "kubelet-standalone" as const } };
  const tail =
    "; nothing checks that two nodes do not get the same range or that ranges avoid the Service range. A kubelet in a cluster ignores --pod-cidr and takes node.spec.podCIDR instead.";

  it("dual-stack: counts the node ranges of each family's first pod range", () => {
    expect(check(kubeletStandalone, dualStack(v4(), v6(), standalone))).toEqual([
      {
        rule: "kubelet-standalone-pod-cidr",
        severity: "info",
        fields: ["cni.ipam", "ipv4.nodeMask", "ipv6.nodeMask"],
        message: `Each kubelet needs its own --pod-cidr from the pod range (256 /24 ranges (ipv4), 256 /64 ranges (ipv6))${tail}`,
        fix: "Keep a record of which node has which range; use kube-controller-manager allocation for anything beyond a lab.",
        source: "kubelet",
      },
    ]);
  });

  it("a family without a pod range is left out of the list", () => {
    const found = check(kubeletStandalone, dualStack(v4(), v6({ podCidrs: [] }), standalone));
    expect(found.map((f) => f.message)).toEqual([
      `Each kubelet needs its own --pod-cidr from the pod range (256 /24 ranges (ipv4))${tail}`,
    ]);
  });
});
