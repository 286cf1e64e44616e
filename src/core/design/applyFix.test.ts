import { describe, expect, it } from "vitest";
import { applyFix } from "./applyFix.ts";
import { defaultDesign } from "./defaults.ts";

const fix = (changes: Record<string, unknown>) => ({ summary: "", changes });

describe("applyFix", () => {
  it("changes each path through its design edit", () => {
    const d = {
      ...defaultDesign(),
      loadBalancer: {
        provider: "metallb" as const,
        avoidBuggyIPs: false,
        pools: [{ name: "a", range: "192.168.1.0/24" }],
      },
    };
    const edit = applyFix(
      d,
      fix({
        "ipv4.podCidrs.0": "10.64.0.0/14",
        "ipv4.nodeMask": 25,
        "ipv4.serviceCidr": "10.96.0.0/16",
        "nodes.networks.0.cidr": "10.1.0.0/21",
        "loadBalancer.pools.0.range": "192.168.2.0/25",
        "nodes.maxPods": 60,
      }),
    );
    expect(edit.ok).toBe(true);
    if (!edit.ok) return;
    const next = edit.value.design;
    expect(next.ipv4).toEqual({
      podCidrs: ["10.64.0.0/14"],
      nodeMask: 25,
      serviceCidr: "10.96.0.0/16",
    });
    expect(next.nodes.networks[0]?.cidr).toBe("10.1.0.0/21");
    expect(next.loadBalancer.pools[0]?.range).toBe("192.168.2.0/25");
    expect(next.nodes.maxPods).toBe(60);
    expect(d.ipv4?.podCidrs[0]).toBe("10.244.0.0/16");
  });

  it("clears host bits with the edit's note, as typing the value would", () => {
    const edit = applyFix(defaultDesign(), fix({ "ipv4.podCidrs.0": "10.64.1.0/14" }));
    expect(edit.ok && edit.value.design.ipv4?.podCidrs[0]).toBe("10.64.0.0/14");
    expect(edit.ok && edit.value.note).toMatch(/10\.64\.0\.0\/14/);
  });

  it("refuses paths without an edit and values of the wrong kind, naming the path", () => {
    expect(applyFix(defaultDesign(), fix({ name: "x" }))).toEqual({
      ok: false,
      error: "a fix cannot change name",
    });
    const bad = applyFix(defaultDesign(), fix({ "ipv4.nodeMask": "25" }));
    expect(bad.ok || bad.error).toBe("ipv4.nodeMask: ipv4.nodeMask takes a whole number");
    const off = applyFix(defaultDesign(), fix({ "ipv6.nodeMask": 64 }));
    expect(off.ok || off.error).toMatch(/^ipv6\.nodeMask: the design has no ipv6 plan/);
  });
});
