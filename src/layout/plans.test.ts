import { describe, expect, it } from "vitest";
import { defaultDesign, defaultCni } from "../core/design/defaults.ts";
import type { Design } from "../core/design/schema.ts";
import { prefixOf, type Prefix } from "../core/ip/prefix.ts";
import { nodeSubnetPlan, serviceStaticOffset, servicePlan } from "./addressPlans.ts";
import { nodesNeeded, planNodeSubnets, withheldRun } from "./nodeSubnets.ts";
import { allocateSequentially, countKinds, uniformKind } from "./segments.ts";

const p = (text: string): Prefix => prefixOf(text) as Prefix;
const sum = (segs: { start: bigint; end: bigint; kind: string }[], kind: string) =>
  segs.filter((s) => s.kind === kind).reduce((a, s) => a + s.end - s.start, 0n);

describe("allocateSequentially", () => {
  it("skips blocked runs and carries demands over", () => {
    const segs = allocateSequentially(
      10n,
      [{ start: 2n, end: 4n }],
      "x",
      [
        { kind: "a", count: 3n },
        { kind: "b", count: 2n },
      ],
      "free",
    );
    expect(segs).toEqual([
      { start: 0n, end: 2n, kind: "a" },
      { start: 2n, end: 4n, kind: "x" },
      { start: 4n, end: 5n, kind: "a" },
      { start: 5n, end: 7n, kind: "b" },
      { start: 7n, end: 10n, kind: "free" },
    ]);
  });

  it("classifies blocks with binary search and counts kinds", () => {
    const segs = allocateSequentially(1n << 20n, [], "x", [{ kind: "a", count: 1000n }], "free");
    expect(uniformKind(segs, 0n, 1000n)).toBe("a");
    expect(uniformKind(segs, 999n, 1001n)).toBeUndefined();
    expect(uniformKind(segs, 1000n, 1n << 20n)).toBe("free");
    expect(countKinds(segs, 512n, 2048n)).toEqual({ a: 488n, free: 1048n });
  });
});

describe("planNodeSubnets", () => {
  it("default design: 50 allocated, 10 headroom (20 %), 196 free /24s in 10.244.0.0/16", () => {
    const [plan] = planNodeSubnets(defaultDesign(), "ipv4");
    expect(plan?.count).toBe(256n);
    expect(nodesNeeded(50, 20)).toBe(60);
    expect(plan?.segments).toEqual([
      { start: 0n, end: 50n, kind: "node-allocated" },
      { start: 50n, end: 60n, kind: "node-headroom" },
      { start: 60n, end: 256n, kind: "node-free" },
    ]);
  });

  it("withholds the /24s touching the Service range when kube-controller-manager allocates", () => {
    const d: Design = {
      ...defaultDesign(),
      ipv4: { podCidrs: ["10.0.0.0/8"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
      nodes: { ...defaultDesign().nodes, count: 30000, headroomPercent: 0 },
    };
    const [plan] = planNodeSubnets(d, "ipv4");
    // 10.96.0.0/12 spans 10.96.0.0 - 10.111.255.255: /24 indices 96*256 .. 112*256.
    expect(plan?.segments.find((s) => s.kind === "node-withheld")).toEqual({
      start: 24576n,
      end: 28672n,
      kind: "node-withheld",
    });
    expect(sum(plan?.segments ?? [], "node-allocated")).toBe(30000n);
    // Cilium's operator does not know the Service range: nothing withheld.
    const [cilium] = planNodeSubnets({ ...d, cni: defaultCni("cilium") }, "ipv4");
    expect(sum(cilium?.segments ?? [], "node-withheld")).toBe(0n);
  });

  it("withholds one node subnet for a Service range smaller than a node subnet, all for one that contains the pod range", () => {
    expect(withheldRun(p("10.0.0.0/16"), 24, p("10.0.5.16/28"))).toEqual({ start: 5n, end: 6n });
    expect(withheldRun(p("10.0.0.0/16"), 24, p("10.0.0.0/8"))).toEqual({ start: 0n, end: 256n });
    expect(withheldRun(p("10.0.0.0/16"), 24, p("10.1.0.0/16"))).toBeUndefined();
  });
});

describe("address plans", () => {
  it("host-local: /24 gives 253 pod IPs, /120 gives 254 (kubernetes.md section 4)", () => {
    expect(sum(nodeSubnetPlan(p("10.244.1.0/24"), "host-local"), "addr-pod")).toBe(253n);
    expect(sum(nodeSubnetPlan(p("fd00::/120"), "host-local"), "addr-pod")).toBe(254n);
    expect(sum(nodeSubnetPlan(p("10.244.1.0/28"), "host-local"), "addr-pod")).toBe(13n);
  });

  it("Cilium: /24 and /120 give 252 pod IPs (cni.md section 2.4); Calico blocks all 256", () => {
    expect(sum(nodeSubnetPlan(p("10.0.1.0/24"), "cilium"), "addr-pod")).toBe(252n);
    expect(sum(nodeSubnetPlan(p("fd00::/120"), "cilium"), "addr-pod")).toBe(252n);
    expect(sum(nodeSubnetPlan(p("10.0.1.0/24"), "calico-block"), "addr-pod")).toBe(256n);
  });

  it("KEP-3070 static band: /24 -> 16, /20 -> 256, /27 -> 16, /28 -> 0", () => {
    expect([24, 20, 16, 12, 27, 28].map((l) => serviceStaticOffset(1n << BigInt(32 - l)))).toEqual([
      16n,
      256n,
      256n,
      256n,
      16n,
      0n,
    ]);
  });

  it("Service range: kubernetes at index 1, DNS at index 10, static band to index 16 for a /24", () => {
    const segs = servicePlan(p("10.96.0.0/24"));
    expect(uniformKind(segs, 1n, 2n)).toBe("svc-kubernetes");
    expect(uniformKind(segs, 10n, 11n)).toBe("svc-dns");
    expect(sum(segs, "svc-static")).toBe(14n);
    expect(uniformKind(segs, 17n, 255n)).toBe("svc-dynamic");
    expect(uniformKind(segs, 255n, 256n)).toBe("addr-broadcast");
    expect(uniformKind(servicePlan(p("fd00:10:96::/112")), 65535n, 65536n)).toBe("svc-dynamic");
  });
});
