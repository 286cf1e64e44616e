import { describe, expect, it } from "vitest";
import {
  calico,
  check,
  cilium,
  designWith,
  dualStack,
  nodes,
  v4,
  v6,
} from "../../../test/core/rules/testDesigns.ts";
import { lbPools } from "../../../test/core/rules/ruleCases/types.ts";
import type { Design } from "../design/schema.ts";
import { computeCapacity } from "../capacity/computeCapacity.ts";
import type { Finding } from "./finding.ts";
import { RULES } from "./registry.ts";

/**
 * Boundary tables (issue 16): each threshold checked at the value, one below and one above, so
 * an off-by-one in a comparison or a formula fails a named test. Expected figures come from the
 * reference formulas (reference/kubernetes.md, cni.md), worked out in the comments.
 */

const rule = (id: string) => {
  const found = RULES.find((r) => r.id === id);
  if (!found) throw new Error(`no rule ${id}`);
  return found;
};
const findings = (id: string, design: Design): Finding[] => check(rule(id), design);
const severities = (id: string, design: Design) => findings(id, design).map((f) => f.severity);

describe("capacity-nodes: exact fit of nodes to node ranges (kube-controller-manager)", () => {
  // 10.244.0.0/16 with /24 per node: 2^(24-16) = 256 node ranges, none touching 10.96.0.0/12.
  const withCount = (count: number, headroomPercent = 0) =>
    designWith({
      nodes: nodes({ count, headroomPercent, networks: [{ name: "n", cidr: "10.0.0.0/20" }] }),
    });

  it("256 nodes in 256 node ranges: silent", () => {
    expect(computeCapacity(withCount(256)).ipv4?.maxNodes).toBe(256n);
    expect(findings("capacity-nodes", withCount(256)).filter((f) => f.severity !== "info")).toEqual(
      [],
    );
  });

  it("255 nodes: silent", () => {
    expect(findings("capacity-nodes", withCount(255)).filter((f) => f.severity !== "info")).toEqual(
      [],
    );
  });

  it("257 nodes: an error naming node 257's CIDRNotAvailable", () => {
    const [f] = findings("capacity-nodes", withCount(257)).filter((x) => x.severity !== "info");
    expect(f?.severity).toBe("error");
    expect(f?.rule).toBe("capacity-nodes");
    expect(f?.message).toContain("node 257 gets a Warning event CIDRNotAvailable");
  });

  it("headroom: 200 nodes + 28 % = 256 fit; + 29 % = 258 is a warning", () => {
    // nodesNeeded = ceil(count × (100 + headroom) / 100): 200 × 1.28 = 256, 200 × 1.29 = 258.
    expect(
      findings("capacity-nodes", withCount(200, 28)).filter((f) => f.severity !== "info"),
    ).toEqual([]);
    expect(severities("capacity-nodes", withCount(200, 29)).filter((s) => s !== "info")).toEqual([
      "warning",
    ]);
  });

  it("IPv6 fd00:10::/56 with /64: 256 ranges, the 257th node is refused", () => {
    const six = (count: number) =>
      dualStack(
        v4({ podCidrs: ["10.0.0.0/8"], nodeMask: 24 }),
        v6({ podCidrs: ["fd00:10::/56"], nodeMask: 64 }),
        {
          nodes: nodes({
            count,
            headroomPercent: 0,
            networks: [
              { name: "n", cidr: "10.200.0.0/20" },
              { name: "n6", cidr: "fd00:1::/64" },
            ],
          }),
        },
      );
    expect(findings("capacity-nodes", six(256)).filter((f) => f.severity === "error")).toEqual([]);
    const errors = findings("capacity-nodes", six(257)).filter((f) => f.severity === "error");
    expect(errors.map((f) => f.fields[0])).toEqual(["ipv6.podCidrs.0"]);
  });
});

describe("capacity-node-network: a node network exactly full", () => {
  // A /24 node network: 256 − network, gateway, broadcast = 253 node addresses.
  const withCount = (count: number) =>
    designWith({
      nodes: nodes({ count, headroomPercent: 0, networks: [{ name: "n", cidr: "10.0.0.0/24" }] }),
    });

  it("253 nodes in a /24: silent; 252: silent; 254: an error", () => {
    expect(computeCapacity(withCount(253)).nodeNetworkRoom.ipv4).toBe(253n);
    expect(findings("capacity-node-network", withCount(252))).toEqual([]);
    expect(findings("capacity-node-network", withCount(253))).toEqual([]);
    const [f] = findings("capacity-node-network", withCount(254));
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain("253 usable addresses");
  });
});

describe("Cilium azure/crd: nodes a subnet holds when pods take its addresses", () => {
  // A /22 subnet: 1,024 − network, gateway, broadcast = 1,021 addresses; each node takes its own
  // address plus one per pod, so nodes = floor(1,021 / (maxPods + 1)).
  const crd = (maxPods: number, count: number) =>
    designWith({
      cni: cilium("crd", "native"),
      nodes: nodes({
        count,
        maxPods,
        headroomPercent: 0,
        networks: [{ name: "n", cidr: "10.0.0.0/22" }],
      }),
    });

  it("maxPods 101: 102 addresses a node, 10 nodes (1,021 / 102 = 10.0) and no shortfall", () => {
    expect(computeCapacity(crd(101, 10)).ipv4?.maxNodes).toBe(10n);
    expect(findings("capacity-pods-per-node", crd(101, 10))).toEqual([]);
  });

  it("an 11th node shares the subnet: floor(1,021 / 11) − 1 = 91 pod IPs each (warning)", () => {
    const [f] = findings("capacity-pods-per-node", crd(101, 11));
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("a node gets only 91 IPv4 pod IPs");
  });

  it("maxPods 102: 103 addresses a node, 9 nodes (1,021 / 103 = 9.9); 10 nodes fall short", () => {
    expect(computeCapacity(crd(102, 9)).ipv4?.maxNodes).toBe(9n);
    expect(findings("capacity-pods-per-node", crd(102, 9))).toEqual([]);
    const [f] = findings("capacity-pods-per-node", crd(102, 10));
    expect(f?.message).toContain("capped at 101");
  });

  it("maxPods 100: 101 addresses a node, still 10 nodes (1,021 / 101 = 10.1)", () => {
    expect(computeCapacity(crd(100, 10)).ipv4?.maxNodes).toBe(10n);
  });
});

describe("capacity-pods-per-node: pod IPs equal to maxPods (host-local)", () => {
  // host-local on a /24 node range: 256 − network, gateway, broadcast = 253 pod IPs.
  const withMaxPods = (maxPods: number, nodeMask = 24) =>
    designWith({ ipv4: v4({ nodeMask }), nodes: nodes({ maxPods, count: 10 }) });

  it("maxPods 253 on a /24: silent; 252: silent; 254: a warning capped at 253", () => {
    expect(computeCapacity(withMaxPods(253)).ipv4?.podIPsPerNode).toBe(253n);
    expect(findings("capacity-pods-per-node", withMaxPods(252))).toEqual([]);
    expect(findings("capacity-pods-per-node", withMaxPods(253))).toEqual([]);
    const [f] = findings("capacity-pods-per-node", withMaxPods(254));
    expect(f?.severity).toBe("warning");
    expect(f?.message).toContain("capped at 253");
  });

  it("a /30 per node leaves 1 pod IP (warning); a /32 leaves none (error)", () => {
    expect(computeCapacity(withMaxPods(110, 30)).ipv4?.podIPsPerNode).toBe(1n);
    expect(severities("capacity-pods-per-node", withMaxPods(110, 30))).toEqual(["warning"]);
    expect(computeCapacity(withMaxPods(110, 32)).ipv4?.podIPsPerNode).toBe(0n);
    const [f] = findings("capacity-pods-per-node", withMaxPods(110, 32));
    expect(f?.severity).toBe("error");
    expect(f?.message).toContain("A node gets no IPv4 pod IPs");
  });
});

describe("overlaps of a single address", () => {
  it("a /32 LoadBalancer pool inside the Service range is reported", () => {
    const d = designWith({ loadBalancer: lbPools(["one", "10.96.0.50/32"]) });
    const found = findings("overlap-lb-pools", d);
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]?.fields).toContain("loadBalancer.pools.0.range");
    expect(found[0]?.message).toContain("10.96.0.50");
  });

  it("a single-address start-end pool on the Service range's last address is reported", () => {
    const d = designWith({ loadBalancer: lbPools(["edge", "10.111.255.255-10.111.255.255"]) });
    expect(findings("overlap-lb-pools", d).map((f) => f.severity)).toEqual(["error"]);
  });

  it("a /32 pool one address past the Service range is not", () => {
    const d = designWith({ loadBalancer: lbPools(["next", "10.112.0.0/32"]) });
    expect(findings("overlap-lb-pools", d).filter((f) => f.message.includes("Service"))).toEqual(
      [],
    );
  });
});

describe("special-ranges: severity by role", () => {
  it("a Service range in CGNAT 100.64.0.0/10 is a warning, a node network there is info", () => {
    const d = designWith({
      ipv4: v4({ serviceCidr: "100.64.0.0/16" }),
      nodes: nodes({ networks: [{ name: "n", cidr: "100.65.0.0/24" }] }),
    });
    const byField = new Map(findings("special-ranges", d).map((f) => [f.fields[0], f.severity]));
    expect(byField.get("ipv4.serviceCidr")).toBe("warning");
    expect(byField.get("nodes.networks.0.cidr")).toBe("info");
  });

  it("a Service range on Docker's bridge 172.17.0.0/16 is a warning", () => {
    const d = designWith({ ipv4: v4({ serviceCidr: "172.17.0.0/16" }) });
    const f = findings("special-ranges", d).find((x) => x.fields[0] === "ipv4.serviceCidr");
    expect(f?.severity).toBe("warning");
  });
});

describe("scale-guidance: the large-cluster thresholds (5,000 nodes, 150,000 pods)", () => {
  // A /8 with /24 per node: 65,536 node ranges, so only the guidance limits apply.
  const big = (count: number, maxPods = 30) =>
    designWith({
      ipv4: v4({ podCidrs: ["10.0.0.0/8"], nodeMask: 24, serviceCidr: "172.20.0.0/16" }),
      nodes: nodes({
        count,
        maxPods,
        headroomPercent: 0,
        networks: [{ name: "n", cidr: "192.168.0.0/16" }],
      }),
    });
  const messages = (d: Design) => findings("scale-guidance", d).map((f) => f.message);

  it("5,000 nodes: no node-count guidance; 5,001: info", () => {
    expect(
      messages(big(5000)).filter((m) => m.includes("nodes Kubernetes is designed for")),
    ).toEqual([]);
    const over = findings("scale-guidance", big(5001)).filter((f) =>
      f.message.includes("5,000 nodes"),
    );
    expect(over.map((f) => f.severity)).toEqual(["info"]);
  });

  it("5,000 × 30 = 150,000 pods: silent on pods; 5,000 × 31 = 155,000: info", () => {
    expect(messages(big(5000, 30)).filter((m) => m.includes("150,000"))).toEqual([]);
    expect(messages(big(5000, 31)).filter((m) => m.includes("150,000"))).toHaveLength(1);
  });
});

describe("edges that must not raise false alarms", () => {
  it("a pod range as long as the node mask (one node range) is legal for kube-controller-manager", () => {
    const d = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/24"], nodeMask: 24 }),
      nodes: nodes({ count: 1, headroomPercent: 0 }),
    });
    for (const id of ["kcm-cluster-mask-order", "kubeadm-pod-node-mask", "capacity-nodes"]) {
      expect(
        findings(id, d).filter((f) => f.severity === "error"),
        id,
      ).toEqual([]);
    }
  });

  it("Calico blocks: /20 and /32 legal, /19 refused; IPv6 /116 and /128 legal, /115 refused", () => {
    const cal = (nodeMask: number) =>
      designWith({ ipv4: v4({ podCidrs: ["10.0.0.0/8"], nodeMask }), cni: calico() });
    expect(findings("calico-block-size", cal(20))).toEqual([]);
    expect(findings("calico-block-size", cal(32))).toEqual([]);
    expect(severities("calico-block-size", cal(19))).toEqual(["error"]);
    const cal6 = (nodeMask: number) =>
      dualStack(v4(), v6({ podCidrs: ["fd00:10::/104"], nodeMask }), { cni: calico() });
    expect(findings("calico-block-size", cal6(116))).toEqual([]);
    expect(findings("calico-block-size", cal6(128))).toEqual([]);
    expect(severities("calico-block-size", cal6(115))).toEqual(["error"]);
  });
});
