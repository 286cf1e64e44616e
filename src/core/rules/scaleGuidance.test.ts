import { describe, expect, it } from "vitest";
import { buildContext } from "./buildContext.ts";
import { scaleGuidance } from "./scaleGuidance.ts";
import { check, designWith, nodes, v4 } from "../../../test/core/rules/testDesigns.ts";

// scale-guidance ("Considerations for large clusters": 5,000 nodes, 150,000 pods, 110 pods a
// node) counts the nodes with headroom and the pods a node really gets (capacity), whole
// findings; the bare thresholds are in boundaries.test.ts.

const SOURCE = "Kubernetes large-cluster guidance";

/** A /8 pod range with the given node mask, so only the guidance limits apply. */
const big = (count: number, headroomPercent: number, nodeMask = 24, maxPods = 30) =>
  designWith({
    ipv4: v4({ podCidrs: ["10.0.0.0/8"], nodeMask, serviceCidr: "172.20.0.0/16" }),
    nodes: nodes({
      count,
      maxPods,
      headroomPercent,
      networks: [{ name: "n", cidr: "192.168.0.0/16" }],
    }),
  });

describe("scale-guidance counts what the design really needs", () => {
  it("4,600 nodes with 10 % headroom are 5,060: beyond 5,000 (x 29 pods = 146,740: not beyond)", () => {
    expect(check(scaleGuidance, big(4600, 10, 24, 29))).toEqual([
      {
        rule: "scale-guidance",
        severity: "info",
        source: SOURCE,
        fields: ["nodes.count"],
        message:
          "5,060 nodes (with headroom) is beyond the 5,000 nodes Kubernetes is designed for.",
        fix: "Split into several clusters, or plan control-plane and etcd sizing for this scale.",
      },
    ]);
  });

  it("without capacity figures, the node count itself: 5,001 is beyond", () => {
    const [finding] = scaleGuidance.check(buildContext(big(5001, 10)));
    expect(finding?.message).toBe(
      "5,001 nodes (with headroom) is beyond the 5,000 nodes Kubernetes is designed for.",
    );
  });

  it("pods count at what a node range holds: 3,000 nodes of a /26 (61 pod IPs) under maxPods 110", () => {
    // host-local on a /26: 64 - 3 = 61 pod IPs, so 3,000 x 61 = 183,000 pods, not 3,000 x 110.
    expect(check(scaleGuidance, big(3000, 0, 26, 110))).toEqual([
      {
        rule: "scale-guidance",
        severity: "info",
        source: SOURCE,
        fields: ["nodes.count", "nodes.maxPods"],
        message:
          "3,000 nodes × 61 pods is up to 183,000 pods, beyond the 150,000 Kubernetes is designed for.",
        fix: "Expect to tune the control plane, or split the workload across clusters.",
      },
    ]);
  });
});
