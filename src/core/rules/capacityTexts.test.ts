import { describe, expect, it } from "vitest";
import { capacityNodeNetwork } from "./capacityNodeNetwork.ts";
import { capacityNodes } from "./capacityNodes.ts";
import { capacityPodsPerNode } from "./capacityPodsPerNode.ts";
import {
  briefOf,
  calico,
  check,
  cilium,
  designWith,
  nodes,
  v4,
} from "../../../test/core/rules/testDesigns.ts";

const EXHAUSTED =
  "CIDR allocation failed; there are no remaining CIDRs left to allocate in the accepted range";
const GROW =
  "Use a larger pod range (or add one where the IPAM takes several) or a longer node mask.";
const SIZE_NOW = " Changing the pod range of a running cluster is not safe, so size it now.";
const flat = (count: number, headroomPercent = 0) =>
  nodes({ count, headroomPercent, networks: [{ name: "n", cidr: "10.0.0.0/16" }] });

describe("capacity-nodes: who refuses node N+1, in its own words", () => {
  it("kube-controller-manager: node 257 of a /16 in /24s gets CIDRNotAvailable", () => {
    expect(check(capacityNodes, designWith({ nodes: flat(257) }))).toEqual([
      {
        rule: "capacity-nodes",
        severity: "error",
        fields: ["ipv4.podCidrs.0", "ipv4.nodeMask", "nodes.count"],
        message: `The IPv4 pod range gives 256 usable /24 node ranges for 257 planned nodes; node 257 gets a Warning event CIDRNotAvailable and keeps an empty spec.podCIDRs: "failed to allocate cidr from cluster cidr at idx:0: ${EXHAUSTED}".`,
        fix: GROW,
        source: "kube-controller-manager",
      },
    ]);
  });

  it("node ranges withheld for touching the Service range are said, and not counted", () => {
    const design = designWith({
      ipv4: v4({ podCidrs: ["10.96.0.0/16"], serviceCidr: "10.96.0.0/24" }),
      nodes: flat(256),
    });
    expect(check(capacityNodes, design).map((f) => f.message)).toEqual([
      `The IPv4 pod range gives 255 usable /24 node ranges (1 withheld for touching the Service range) for 256 planned nodes; node 256 gets a Warning event CIDRNotAvailable and keeps an empty spec.podCIDRs: "failed to allocate cidr from cluster cidr at idx:0: ${EXHAUSTED}".`,
    ]);
  });

  it("the Cilium operator (two pod ranges, plural) and kubelet --pod-cidr (reuse)", () => {
    const pools = v4({ podCidrs: ["10.244.0.0/24", "10.245.0.0/24"], nodeMask: 25 });
    const op = check(
      capacityNodes,
      designWith({ ipv4: pools, cni: cilium("cluster-pool"), nodes: flat(5) }),
    );
    expect(op.map(briefOf)).toEqual([
      [
        "error",
        "ipv4.podCidrs.0 ipv4.podCidrs.1 ipv4.nodeMask nodes.count",
        GROW,
        "cilium-operator",
      ],
    ]);
    expect(op[0]?.message).toBe(
      `The IPv4 pod ranges give 4 usable /25 node ranges for 5 planned nodes; node 5 gets no pod range; its CiliumNode status.ipam.operator-status shows "${EXHAUSTED}".`,
    );
    const one = v4({ podCidrs: ["10.244.0.0/24"], nodeMask: 25 });
    const kubelet = check(
      capacityNodes,
      designWith({ ipv4: one, cni: { kind: "kubelet-standalone" }, nodes: flat(3) }),
    );
    expect(kubelet.map((f) => [f.severity, f.message, f.source])).toEqual([
      [
        "error",
        "The IPv4 pod range gives 2 usable /25 node ranges for 3 planned nodes; node 3 would have to reuse another node's range.",
        "kubelet standalone (--pod-cidr)",
      ],
    ]);
  });

  it("Calico IPAM: blocks, not node ranges; nodes beyond borrow (a warning), one block and one node singular", () => {
    const one = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/26"], nodeMask: 26 }),
      cni: calico(),
      nodes: nodes({ count: 2, headroomPercent: 0, maxPods: 50 }),
    });
    const [f, ...rest] = check(capacityNodes, one);
    expect(rest).toEqual([]);
    expect(briefOf(f!)).toEqual([
      "warning",
      "ipv4.podCidrs.0 ipv4.nodeMask nodes.count",
      "Use a larger pool (or add one), or lower maxPods.",
      "Calico IPAM",
    ]);
    expect(f?.message).toMatch(
      /^The IPv4 pool holds 1 \/26 block, enough for 1 node at 50 pods each \(Calico IPAM: /,
    );
    expect(f?.message).toMatch(
      /\) for 2 planned nodes; nodes beyond that get no block of their own and borrow addresses from other nodes' blocks \(failing instead with strictAffinity\)\.$/,
    );
    const two = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/24", "10.245.0.0/24"], nodeMask: 26 }),
      cni: calico(),
      nodes: nodes({ count: 10, headroomPercent: 0 }),
    });
    expect(check(capacityNodes, two)[0]?.message).toMatch(
      /^The IPv4 pools hold 8 \/26 blocks, enough for 4 nodes at 110 pods each \(/,
    );
  });

  it("only the headroom does not fit: a warning with the growth limit, sourced by the allocator", () => {
    const kcm = designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/23"] }), nodes: flat(2, 50) });
    expect(check(capacityNodes, kcm)).toEqual([
      {
        rule: "capacity-nodes",
        severity: "warning",
        fields: ["ipv4.podCidrs.0", "ipv4.nodeMask", "nodes.headroomPercent"],
        message: `The IPv4 pod range gives 2 usable /24 node ranges: enough for the 2 planned nodes but not for 3 with 50% headroom; growing past 2 nodes fails with "${EXHAUSTED}".`,
        fix: GROW + SIZE_NOW,
        source: "kube-controller-manager",
      },
    ]);
    const blocks = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/24"], nodeMask: 26 }),
      cni: calico(),
      nodes: nodes({ count: 2, headroomPercent: 100 }),
    });
    const [f] = check(capacityNodes, blocks);
    expect(briefOf(f!)).toEqual([
      "warning",
      "ipv4.podCidrs.0 ipv4.nodeMask nodes.headroomPercent",
      "Use a larger pool (or add one), or lower maxPods." + SIZE_NOW,
      "calico",
    ]);
    expect(f?.message).toMatch(
      /: enough for the 2 planned nodes but not for 4 with 100% headroom; nodes past 2 borrow addresses from other nodes' blocks \(failing instead with strictAffinity\)\.$/,
    );
  });
});

describe("capacity-node-network: the planned nodes, then the headroom; pods too in cloud IPAM", () => {
  const net = (count: number, headroomPercent: number, cidr = "10.0.0.0/24") =>
    nodes({ count, headroomPercent, networks: [{ name: "n", cidr }] });

  it("253 usable in a /24: 254 nodes an error, 250 + 10% a warning", () => {
    expect(check(capacityNodeNetwork, designWith({ nodes: net(254, 0) }))).toEqual([
      {
        rule: "capacity-node-network",
        severity: "error",
        fields: ["nodes.networks.0.cidr", "nodes.count"],
        message:
          "The IPv4 node networks have 253 usable addresses, fewer than the 254 planned nodes.",
        fix: "Use a larger node network, or add another.",
        source: "design",
      },
    ]);
    expect(check(capacityNodeNetwork, designWith({ nodes: net(250, 10) })).map(briefOf)).toEqual([
      [
        "warning",
        "nodes.networks.0.cidr nodes.headroomPercent",
        "Use a larger node network, or add another.",
        "design",
      ],
    ]);
    expect(check(capacityNodeNetwork, designWith({ nodes: net(250, 10) }))[0]?.message).toBe(
      "The IPv4 node networks have 253 usable addresses: enough for the 250 planned nodes but not for 275 with headroom.",
    );
  });

  it("cloud IPAM counts the pods per node and names the IPAM", () => {
    const azure = (count: number, headroomPercent: number) =>
      check(
        capacityNodeNetwork,
        designWith({ cni: cilium("azure", "native"), nodes: net(count, headroomPercent) }),
      );
    const have =
      "The IPv4 node networks have 251 usable addresses; with pods taking node-network addresses (0 pods per node) they hold 251 nodes";
    expect(azure(300, 0).map((f) => [f.severity, f.message, f.source])).toEqual([
      ["error", `${have}, fewer than the 300 planned nodes.`, "Cilium Azure IPAM"],
    ]);
    expect(azure(200, 50).map((f) => [f.severity, f.message])).toEqual([
      ["warning", `${have}: enough for the 200 planned nodes but not for 300 with headroom.`],
    ]);
  });
});

describe("capacity-pods-per-node: the fix for each kind of IPAM", () => {
  const pods = (patch: Parameters<typeof designWith>[0]) =>
    check(capacityPodsPerNode, designWith(patch));

  it("host-local /26: 61 pod IPs; a shorter node mask or maxPods 61", () => {
    expect(pods({ ipv4: v4({ nodeMask: 26 }), nodes: nodes({ count: 2 }) })).toEqual([
      {
        rule: "capacity-pods-per-node",
        severity: "warning",
        fields: ["ipv4.nodeMask", "nodes.maxPods"],
        message:
          "kubelet maxPods is 110 but a node gets only 61 IPv4 pod IPs (host-local: /26 (64 addresses) minus network, gateway and broadcast = 61); pods per node are capped at 61, and the rest stay ContainerCreating with IP allocation errors.",
        fix: "Use a shorter node mask, or lower maxPods to 61.",
        source: "kubelet",
      },
    ]);
  });

  it("a /32 per node: no pod IPs at all is an error", () => {
    const found = pods({ ipv4: v4({ nodeMask: 32 }), nodes: nodes({ count: 2 }) });
    expect(found.map((f) => [f.severity, f.fix])).toEqual([
      ["error", "Use a shorter node mask, or lower maxPods to 0."],
    ]);
    expect(found[0]?.message).toMatch(
      /^A node gets no IPv4 pod IPs \(host-local refuses a \/32 .*\); no pod with a pod network starts\.$/,
    );
  });

  it("Cilium ENI counts EKS's 2 host-network pods and offers prefix delegation; Azure only maxPods", () => {
    const eni = pods({ cni: cilium("eni", "native"), nodes: nodes({ count: 2 }) });
    expect(eni.map((f) => [f.fields, f.message, f.fix])).toEqual([
      [
        ["nodes.maxPods", "cni.ipam"],
        "kubelet maxPods is 110 but a node gets only 27 IPv4 pod IPs (Cilium ENI: 3 ENIs × (10 IPs − 1 primary) = 27); pods per node are capped at 29 (with 2 host-network pods), and the rest stay ContainerCreating with IP allocation errors.",
        "Lower maxPods to 29 (27 pod IPs + 2 host-network pods, as EKS's max-pods formula counts), or enable prefix delegation.",
      ],
    ]);
    const azure = pods({
      cni: cilium("azure", "native"),
      nodes: nodes({ count: 50, networks: [{ name: "vnet", cidr: "10.0.0.0/24" }] }),
    });
    expect(azure.map((f) => f.fix)).toEqual(["Lower maxPods to 3."]);
  });

  it("Calico IPAM with strictAffinity and one block a host: raise maxBlocksPerHost or borrow", () => {
    const found = pods({
      ipv4: v4({ nodeMask: 26 }),
      cni: {
        kind: "calico",
        ipam: "calico-ipam",
        encapsulation: "VXLAN",
        bgp: false,
        strictAffinity: true,
        maxBlocksPerHost: 1,
      },
      nodes: nodes({ count: 2 }),
    });
    expect(found.map((f) => [f.severity, f.fields, f.fix])).toEqual([
      [
        "warning",
        ["ipv4.nodeMask", "nodes.maxPods"],
        "Raise maxBlocksPerHost, turn strictAffinity off (nodes then borrow from other blocks), use a shorter block size, or lower maxPods to 63.",
      ],
    ]);
  });
});
