import { describe, expect, it } from "vitest";
import { kcmClusterCidrCount } from "./kcmClusterCidrCount.ts";
import { kcmClusterMaskOrder } from "./kcmClusterMaskOrder.ts";
import { kcmIpv6MaskDiff } from "./kcmIpv6MaskDiff.ts";
import {
  check,
  cilium,
  designWith,
  dualStack,
  ipv6Only,
  v4,
  v6,
} from "../../../test/core/rules/testDesigns.ts";

const run = check;

describe("kcm-cluster-mask-order", () => {
  it("refuses a pod range longer than the node mask, with the controller manager's text", () => {
    const [f, ...rest] = run(
      kcmClusterMaskOrder,
      designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/25"] }) }),
    );
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBe("error");
    expect(f?.fields).toEqual(["ipv4.podCidrs.0", "ipv4.nodeMask"]);
    expect(f?.message).toContain(
      "Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family",
    );
  });
  it("accepts equal prefixes (one node subnet) and the default", () => {
    expect(
      run(kcmClusterMaskOrder, designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/24"] }) })),
    ).toEqual([]);
    expect(run(kcmClusterMaskOrder, designWith())).toEqual([]);
  });
  it("does not apply when Cilium cluster-pool allocates", () => {
    const d = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/25"] }),
      cni: cilium("cluster-pool"),
    });
    expect(run(kcmClusterMaskOrder, d)).toEqual([]);
  });
});

describe("kcm-ipv6-mask-diff", () => {
  it("refuses a /40 split into /64 (24 bits)", () => {
    const [f] = run(kcmIpv6MaskDiff, ipv6Only(v6({ podCidrs: ["fd00::/40"], nodeMask: 64 })));
    expect(f?.severity).toBe("error");
    expect(f?.fields).toEqual(["ipv6.podCidrs.0", "ipv6.nodeMask"]);
    expect(f?.message).toContain("New CIDR set failed; the node CIDR size is too big");
  });
  it("accepts exactly 16 bits (/48 split into /64)", () => {
    expect(run(kcmIpv6MaskDiff, ipv6Only(v6({ podCidrs: ["fd00::/48"], nodeMask: 64 })))).toEqual(
      [],
    );
  });
  it("has no IPv4 limit in the controller manager (/8 into /30)", () => {
    expect(
      run(kcmIpv6MaskDiff, designWith({ ipv4: v4({ podCidrs: ["10.0.0.0/8"], nodeMask: 30 }) })),
    ).toEqual([]);
  });
  it("leaves fd00:10::/104 with the default /64 mask to the mask-order rule", () => {
    // /104 is longer than /64: the mask-order rule fires, not this one (diff is negative).
    expect(
      run(kcmIpv6MaskDiff, ipv6Only(v6({ podCidrs: ["fd00:10::/104"], nodeMask: 64 }))),
    ).toEqual([]);
    expect(
      run(kcmClusterMaskOrder, ipv6Only(v6({ podCidrs: ["fd00:10::/104"], nodeMask: 64 }))),
    ).toHaveLength(1);
  });
});

describe("kcm-cluster-cidr-count", () => {
  it("two IPv4 pod ranges: not dual stack", () => {
    const [f] = run(
      kcmClusterCidrCount,
      designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/16", "10.245.0.0/16"] }) }),
    );
    expect(f?.severity).toBe("error");
    expect(f?.fields).toEqual(["ipv4.podCidrs.1"]);
    expect(f?.message).toContain(
      "len of ClusterCIDRs==2 and they are not configured as dual stack (at least one from each IPFamily",
    );
  });
  it("three ranges in a dual-stack design: more than two", () => {
    const d = dualStack(v4({ podCidrs: ["10.244.0.0/16", "10.245.0.0/16"] }), v6());
    const [f] = run(kcmClusterCidrCount, d);
    expect(f?.message).toContain("length of clusterCIDRs is:3 more than max allowed of 2");
  });
  it("one range per family is fine; several pools are fine under Cilium cluster-pool", () => {
    expect(run(kcmClusterCidrCount, dualStack())).toEqual([]);
    const d = designWith({
      ipv4: v4({ podCidrs: ["10.244.0.0/16", "10.245.0.0/16"] }),
      cni: cilium("cluster-pool"),
    });
    expect(run(kcmClusterCidrCount, d)).toEqual([]);
  });
});

describe("kube-controller-manager rules: the fix names the masks that work", () => {
  it("kcm-ipv6-mask-diff: 17 bits (/47 into /64) names a /48 pod range or a /63 node mask", () => {
    expect(run(kcmIpv6MaskDiff, ipv6Only(v6({ podCidrs: ["fd00::/47"], nodeMask: 64 })))).toEqual([
      {
        rule: "kcm-ipv6-mask-diff",
        severity: "error",
        fields: ["ipv6.podCidrs.0", "ipv6.nodeMask"],
        message:
          'IPv6 pod range fd00::/47 split into /64 is 17 bits (more than 16); kube-controller-manager refuses to start: "New CIDR set failed; the node CIDR size is too big".',
        fix: "Use a pod range of /48 or longer, or a node mask of /63 or shorter.",
        source: "kube-controller-manager",
      },
    ]);
  });

  it("kcm-cluster-mask-order: a /25 pod range on /24 per node names both ways out", () => {
    const found = run(
      kcmClusterMaskOrder,
      designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/25"] }) }),
    );
    expect(found.map((f) => [f.fix, f.source])).toEqual([
      [
        "Use a node mask of /25 or longer, or a pod range of /24 or shorter.",
        "kube-controller-manager",
      ],
    ]);
  });

  it("kcm-cluster-cidr-count: the fix names the IPAMs that take several pools and the current one", () => {
    const found = run(
      kcmClusterCidrCount,
      designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/16", "10.245.0.0/16"] }) }),
    );
    expect(found.map((f) => [f.fix, f.source])).toEqual([
      [
        "Keep one pod range per family (use a larger one), or pick an IPAM that takes several pools (Cilium cluster-pool or multi-pool, Calico IPAM). Under Generic CNI (node.spec.podCIDR, host-local) extra ranges are not used.",
        "kube-controller-manager",
      ],
    ]);
  });
});
