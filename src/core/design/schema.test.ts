import { describe, expect, it } from "vitest";
import { defaultCni, defaultDesign, defaultFamilyPlan } from "./defaults.ts";
import { PRESETS } from "./presets.ts";
import { designSchema, type CniKind, type Design } from "./schema.ts";

/** The issues of a rejected design as "path: message" lines. */
function issues(input: unknown): string[] {
  const parsed = designSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

/** The default design with one change made by `edit` (on a deep copy). */
function edited(edit: (d: Record<string, unknown> & Design) => void): unknown {
  const d = structuredClone(defaultDesign()) as Record<string, unknown> & Design;
  edit(d);
  return d;
}

describe("designSchema accepts the starting points", () => {
  it("accepts the default design", () => {
    expect(issues(defaultDesign())).toEqual([]);
  });

  it.each(PRESETS.map((p) => [p.id, p.design] as const))("accepts preset %s", (_id, design) => {
    expect(issues(design)).toEqual([]);
    // Plain data: survives JSON and structuredClone unchanged.
    expect(JSON.parse(JSON.stringify(design))).toEqual(design);
  });

  it("has unique preset ids", () => {
    expect(new Set(PRESETS.map((p) => p.id)).size).toBe(PRESETS.length);
  });

  it.each(["generic", "kubelet-standalone", "cilium", "calico", "flannel"] as CniKind[])(
    "accepts the default %s settings",
    (kind) => {
      expect(issues({ ...defaultDesign(), cni: defaultCni(kind) })).toEqual([]);
    },
  );

  it("accepts dual-stack with IPv6 primary", () => {
    const d = { ...defaultDesign(), ipFamilies: ["ipv6", "ipv4"], ipv6: defaultFamilyPlan("ipv6") };
    expect(issues(d)).toEqual([]);
  });

  it("accepts CIDRs with host bits set (normalised later, as the controller manager does)", () => {
    expect(issues(edited((d) => (d.ipv4!.podCidrs = ["10.244.1.0/16"])))).toEqual([]);
  });
});

describe("designSchema rejects bad input, naming the path", () => {
  it.each([
    [
      "an unparsable pod range",
      (d: Design) => (d.ipv4!.podCidrs = ["10.244.0.0/33"]),
      "ipv4.podCidrs.0: ",
      "the prefix length must be 0 to 32",
    ],
    [
      "an IPv6 pod range in the IPv4 plan",
      (d: Design) => (d.ipv4!.podCidrs = ["fd00::/56"]),
      "ipv4.podCidrs.0: ",
      "is not an IPv4 CIDR",
    ],
    [
      "no pod range",
      (d: Design) => (d.ipv4!.podCidrs = []),
      "ipv4.podCidrs: ",
      "at least one pod range is required",
    ],
    ["a node mask beyond 32", (d: Design) => (d.ipv4!.nodeMask = 33), "ipv4.nodeMask: ", ""],
    [
      "a Service range with a zone",
      (d: Design) => (d.ipv4!.serviceCidr = "fe80::%eth0/64"),
      "ipv4.serviceCidr: ",
      "",
    ],
    ["a name that is not DNS-1123", (d: Design) => (d.name = "My_Cluster"), "name: ", "DNS-1123"],
    [
      "a Kubernetes version before 1.20",
      (d: Design) => (d.kubernetesVersion = "1.19"),
      "kubernetesVersion: ",
      '"1.NN"',
    ],
    [
      "a reversed NodePort range",
      (d: Design) => (d.nodePortRange = "32767-30000"),
      "nodePortRange: ",
      "is not a port range",
    ],
    [
      "an IPv6 family without a plan",
      (d: Design) => (d.ipFamilies = ["ipv4", "ipv6"]),
      "ipv6: ",
      "ipv6 is in ipFamilies but has no plan",
    ],
    [
      "a plan for a family that is off",
      (d: Design) => (d.ipv6 = defaultFamilyPlan("ipv6")),
      "ipv6: ",
      "ipv6 has a plan but is not in ipFamilies",
    ],
    [
      "the same family twice",
      (d: Design) => (d.ipFamilies = ["ipv4", "ipv4"]),
      "ipFamilies: ",
      "each family at most once",
    ],
    [
      "a LoadBalancer pool with start after end",
      (d: Design) => (d.loadBalancer.pools = [{ name: "lb", range: "10.0.0.9-10.0.0.1" }]),
      "loadBalancer.pools.0.range: ",
      // MetalLB config.go poolsFor: fmt.Errorf("parsing address pool %s: %s", p.Name, err) around
      // addressPoolFromCR's "invalid CIDR %q in pool %q: %s" (the prefix MetalLB's webhook shows).
      'parsing address pool lb: invalid CIDR "10.0.0.9-10.0.0.1" in pool "lb": invalid IP range "10.0.0.9-10.0.0.1": start IP "10.0.0.9" is after the end IP "10.0.0.1"',
    ],
    [
      "a LoadBalancer pool that is not a CIDR",
      (d: Design) => (d.loadBalancer.pools = [{ name: "web", range: "10.0.0.300/24" }]),
      "loadBalancer.pools.0.range: ",
      'parsing address pool web: invalid CIDR "10.0.0.300/24" in pool "web": invalid CIDR "10.0.0.300/24"',
    ],
    [
      "a node network that is not a CIDR",
      (d: Design) => (d.nodes.networks = [{ name: "n", cidr: "10.0.0.0" }]),
      "nodes.networks.0.cidr: ",
      "it needs a prefix length",
    ],
    ["a negative node count", (d: Design) => (d.nodes.count = -1), "nodes.count: ", ""],
    [
      "an unknown Cilium IPAM mode",
      (d: Design) =>
        (d.cni = { ...defaultCni("cilium"), ipam: "host-scope" } as unknown as Design["cni"]),
      "cni.ipam: ",
      "",
    ],
    [
      "an unknown CNI kind",
      (d: Design) => (d.cni = { kind: "weave" } as unknown as Design["cni"]),
      "cni.kind: ",
      "",
    ],
    [
      "an external range without a name",
      (d: Design) => (d.externalRanges = [{ name: "", cidr: "192.168.0.0/16" }]),
      "externalRanges.0.name: ",
      "a name is required",
    ],
  ])("rejects %s", (_what, edit, path, message) => {
    const found = issues(edited(edit));
    const match = found.find((line) => line.startsWith(path));
    expect(match, found.join("\n")).toBeDefined();
    expect(match).toContain(message);
  });

  it("rejects a wrong schema version and non-objects", () => {
    expect(
      issues({ ...defaultDesign(), schemaVersion: 2 }).some((l) => l.startsWith("schemaVersion: ")),
    ).toBe(true);
    expect(issues(null).length).toBeGreaterThan(0);
    expect(issues("design").length).toBeGreaterThan(0);
  });
});
