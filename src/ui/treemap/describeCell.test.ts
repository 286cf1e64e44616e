import { describe, expect, it } from "vitest";
import { cilium, testDesign } from "../../../test/core/capacity/testDesign.ts";
import { computeCapacity } from "../../core/capacity/computeCapacity.ts";
import { defaultCni, defaultDesign } from "../../core/design/defaults.ts";
import { PRESETS } from "../../core/design/presets.ts";
import type { Design } from "../../core/design/schema.ts";
import { prefixOf, type Prefix } from "../../core/ip/prefix.ts";
import { cellById } from "../../layout/cellById.ts";
import { findCell } from "../../../test/layout/findCell.ts";
import { buildScene } from "../../layout/scene.ts";
import { cellAt } from "../../layout/visibleCells.ts";
import { CILIUM_RUNTIME_NOTE, describeCell } from "./describeCell.ts";

const p = (text: string): Prefix => prefixOf(text) as Prefix;
const facts = (d: Design, id: string) => {
  const cell = findCell(d, id);
  return cell && describeCell(cell, d);
};

describe("describeCell: the cases of issue 8", () => {
  it("Cilium ipam kubernetes, fd00:10::/56 with /64 per node: 65,532 pod IPs per node, as capacity says", () => {
    const d = testDesign({
      ipv6: { podCidrs: ["fd00:10::/56"], nodeMask: 64 },
      cni: cilium("kubernetes"),
    });
    expect(computeCapacity(d).ipv6?.podIPsPerNode).toBe(65_532n);
    const node = facts(d, "ipv6:fd00:10::/64:node");
    expect(node?.usable).toBe(65_532n);
    expect(node?.usableRule).toContain("65,532 pod IPs per node subnet");
    // Drilled in: beyond Cilium's 65,536 slots the addresses are reserved, not pod IPs.
    expect(findCell(d, "ipv6:fd00:10::1:0/128:address")?.kind).toBe("addr-reserved");
    expect(findCell(d, "ipv6:fd00:10::3/128:address")?.kind).toBe("addr-pod");
  });

  it("kube-controller-manager with two IPv4 pod ranges: the second is drawn unused, with the reason", () => {
    const d = testDesign({ ipv4: { podCidrs: ["10.244.0.0/16", "10.245.0.0/16"] } });
    const scene = buildScene(d, "ipv4", 512, 512);
    const second = scene?.layers.find((l) => l.id === "ipv4:10.245.0.0/16:pods");
    expect(second?.type).toBe("static");
    expect(findCell(d, "ipv4:10.245.0.0/24:node")).toBeUndefined();
    const f = facts(d, "ipv4:10.245.0.0/16:pods");
    expect(f?.usable).toBeUndefined();
    expect(f?.accessibleName).toBe("Pod range 10.245.0.0/16, never allocated");
    expect(f?.note).toContain("kube-controller-manager allocates node ranges only from the first");
    // The first range carries capacity's figures.
    const first = facts(d, "ipv4:10.244.0.0/16:pods");
    expect(first?.usable).toBe(253n * 256n);
    expect(computeCapacity(d).ipv4?.usableNodeSubnets).toBe(256n);
  });
});

describe("describeCell", () => {
  it("names an overlap by both ranges", () => {
    const d = PRESETS.find((x) => x.id === "cilium")?.design as Design;
    const scene = buildScene(d, "ipv4", 512, 512);
    const r = scene?.overlaps[0]?.rect;
    const hit = scene && r && cellAt(scene, r.x + r.width / 2, r.y + r.height / 2, 1);
    expect(hit && describeCell(hit, d).accessibleName).toBe(
      "Overlap 10.96.0.0/12 between pod range 10.0.0.0/8 and service range 10.96.0.0/12",
    );
  });

  it("gives a Cilium /24 node subnet 252 pod IPs and the DNS address its name", () => {
    const d: Design = {
      ...defaultDesign(),
      ipv4: { podCidrs: ["10.0.0.0/8"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
      cni: defaultCni("cilium"),
    };
    expect(facts(d, "ipv4:10.0.0.0/24:node")?.usable).toBe(252n);
    const svc = buildScene(defaultDesign(), "ipv4", 256, 256, p("10.96.0.0/24"));
    const dns = svc && cellById(svc, "ipv4:10.96.0.10/32:address");
    expect(dns && describeCell(dns, defaultDesign()).accessibleName).toBe(
      "Cluster DNS IP 10.96.0.10",
    );
  });

  it("says Cilium's router and health IPs are taken at run time, only under Cilium", () => {
    // reference/cni.md 2.4: the agent takes the cilium_host router IP and one health IP itself.
    const c = PRESETS.find((x) => x.id === "cilium")?.design as Design;
    expect(findCell(c, "ipv4:10.0.0.1/32:address")?.kind).toBe("addr-router");
    expect(facts(c, "ipv4:10.0.0.1/32:address")?.note).toBe(CILIUM_RUNTIME_NOTE);
    expect(facts(c, "ipv4:10.0.0.2/32:address")?.note).toBe(CILIUM_RUNTIME_NOTE);
    expect(facts(c, "ipv4:10.0.0.0/24:node")?.note).toBe(CILIUM_RUNTIME_NOTE);
    expect(facts(c, "ipv4:10.0.0.9/32:address")?.note).toBeUndefined();
    expect(facts(defaultDesign(), "ipv4:10.244.0.0/24:node")?.note).toBeUndefined();
  });

  it("the Service range says which node subnets it withholds beneath it", () => {
    // kube-controller-manager marks node subnets touching the Service range as used: a /12
    // inside 10.0.0.0/8 with /24 per node covers 2^(24-12) = 4,096 of them.
    const d: Design = {
      ...defaultDesign(),
      ipv4: { podCidrs: ["10.0.0.0/8"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
    };
    const svc = facts(d, "ipv4:10.96.0.0/12:services");
    expect(svc?.note).toContain("4,096 node subnets /24 of pod range 10.0.0.0/8");
    expect(svc?.lines.filter((l) => l === svc.note)).toHaveLength(1);
    expect(svc?.usable).toBe((1n << 20n) - 2n);
    expect(facts(d, "ipv4:10.0.0.0/8:pods")?.lines).toContain(
      "4,096 withheld (touch the Service range)",
    );
    expect(facts(defaultDesign(), "ipv4:10.96.0.0/12:services")?.note).toBeUndefined();
  });

  it("counts a node network and a LoadBalancer pool as capacity does", () => {
    const d = defaultDesign();
    d.loadBalancer = {
      provider: "metallb",
      avoidBuggyIPs: true,
      pools: [{ name: "lb", range: "192.0.2.0/24" }],
    };
    expect(facts(d, "ipv4:10.0.0.0/22:nodes")?.usable).toBe(1021n);
    expect(facts(d, "ipv4:192.0.2.0/24:lb")?.usable).toBe(254n);
    expect(facts(d, "ipv4:192.0.2.0/24:lb")?.usableRule).toContain("avoidBuggyIPs");
  });
});
