import { describe, expect, it } from "vitest";
import type { Design } from "../design/schema.ts";
import { overlapNodeNetworks } from "./overlapNodeNetworks.ts";
import { overlapPodRanges } from "./overlapPodRanges.ts";
import { overlapPodsServices } from "./overlapPodsServices.ts";
import {
  calico,
  briefOf,
  check,
  cilium,
  designWith,
  nodes,
  v4,
} from "../../../test/core/rules/testDesigns.ts";

describe("overlap-node-networks: pod, Service and node-network overlaps", () => {
  const design = designWith({
    ipv4: v4({ podCidrs: ["10.244.0.0/16"], serviceCidr: "10.96.0.0/12" }),
    nodes: nodes({
      networks: [
        { name: "a", cidr: "10.244.1.0/24" },
        { name: "b", cidr: "10.244.2.0/24" },
        { name: "c", cidr: "10.96.0.0/24" },
        { name: "d", cidr: "10.96.0.0/25" },
        { name: "e", cidr: "10.96.0.0/26" },
      ],
    }),
  });
  // Run inside each test: a finding computed while the file loads escapes the mutant switched on
  // for a test (Stryker per-test coverage), so it could not notice a mutant.
  const findings = () => check(overlapNodeNetworks, design);

  it("pod range (routing) and Service range (kube-apiserver's help) each with its fix, and the rest counted", () => {
    const found = findings();
    const pod = "Pick a pod range outside every node network.";
    const svc = "Pick a Service range outside every node network.";
    expect(found.slice(0, 4).map(briefOf)).toEqual([
      ["error", "ipv4.podCidrs.0 nodes.networks.0.cidr", pod, "routing"],
      ["error", "ipv4.podCidrs.0 nodes.networks.1.cidr", pod, "routing"],
      ["error", "ipv4.serviceCidr nodes.networks.2.cidr", svc, "kube-apiserver"],
      [
        "error",
        "ipv4.serviceCidr nodes.networks.3.cidr nodes.networks.4.cidr",
        svc,
        "kube-apiserver",
      ],
    ]);
    expect(found[0]?.message).toBe(
      'The pod range 10.244.0.0/16 overlaps the node network "a" (10.244.1.0/24) (shared: 10.244.1.0/24). Nodes route pod addresses through the pod network, so traffic to the nodes in the shared part goes astray.',
    );
    expect(found[1]?.message).toBe(
      'The pod range 10.244.0.0/16 also overlaps 1 more range (node network "b" (10.244.2.0/24)); traffic to the nodes in the shared parts goes astray.',
    );
    expect(found[2]?.message).toBe(
      'The Service range 10.96.0.0/12 overlaps the node network "c" (10.96.0.0/24) (shared: 10.96.0.0/24). kube-proxy captures traffic to Service IPs on every node, so nodes with those addresses become unreachable; kube-apiserver\'s own help says the Service range "must not overlap with any IP ranges assigned to nodes or pods".',
    );
  });

  it("node networks sharing addresses: warnings, the third one's second overlap counted", () => {
    const found = findings();
    const fix = "Make node networks disjoint, or merge them into one entry.";
    expect(found.slice(4).map(briefOf)).toEqual([
      ["warning", "nodes.networks.3.cidr nodes.networks.2.cidr", fix, "routing"],
      ["warning", "nodes.networks.4.cidr nodes.networks.2.cidr", fix, "routing"],
      ["warning", "nodes.networks.4.cidr nodes.networks.3.cidr", fix, "routing"],
    ]);
    expect(found[4]?.message).toBe(
      'The node network "d" (10.96.0.0/25) overlaps the node network "c" (10.96.0.0/24) (shared: 10.96.0.0/25); node addresses may be counted twice and routes become ambiguous.',
    );
    expect(found[6]?.message).toBe(
      'The node network "e" (10.96.0.0/26) also overlaps 1 more range (node network "d" (10.96.0.0/25)); node addresses may be counted twice and routes become ambiguous.',
    );
  });
});

describe("overlap-pod-ranges: the allocator's own refusal", () => {
  const nested = v4({ podCidrs: ["10.244.0.0/16", "10.244.0.0/17", "10.244.0.0/18"] });
  const pair = v4({ podCidrs: ["10.244.0.0/16", "10.244.0.0/17"] });
  const fix = "Remove the overlapping entry or make the pod ranges disjoint.";

  it("Cilium multi-pool: each later range names the first it collides with", () => {
    const found = check(overlapPodRanges, designWith({ ipv4: nested, cni: cilium("multi-pool") }));
    expect(found.map((f) => [f.fields, f.message])).toEqual([
      [
        ["ipv4.podCidrs.1", "ipv4.podCidrs.0"],
        'Pod range 10.244.0.0/17 overlaps pod range 10.244.0.0/16; the Cilium operator refuses the pool list: "unable to initialize IPv4 allocator: requested CIDR 10.244.0.0/17 collides with …" (multi-pool does not support overlapping pool CIDRs either).',
      ],
      [
        ["ipv4.podCidrs.2", "ipv4.podCidrs.0"],
        'Pod range 10.244.0.0/18 overlaps pod range 10.244.0.0/16; the Cilium operator refuses the pool list: "unable to initialize IPv4 allocator: requested CIDR 10.244.0.0/18 collides with …" (multi-pool does not support overlapping pool CIDRs either).',
      ],
    ]);
    expect(found.every((f) => f.severity === "error" && f.fix === fix)).toBe(true);
  });

  it("Cilium cluster-pool, Calico and kube-controller-manager allocation: their own words and source", () => {
    const found = (cni?: Design["cni"]) => {
      const [f, ...rest] = check(
        overlapPodRanges,
        designWith({ ipv4: pair, ...(cni ? { cni } : {}) }),
      );
      expect(rest).toEqual([]);
      return [f?.severity, f?.message, f?.fix, f?.source];
    };
    expect(found(cilium("cluster-pool"))).toEqual([
      "error",
      'Pod range 10.244.0.0/17 overlaps pod range 10.244.0.0/16; the Cilium operator refuses the pool list: "unable to initialize IPv4 allocator: requested CIDR 10.244.0.0/17 collides with …".',
      fix,
      "cilium-operator (pkg/ipam/allocator/clusterpool/cidralloc)",
    ]);
    expect(found(calico())).toEqual([
      "error",
      "Pod range 10.244.0.0/17 overlaps pod range 10.244.0.0/16; Calico IP pools must not overlap; the overlapping pool is rejected.",
      fix,
      "Calico",
    ]);
    expect(found()).toEqual([
      "error",
      "Pod range 10.244.0.0/17 overlaps pod range 10.244.0.0/16; the same addresses would be planned twice.",
      fix,
      "design",
    ]);
  });

  it("silent where the IPAM takes pod IPs from the node networks (Cilium azure)", () => {
    expect(
      check(overlapPodRanges, designWith({ ipv4: pair, cni: cilium("azure", "native") })),
    ).toEqual([]);
  });
});

describe("overlap-pods-services where kube-controller-manager withholds node ranges", () => {
  const at = (podCidrs: string[], serviceCidr: string, cni?: Design["cni"]) =>
    check(
      overlapPodsServices,
      designWith({ ipv4: v4({ podCidrs, serviceCidr }), ...(cni ? { cni } : {}) }),
    );

  it("a pod range exactly one node range, all of it the Service range: an error, nothing left", () => {
    expect(
      at(["10.96.0.0/24"], "10.96.0.0/24").map((f) => [f.severity, f.message, f.source]),
    ).toEqual([
      [
        "error",
        'Pod range 10.96.0.0/24 overlaps Service range 10.96.0.0/24 (shared: 10.96.0.0/24). Every one of its 1 node range touches the Service range, so kube-controller-manager withholds them all and no node gets a pod range: event CIDRNotAvailable, "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range".',
        "kube-controller-manager",
      ],
    ]);
  });

  it("one /24 of 256 touched: a warning counting what is left", () => {
    expect(at(["10.96.0.0/16"], "10.96.0.0/24").map((f) => [f.severity, f.message, f.fix])).toEqual(
      [
        [
          "warning",
          "Pod range 10.96.0.0/16 overlaps Service range 10.96.0.0/24 (shared: 10.96.0.0/24). kube-controller-manager withholds the 1 /24 node range touching it, leaving 255 of 256; pods never get Service IPs, but the capacity is lost and the layout is confusing.",
          "Move the Service range out of the pod range (e.g. pick another private block), or shrink the pod range so they are disjoint.",
        ],
      ],
    );
  });

  it("a pod range smaller than a node range: a warning without counts", () => {
    expect(at(["10.96.0.0/25"], "10.96.0.0/16").map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        "Pod range 10.96.0.0/25 overlaps Service range 10.96.0.0/16 (shared: 10.96.0.0/25). kube-controller-manager withholds the node ranges touching it; the capacity is lost.",
      ],
    ]);
  });

  it("allocators that do not know the Service range: an error in their own words", () => {
    expect(
      at(["10.96.0.0/16"], "10.96.0.0/24", calico()).map((f) => [f.severity, f.message, f.source]),
    ).toEqual([
      [
        "error",
        "Pod range 10.96.0.0/16 overlaps Service range 10.96.0.0/24 (shared: 10.96.0.0/24). Calico IPAM does not know the Service range and hands out blocks inside it, so pods get Service IPs and traffic to those Services breaks.",
        "Calico IPAM",
      ],
    ]);
    const standalone = at(["10.96.0.0/16"], "10.96.0.0/24", { kind: "kubelet-standalone" });
    expect(standalone.map((f) => [f.severity, f.message, f.source])).toEqual([
      [
        "error",
        "Pod range 10.96.0.0/16 overlaps Service range 10.96.0.0/24 (shared: 10.96.0.0/24). Under kubelet standalone (--pod-cidr) nothing withholds the node ranges that touch the Service range, so pods get Service IPs and traffic to those Services breaks.",
        "kubelet standalone (--pod-cidr)",
      ],
    ]);
  });
});
