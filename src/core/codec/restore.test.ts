import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { DESIGN_SCHEMA_VERSION } from "../design/schema.ts";
import { MIGRATIONS } from "./migrate.ts";
import { hostileLinkDesign } from "../../../test/core/codec/hostileLinks.ts";
import { largeDesign } from "../../../test/core/codec/largeDesign.ts";
import { passedGate, restoreDesign } from "./restore.ts";

const plain = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(defaultDesign())) as Record<string, unknown>;

function errorOf(input: unknown): string {
  const r = restoreDesign(input);
  if (r.ok) throw new Error("expected a refusal");
  return r.error;
}

describe("restoreDesign", () => {
  it("accepts the default design and every preset unchanged, without notices", () => {
    for (const d of [defaultDesign(), ...PRESETS.map((p) => p.design)]) {
      const r = restoreDesign(JSON.parse(JSON.stringify(d)));
      expect(r).toEqual({ ok: true, value: { design: d, notices: [] } });
    }
  });

  it.each([null, 42, "design", [], true, undefined])("refuses %j as not an object", (input) => {
    expect(errorOf(input)).toMatch(/must be a JSON object/);
  });

  it.each(["__proto__", "constructor", "prototype"])("refuses the key %s anywhere", (key) => {
    const top = JSON.parse(`{"${key}": {"polluted": true}, "name": "x"}`) as unknown;
    expect(errorOf(top)).toContain(`"${key}"`);
    expect(errorOf(top)).toMatch(/prototype pollution/);
    const nested = plain();
    nested.nodes = JSON.parse(`{"networks": [{"name": "a", "cidr": "10.0.0.0/8", "${key}": {}}]}`);
    expect(errorOf(nested)).toContain(`nodes.networks[0].${key}`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("names the first problem with its path, quoting the value", () => {
    const d = plain();
    (d.ipv4 as Record<string, unknown>).podCidrs = ["10.0.0.0/33"];
    expect(errorOf(d)).toBe(
      'ipv4.podCidrs[0]: "10.0.0.0/33" is not a valid CIDR: the prefix length must be 0 to 32',
    );
  });

  it("explains type errors, missing required parts and bad enum values", () => {
    const count = plain();
    (count.nodes as Record<string, unknown>).count = "12";
    expect(errorOf(count)).toBe('nodes.count: expected number, got "12"');
    const noService = plain();
    delete (noService.ipv4 as Record<string, unknown>).serviceCidr;
    expect(errorOf(noService)).toBe("ipv4.serviceCidr is missing (expected string)");
    const cni = plain();
    cni.cni = { kind: "weave" };
    expect(errorOf(cni)).toMatch(/^cni\.kind: "weave" is not one of generic, kubelet-standalone/);
    const ipam = plain();
    ipam.cni = { kind: "cilium", ipam: "bogus" };
    expect(errorOf(ipam)).toMatch(/^cni\.ipam: "bogus" is not one of cluster-pool, kubernetes/);
  });

  it("refuses names with markup and echoes them escaped and short", () => {
    const d = plain();
    d.name = "<script>alert(1)</script>";
    const message = errorOf(d);
    expect(message).toMatch(/^name: "/);
    expect(message).toContain("DNS-1123");
    expect(message).not.toMatch(/<script/i);
    expect(message).toContain("\\u003cscript\\u003e");
    d.name = `<b>${"x".repeat(500)}`;
    const long = errorOf(d);
    expect(long).toMatch(/^name: "\\u003cb\\u003ex+…" is not allowed: names are at most 63/);
    expect(long.length).toBeLessThan(200);
  });

  it("does not echo a huge CIDR string in full", () => {
    const d = plain();
    (d.ipv4 as Record<string, unknown>).serviceCidr =
      `<img src=x onerror=alert(1)>${"9".repeat(5000)}`;
    const message = errorOf(d);
    expect(message.length).toBeLessThan(320);
    expect(message).not.toMatch(/<img/);
  });

  it("clears host bits and says so, as kube-controller-manager does", () => {
    const d = plain();
    (d.ipv4 as Record<string, unknown>).podCidrs = ["10.244.1.0/16"];
    const r = restoreDesign(d);
    expect(r.ok && r.value.design.ipv4?.podCidrs).toEqual(["10.244.0.0/16"]);
    expect(r.ok && r.value.notices).toContain(
      "ipv4.podCidrs[0]: 10.244.1.0/16 was normalised to 10.244.0.0/16, as kube-controller-manager does",
    );
  });

  it("rewrites IPv6 in RFC 5952 form and LB ranges without spaces", () => {
    const d = plain();
    d.ipFamilies = ["ipv6"];
    delete d.ipv4;
    d.ipv6 = {
      podCidrs: ["FD00:0010:0244:0000::/56"],
      nodeMask: 64,
      serviceCidr: "fd00:10:96::/112",
    };
    d.loadBalancer = {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: [{ name: "a", range: "192.0.2.10 - 192.0.2.20" }],
    };
    const r = restoreDesign(d);
    expect(r.ok && r.value.design.ipv6?.podCidrs).toEqual(["fd00:10:244::/56"]);
    expect(r.ok && r.value.design.loadBalancer.pools[0]?.range).toBe("192.0.2.10-192.0.2.20");
  });

  it("fills missing optional parts with defaults and says so", () => {
    const r = restoreDesign({
      schemaVersion: 1,
      ipv4: { podCidrs: ["10.1.0.0/16"], serviceCidr: "10.2.0.0/16" },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.design).toEqual({
      ...defaultDesign(),
      ipv4: { podCidrs: ["10.1.0.0/16"], nodeMask: 24, serviceCidr: "10.2.0.0/16" },
    });
    expect(r.value.notices).toContain(
      "ipv4.nodeMask was missing; kube-controller-manager's default /24 was used",
    );
    expect(r.value.notices.some((n) => n.startsWith("ipFamilies was missing"))).toBe(true);
    expect(r.value.notices.some((n) => n.startsWith("nodes was missing"))).toBe(true);
  });

  it("fills the CNI's missing options from that CNI's defaults", () => {
    const d = plain();
    d.cni = { kind: "cilium", ipam: "kubernetes", eni: { enis: 4 } };
    const r = restoreDesign(d);
    expect(r.ok && r.value.design.cni).toEqual({
      kind: "cilium",
      ipam: "kubernetes",
      routingMode: "tunnel",
      tunnelProtocol: "vxlan",
      eni: { enis: 4, ipsPerEni: 10, prefixDelegation: false },
    });
  });

  it("refuses a design with no addressing at all rather than inventing one", () => {
    expect(errorOf({ schemaVersion: 1 })).toMatch(/ipFamilies is missing/);
  });

  it("drops unknown fields with a notice", () => {
    const d = plain();
    d.colour = "blue";
    (d.nodes as Record<string, unknown>).rack = 3;
    const r = restoreDesign(d);
    expect(r.ok && [...r.value.notices].sort()).toEqual([
      "colour is not part of the design and was ignored",
      "nodes.rack is not part of the design and was ignored",
    ]);
    expect(r.ok && "colour" in r.value.design).toBe(false);
  });

  it("names dropped fields inside lists by their full path, in the input's order, five listed", () => {
    const d = plain();
    const nodes = d.nodes as { networks: Record<string, unknown>[] };
    nodes.networks = [
      { name: "a", cidr: "10.1.0.0/24", rack: 1 },
      { name: "b", cidr: "10.2.0.0/24", rack: 2, row: 3 },
    ];
    d.colour = "blue";
    d.zz = 1;
    d.zy = 2;
    d.zx = 3;
    const r = restoreDesign(d);
    expect(r.ok && r.value.notices.filter((n) => /ignored$/.test(n))).toEqual([
      "nodes.networks[0].rack is not part of the design and was ignored",
      "nodes.networks[1].rack is not part of the design and was ignored",
      "nodes.networks[1].row is not part of the design and was ignored",
      "colour is not part of the design and was ignored",
      "zz is not part of the design and was ignored",
      "2 more unknown fields were ignored",
    ]);
  });

  it("handles schema versions: missing means 1, newer and malformed are refused", () => {
    const missing = plain();
    delete missing.schemaVersion;
    const r = restoreDesign(missing);
    expect(r.ok && r.value.notices[0]).toMatch(/schemaVersion was missing/);
    expect(errorOf({ ...plain(), schemaVersion: DESIGN_SCHEMA_VERSION + 1 })).toMatch(
      /newer version of the app/,
    );
    expect(errorOf({ ...plain(), schemaVersion: "1" })).toMatch(/^schemaVersion: "1" is not/);
    expect(errorOf({ ...plain(), schemaVersion: 0 })).toMatch(/^schemaVersion: 0 is not/);
  });

  it("has one migration per older schema version", () => {
    expect(MIGRATIONS).toHaveLength(DESIGN_SCHEMA_VERSION - 1);
  });

  it("refuses deep nesting and huge arrays without throwing", () => {
    let deep: unknown = "x";
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(errorOf({ ...plain(), name: deep })).toMatch(/nested deeper/);
    const huge = { ...plain(), externalRanges: new Array(1_000_000).fill(0) };
    expect(errorOf(huge)).toBe(
      "the data holds more than 20,000 values: externalRanges alone has 1,000,000 entries",
    );
  });

  it("refuses non-plain values", () => {
    expect(errorOf({ ...plain(), name: new Date(0) })).toMatch(/^name: only plain objects/);
    expect(errorOf({ ...plain(), nodes: { count: Number.NaN } })).toMatch(/finite/);
  });

  it("does not mutate its input", () => {
    const d = plain();
    (d.ipv4 as Record<string, unknown>).podCidrs = ["10.244.1.0/16"];
    delete d.cni;
    const before = JSON.stringify(d);
    restoreDesign(d);
    expect(JSON.stringify(d)).toBe(before);
  });

  it("takes back a design it returned as it is: checking a copy again changes nothing", () => {
    const inputs = [
      defaultDesign(),
      largeDesign(),
      hostileLinkDesign("ipv4"),
      hostileLinkDesign("ipv6"),
      ...PRESETS.map((p) => p.design),
    ];
    for (const input of inputs) {
      const first = restoreDesign(JSON.parse(JSON.stringify(input)));
      if (!first.ok) throw new Error(first.error);
      const { design } = first.value;
      expect(passedGate(design)).toBe(true);
      expect(restoreDesign(design)).toEqual({ ok: true, value: { design, notices: [] } });
      const again = restoreDesign(design);
      expect(again.ok && again.value.design).toBe(design);
      // What the shortcut skips: the full check of an equal copy finds nothing to change.
      const copy: unknown = JSON.parse(JSON.stringify(design));
      expect(passedGate(copy)).toBe(false);
      expect(restoreDesign(copy)).toEqual({ ok: true, value: { design, notices: [] } });
    }
  });

  it("does not take a design it did not return, or a non-object, as checked", () => {
    const d = defaultDesign();
    expect(passedGate(d)).toBe(false);
    expect(passedGate(null)).toBe(false);
    expect(passedGate("design")).toBe(false);
    const bad = { ...d, ipv4: { ...d.ipv4!, podCidrs: ["10.0.0.0/33"] } };
    expect(restoreDesign(bad).ok).toBe(false);
  });
});
