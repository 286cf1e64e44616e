import { describe, expect, it } from "vitest";
import { hostBitsSet } from "./hostBitsSet.ts";
import { hostLocalNodeMask } from "./hostLocalNodeMask.ts";
import { podCidrCount } from "./podCidrCount.ts";
import {
  calico,
  check,
  designWith,
  dualStack,
  ipv6Only,
  lbPoolsOf,
  v4,
  v6,
} from "../../../test/core/rules/testDesigns.ts";

// Whole findings of the pod-range hygiene rules at their edges: pod-cidr-count, host-bits-set
// and host-local-node-mask (reference/kubernetes.md 4, cni.md).

describe("pod-cidr-count: one pod range a family where kubelet --pod-cidr takes one", () => {
  const standalone = (podCidrs: string[]) =>
    check(
      podCidrCount,
      designWith({ cni: { kind: "kubelet-standalone" }, ipv4: v4({ podCidrs }) }),
    );

  it("kubelet standalone with three IPv4 ranges: the two extra ones named", () => {
    expect(standalone(["10.244.0.0/16", "10.245.0.0/16", "10.246.0.0/16"])).toEqual([
      {
        rule: "pod-cidr-count",
        severity: "warning",
        fields: ["ipv4.podCidrs.1", "ipv4.podCidrs.2"],
        message:
          "kubelet standalone (--pod-cidr) uses 1 pod range per family; the extra ipv4 ranges are not used.",
        fix: "Keep one larger pod range, or pick an IPAM with several pools (Cilium cluster-pool or multi-pool, Calico IPAM).",
        source: "kubelet standalone (--pod-cidr)",
      },
    ]);
  });

  it("dual-stack standalone with two IPv6 ranges: only the IPv6 family is named", () => {
    const design = dualStack(v4(), v6({ podCidrs: ["fd00:10:244::/56", "fd00:10:245::/56"] }), {
      cni: { kind: "kubelet-standalone" },
    });
    const found = check(podCidrCount, design);
    expect(found.map((f) => [f.fields, f.message])).toEqual([
      [
        ["ipv6.podCidrs.1"],
        "kubelet standalone (--pod-cidr) uses 1 pod range per family; the extra ipv6 ranges are not used.",
      ],
    ]);
  });

  it("kube-controller-manager modes are kcm-cluster-cidr-count's: a generic CNI with two ranges is silent here", () => {
    expect(
      check(
        podCidrCount,
        designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/16", "10.245.0.0/16"] }) }),
      ),
    ).toEqual([]);
  });
});

describe("host-bits-set: info in general, a warning on a Calico IPAM pool", () => {
  const OTHERS =
    ', but other tools refuse it (Calico: "IP pool CIDR is not strictly masked"; host-local: "Network has host bits set").';

  it("Calico IPAM: the pod pool warns (Calico refuses it), the Service range is info", () => {
    const design = designWith({
      cni: calico(),
      ipv4: v4({ podCidrs: ["10.244.1.0/16"], nodeMask: 26, serviceCidr: "10.96.0.1/12" }),
    });
    expect(check(hostBitsSet, design)).toEqual([
      {
        rule: "host-bits-set",
        severity: "warning",
        fields: ["ipv4.podCidrs.0"],
        message:
          '10.244.1.0/16 has host bits set; it means 10.244.0.0/16. kube-controller-manager masks it silently, but Calico refuses a pool written this way: "IP pool CIDR is not strictly masked".',
        fix: "Write 10.244.0.0/16.",
        source: "Calico",
      },
      {
        rule: "host-bits-set",
        severity: "info",
        fields: ["ipv4.serviceCidr"],
        message: `10.96.0.1/12 has host bits set; it means 10.96.0.0/12. kube-controller-manager masks it silently${OTHERS}`,
        fix: "Write 10.96.0.0/12.",
        source: "kube-controller-manager",
      },
    ]);
  });

  it("a LoadBalancer CIDR pool with host bits is reported; a start-end pool is not a CIDR", () => {
    const design = designWith({
      loadBalancer: lbPoolsOf(
        "metallb",
        ["a", "192.168.1.5/24"],
        ["b", "192.168.2.10-192.168.2.20"],
      ),
    });
    expect(check(hostBitsSet, design)).toEqual([
      {
        rule: "host-bits-set",
        severity: "info",
        fields: ["loadBalancer.pools.0.range"],
        message: `192.168.1.5/24 has host bits set; it means 192.168.1.0/24. kube-controller-manager masks it silently${OTHERS}`,
        fix: "Write 192.168.1.0/24.",
        source: "kube-controller-manager",
      },
    ]);
  });
});

describe("host-local-node-mask: fewer than 2 host bits (reference/kubernetes.md 4)", () => {
  it("a /31 pod range with a /31 node mask (one node range, the whole range): refused", () => {
    expect(
      check(
        hostLocalNodeMask,
        designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/31"], nodeMask: 31 }) }),
      ),
    ).toEqual([
      {
        rule: "host-local-node-mask",
        severity: "error",
        fields: ["ipv4.nodeMask"],
        message:
          'A /31 node range has fewer than 2 host bits; host-local refuses it and no pod starts: "invalid range set 0: Network 10.244.0.0/31 too small to allocate from".',
        fix: "Use a node mask of /30 or shorter (in practice /24-ish, room for maxPods plus 3).",
        source: "host-local",
      },
    ]);
  });

  it("a /32 pod range under a /31 node mask is the mask-order rules' case: silent here", () => {
    expect(
      check(
        hostLocalNodeMask,
        designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/32"], nodeMask: 31 }) }),
      ),
    ).toEqual([]);
  });

  it("IPv6 /128 per node: refused, naming /126 and /64", () => {
    const design = ipv6Only(v6({ podCidrs: ["fd00:10:244::/112"], nodeMask: 128 }));
    expect(check(hostLocalNodeMask, design)).toEqual([
      {
        rule: "host-local-node-mask",
        severity: "error",
        fields: ["ipv6.nodeMask"],
        message:
          'A /128 node range has fewer than 2 host bits; host-local refuses it and no pod starts: "invalid range set 0: Network fd00:10:244::/128 too small to allocate from".',
        fix: "Use a node mask of /126 or shorter (in practice /64-ish, room for maxPods plus 3).",
        source: "host-local",
      },
    ]);
  });
});
