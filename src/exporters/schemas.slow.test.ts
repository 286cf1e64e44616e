import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { EXPORT_TARGETS, targetsFor } from "./registry.ts";
import { GOLDEN_CASES } from "../../test/exporters/goldenCases.ts";
import { makeAjv, schemasDir } from "../../test/exporters/schemas.ts";
import { upstreamRuleErrors } from "../../test/exporters/upstreamRules.ts";
import {
  parseExport,
  parseExportAsync,
  schemaErrors,
  schemasFor,
  upstreamSchemas,
} from "../../test/exporters/validateExport.ts";

/** Targets whose documents have an upstream schema; every other target is re-parsed only. */
const SCHEMA_TARGETS = new Set([
  "cilium-values",
  "cilium-pod-ip-pool",
  "cilium-lb-pool",
  "calico-installation",
  "calico-ippool",
  "metallb",
  "eksctl",
  "eniconfig",
]);

describe("upstream schemas", () => {
  it("fail loudly when the schemas folder is missing", () => {
    const saved = process.env.SHARED_SCHEMAS;
    process.env.SHARED_SCHEMAS = "/nonexistent/shared/schemas";
    try {
      expect(() => schemasDir()).toThrow(/upstream schemas not found/);
    } finally {
      if (saved === undefined) delete process.env.SHARED_SCHEMAS;
      else process.env.SHARED_SCHEMAS = saved;
    }
  });

  it("the cidr format accepts CIDRs and refuses addresses", () => {
    const validate = makeAjv().compile({ type: "string", format: "cidr" });
    expect(validate("10.0.0.0/8")).toBe(true);
    expect(validate("fd00:10::/104")).toBe(true);
    expect(validate("10.0.0.1")).toBe(false);
    expect(validate("10.0.0.0/33")).toBe(false);
  });

  // Each schema must be able to fail, or validating against it proves nothing (cni-cases.md examples).
  it.each([
    ["cilium-values", { ipam: { operator: { clusterPoolIPv4MaskSize: "24" } } }],
    [
      "cilium-pod-ip-pool",
      {
        apiVersion: "cilium.io/v2alpha1",
        kind: "CiliumPodIPPool",
        metadata: { name: "p" },
        spec: { ipv4: { cidrs: ["10.0.0.0/8"] } },
      },
    ],
    [
      "cilium-lb-pool",
      {
        apiVersion: "cilium.io/v2",
        kind: "CiliumLoadBalancerIPPool",
        metadata: { name: "p" },
        spec: { blocks: [{ cidr: "10.0.0.0/8" }], allowFirstLastIPs: false },
      },
    ],
    [
      "calico-installation",
      {
        apiVersion: "operator.tigera.io/v1",
        kind: "Installation",
        spec: { calicoNetwork: { ipPools: [{ cidr: "10.0.0.0/8", encapsulation: "GRE" }] } },
      },
    ],
    [
      "calico-ippool",
      {
        apiVersion: "projectcalico.org/v3",
        kind: "IPPool",
        metadata: { name: "p" },
        spec: { cidr: "not-a-cidr", ipipMode: "Sometimes" },
      },
    ],
    [
      "metallb",
      {
        apiVersion: "metallb.io/v1beta1",
        kind: "IPAddressPool",
        metadata: { name: "p" },
        spec: { avoidBuggyIPs: true },
      },
    ],
    // reference/managed-clouds.md 4.1: lower-case ipFamily and a string maxPodsPerNode are refused.
    [
      "eksctl",
      {
        apiVersion: "eksctl.io/v1alpha5",
        kind: "ClusterConfig",
        metadata: { name: "demo", region: "eu-west-1" },
        kubernetesNetworkConfig: { ipFamily: "ipv4" },
        managedNodeGroups: [{ name: "ng-1", maxPodsPerNode: "110" }],
      },
    ],
    [
      "eniconfig",
      {
        apiVersion: "crd.k8s.amazonaws.com/v1alpha1",
        kind: "ENIConfig",
        metadata: { name: "eu-west-1a" },
        spec: { securityGroups: ["sg-1"] },
      },
    ],
  ])("the %s schema rejects a broken document", (targetId, doc) => {
    const schemas = schemasFor(targetId, doc);
    expect(schemas.length).toBeGreaterThan(0);
    for (const schema of schemas) expect(schema.validate(doc)).toBe(false);
  });

  it("covers the versions the report names", () => {
    const { values, manifests } = upstreamSchemas();
    expect(values.map((v) => v.name)).toEqual([
      "cilium-1.20.0-values.schema.json",
      "cilium-1.19.6-values.schema.json",
    ]);
    expect([...manifests.keys()].sort()).toEqual([
      "cilium.io/v2/CiliumLoadBalancerIPPool",
      "cilium.io/v2alpha1/CiliumPodIPPool",
      "crd.k8s.amazonaws.com/v1alpha1/ENIConfig",
      "metallb.io/v1beta1/IPAddressPool",
      "metallb.io/v1beta1/L2Advertisement",
      "operator.tigera.io/v1/Installation",
      "projectcalico.org/v3/IPPool",
    ]);
  });
});

describe("golden designs: every export parses, validates and passes the tools' own rules", () => {
  for (const c of GOLDEN_CASES) {
    for (const target of targetsFor(c.design)) {
      it(`${c.name} / ${target.id}`, async () => {
        const files = target.render(c.design);
        expect(files.length).toBeGreaterThan(0);
        for (const file of files) {
          const parsed = await parseExportAsync(file);
          expect(parsed.docs.length + parsed.flags.length).toBeGreaterThan(0);
          if (SCHEMA_TARGETS.has(target.id)) {
            for (const doc of parsed.docs)
              expect(schemasFor(target.id, doc).length).toBeGreaterThan(0);
          }
          expect(schemaErrors(target.id, file)).toEqual([]);
          expect(upstreamRuleErrors(target.id, parsed)).toEqual([]);
        }
      });
    }
  }
});

describe("exports quote every CIDR and address as a string", () => {
  const ADDRESSING_KEY = /cidr|subnet|network$|addresses|clusterDNS|^start$|^stop$/i;
  it("every addressing value parses back as a string (or a list of strings)", () => {
    let checked = 0;
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") {
        for (const [key, child] of Object.entries(v)) {
          if (
            ADDRESSING_KEY.test(key) &&
            !/^require|^allocate/.test(key) &&
            (typeof child !== "object" || Array.isArray(child))
          ) {
            for (const item of [child].flat()) expect(typeof item).toBe("string");
            checked++;
          }
          walk(child);
        }
      }
    };
    for (const c of GOLDEN_CASES) {
      for (const target of targetsFor(c.design)) {
        for (const file of target.render(c.design)) {
          if (file.language === "yaml") walk(parseExport(file).docs);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("the tools' rules the schemas do not carry (cni.md section 11)", () => {
  const render = (id: string, caseName: string) => {
    const c = GOLDEN_CASES.find((g) => g.name === caseName);
    const target = EXPORT_TARGETS.find((t) => t.id === id);
    if (!c || !target) throw new Error(`no ${id} in ${caseName}`);
    const file = target.render(c.design)[0];
    if (!file) throw new Error("no file");
    return { file, parsed: parseExport(file) };
  };
  const values = (caseName: string) =>
    render("cilium-values", caseName).parsed.docs[0] as Record<string, Record<string, unknown>>;

  it("Cilium ipam.mode is one of the agent's eight modes in every Cilium case", () => {
    for (const c of GOLDEN_CASES.filter((g) => g.design.cni.kind === "cilium")) {
      const mode = (values(c.name).ipam as Record<string, unknown>).mode;
      expect([
        "kubernetes",
        "crd",
        "eni",
        "azure",
        "cluster-pool",
        "multi-pool",
        "alibabacloud",
        "delegated-plugin",
      ]).toContain(mode);
    }
    const broken = { ...values("cilium-cluster-pool-dual-tunnel"), ipam: { mode: "clusterpool" } };
    expect(upstreamRuleErrors("cilium-values", { docs: [broken], flags: [] })).toContain(
      'unknown ipam.mode "clusterpool"',
    );
  });

  it("ENI mode carries eni.enabled, and its absence is caught", () => {
    for (const f of ["ipv4", "ipv6", "dual"])
      expect(values(`cilium-eni-${f}`).eni).toMatchObject({ enabled: true });
    const broken = { ...values("cilium-eni-ipv4"), eni: { enabled: false } };
    expect(upstreamRuleErrors("cilium-values", { docs: [broken], flags: [] })).toContain(
      "ipam.mode=eni requires eni.enabled=true",
    );
  });

  it("native routing carries a native-routing CIDR per enabled family (except ENI), covering the pools", () => {
    const v = values("cilium-cluster-pool-dual-native");
    expect(v.ipv4NativeRoutingCIDR).toBe("10.0.0.0/8");
    expect(v.ipv6NativeRoutingCIDR).toBe("fd00:10::/104");
    expect(values("cilium-azure-dual").ipv4NativeRoutingCIDR).toBe("192.168.0.0/22");
    const broken = { ...v };
    delete broken.ipv6NativeRoutingCIDR;
    expect(upstreamRuleErrors("cilium-values", { docs: [broken], flags: [] })).toContain(
      "ipv6NativeRoutingCIDR must be set when routingMode is native",
    );
  });

  it("tunnel mode never gets autoDirectNodeRoutes, and the agent's refusal is reproduced", () => {
    const v = values("cilium-cluster-pool-dual-tunnel");
    expect(v.autoDirectNodeRoutes).toBeUndefined();
    expect(
      upstreamRuleErrors("cilium-values", {
        docs: [{ ...v, autoDirectNodeRoutes: true }],
        flags: [],
      })[0],
    ).toMatch(/^auto-direct-node-routes cannot be used with tunneling/);
  });

  it("Calico block sizes stay in 20-32 / 116-128 and never exceed the pool", () => {
    const { parsed } = render("calico-ippool", "calico-ipam-dual");
    const docs = parsed.docs as { spec: { blockSize: number } }[];
    expect(docs.map((d) => d.spec.blockSize)).toEqual([24, 120]);
    const tooSmall = [{ ...docs[0], spec: { ...docs[0]?.spec, blockSize: 19 } }];
    expect(upstreamRuleErrors("calico-ippool", { docs: tooSmall, flags: [] })).toContain(
      "IPv4 pool block size must be greater than 19 and less than or equal to 32",
    );
    const narrow = [
      {
        metadata: { name: "p" },
        spec: { cidr: "fd00::/124", blockSize: 122, ipipMode: "Never", vxlanMode: "Never" },
      },
    ];
    expect(upstreamRuleErrors("calico-ippool", { docs: narrow, flags: [] })).toContain(
      "IP pool size is too small. It must be equal to or greater than the block size",
    );
  });

  it("IPv6 Calico pools never use IPIP, even when IPv4 does", () => {
    const install = render("calico-installation", "calico-ipam-dual-ipip-bgp").parsed.docs[0] as {
      spec: { calicoNetwork: { ipPools: { cidr: string; encapsulation: string }[] } };
    };
    const [v4, v6] = install.spec.calicoNetwork.ipPools;
    expect(v4?.encapsulation).toBe("IPIPCrossSubnet");
    expect(v6?.encapsulation).toBe("VXLANCrossSubnet");
    const pools = render("calico-ippool", "calico-ipam-dual-ipip-bgp").parsed.docs as {
      spec: { ipipMode: string };
    }[];
    expect(pools[1]?.spec.ipipMode).toBe("Never");
    const broken = parse(
      "spec: {cni: {ipam: {type: Calico}}, calicoNetwork: {bgp: Enabled, ipPools: [{name: v6, cidr: 'fd00::/48', encapsulation: IPIP, nodeSelector: all()}]}}",
    ) as unknown;
    expect(upstreamRuleErrors("calico-installation", { docs: [broken], flags: [] })).toContain(
      "IPIP encapsulation is not supported by IPv6 pools, but it is set for fd00::/48",
    );
  });

  it("MetalLB pools do not overlap, and an overlap is caught with MetalLB's words", () => {
    expect(upstreamRuleErrors("metallb", render("metallb", "metallb-dual").parsed)).toEqual([]);
    const overlapping = parse(
      "kind: IPAddressPool\nmetadata: {name: a}\nspec: {addresses: ['192.0.2.0/28']}",
    ) as Record<string, unknown>;
    const second = parse(
      "kind: IPAddressPool\nmetadata: {name: b}\nspec: {addresses: ['192.0.2.10-192.0.2.20']}",
    ) as Record<string, unknown>;
    expect(upstreamRuleErrors("metallb", { docs: [overlapping, second], flags: [] })).toEqual([
      'CIDR in pool "b" overlaps with already defined CIDR in pool "a"',
    ]);
  });

  it("kube-controller-manager single-stack flags never name the other family's mask", () => {
    for (const [caseName, forbidden] of [
      ["generic-ipv4", "node-cidr-mask-size-ipv6"],
      ["generic-ipv6", "node-cidr-mask-size-ipv4"],
    ] as const) {
      const { parsed } = render("kube-controller-manager-flags", caseName);
      expect(parsed.flags.map((f) => f.name)).not.toContain(forbidden);
      const kubeadm = render("kubeadm", caseName).file.text;
      expect(kubeadm).not.toContain(forbidden);
    }
    expect(
      upstreamRuleErrors("kube-controller-manager-flags", {
        docs: [],
        flags: [
          { name: "allocate-node-cidrs", value: "true" },
          { name: "cluster-cidr", value: "10.244.0.0/16" },
          { name: "node-cidr-mask-size-ipv6", value: "64" },
          { name: "service-cluster-ip-range", value: "10.96.0.0/12" },
        ],
      }),
    ).toEqual([
      "usage of --node-cidr-mask-size-ipv6 is not allowed for a single-stack IPv4 cluster",
    ]);
  });

  it("kube-controller-manager and kubeadm get both masks in dual-stack, primary first", () => {
    const { parsed } = render("kube-controller-manager-flags", "cilium-kubernetes-dual-tunnel");
    expect(parsed.flags).toEqual([
      { name: "allocate-node-cidrs", value: "true" },
      { name: "cluster-cidr", value: "10.0.0.0/8,fd00:10::/104" },
      { name: "node-cidr-mask-size-ipv4", value: "24" },
      { name: "node-cidr-mask-size-ipv6", value: "120" },
      { name: "service-cluster-ip-range", value: "10.96.0.0/12,fd00:96::/112" },
    ]);
  });

  it("an IPv6 node mask more than 16 bits longer than the pool is caught (kube-controller-manager, Cilium)", () => {
    expect(
      upstreamRuleErrors("kube-controller-manager-flags", {
        docs: [],
        flags: [
          { name: "allocate-node-cidrs", value: "true" },
          { name: "cluster-cidr", value: "fd00:10::/104" },
          { name: "node-cidr-mask-size-ipv6", value: "64" },
          { name: "service-cluster-ip-range", value: "fd00:96::/112" },
        ],
      }),
    ).toContain(
      "Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family",
    );
  });

  it("kubeadm omits podSubnet and turns node IPAM off where the CNI allocates", () => {
    const docs = render("kubeadm", "calico-ipam-dual").parsed.docs as Record<
      string,
      Record<string, unknown>
    >[];
    expect(docs[0]?.networking).not.toHaveProperty("podSubnet");
    expect(docs[0]?.controllerManager).toEqual({
      extraArgs: [{ name: "allocate-node-cidrs", value: "false" }],
    });
    expect(docs.find((d) => d.kind === ("KubeProxyConfiguration" as unknown))).toMatchObject({
      clusterCIDR: "10.0.0.0/8,fd00:10::/104",
    });
  });

  it("Flannel's net-conf.json turns IPv4 off for IPv6-only clusters", () => {
    const cm = render("flannel", "flannel-ipv6-host-gw").parsed.docs[0] as {
      data: Record<string, string>;
    };
    expect(JSON.parse(cm.data["net-conf.json"] ?? "")).toEqual({
      EnableIPv4: false,
      EnableIPv6: true,
      IPv6Network: "fd00:10:244::/56",
      Backend: { Type: "host-gw" },
    });
  });

  it("YAML-1.1 words stay strings: allowFirstLastIPs is the string No", () => {
    const { file } = render("cilium-lb-pool", "cilium-lb-ipam");
    expect(file.text).toContain('allowFirstLastIPs: "No"');
  });
});
