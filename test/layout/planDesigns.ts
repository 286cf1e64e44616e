import { defaultDesign } from "../../src/core/design/defaults.ts";
import { PRESETS } from "../../src/core/design/presets.ts";
import type { Design } from "../../src/core/design/schema.ts";
import { importConfig } from "../../src/importers/importConfig.ts";

/** A kubeadm config as users paste it: dual-stack, /25 node masks (kubeadm v1beta4). */
export const KUBEADM_CONFIG = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
kubernetesVersion: v1.33.2
clusterName: prod-east
networking:
  podSubnet: 10.244.0.0/16,fd00:10:244::/56
  serviceSubnet: 10.96.0.0/16,fd00:10:96::/112
controllerManager:
  extraArgs:
  - name: node-cidr-mask-size-ipv4
    value: "25"
  - name: node-cidr-mask-size-ipv6
    value: "64"
`;

/** An IPv6-only design (the e2e link fixture's ranges) with a MetalLB pool and an external range. */
export function ipv6OnlyDesign(): Design {
  const d: Partial<Design> = defaultDesign();
  delete d.ipv4;
  return {
    ...(d as Design),
    name: "ipv6-only",
    ipFamilies: ["ipv6"],
    ipv6: {
      podCidrs: ["2001:db8:1234::/56"],
      nodeMask: 64,
      serviceCidr: "2001:db8:1234:ffff::/112",
    },
    nodes: {
      ...(d as Design).nodes,
      networks: [{ name: "nodes", cidr: "2001:db8:1234:f000::/64" }],
    },
    loadBalancer: {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: [{ name: "public", range: "2001:db8:1234:e000::/120" }],
    },
    externalRanges: [{ name: "corp", cidr: "2001:db8:1234:d000::/64" }],
  };
}

/**
 * The dual-stack preset with `start-end` LoadBalancer pools that are not one aligned block: an
 * IPv4 run and two IPv6 ones, one as wide as an IPv6 run gets written (on a phone's map it takes
 * three label lines).
 */
export function startEndPoolsDesign(): Design {
  const preset = PRESETS.find((p) => p.id === "dual-stack");
  if (!preset) throw new Error("no dual-stack preset");
  const ranges = [
    "10.200.0.10-10.200.0.60",
    "fd01::3-fd01::ffff:fffc",
    "fd02::5-fd02:ffff:ffff:ffff:ffff:ffff:ffff:fffa",
  ];
  return {
    ...preset.design,
    name: "start-end-pools",
    loadBalancer: {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: ranges.map((range, i) => ({ name: `p${i + 1}`, range })),
    },
  };
}

/**
 * Every design the plan view must open legibly on (issue 10): the default design, every preset,
 * IPv6-only, dual-stack (a preset), an imported kubeadm config and `start-end` pools.
 */
export function planDesigns(): { name: string; design: Design }[] {
  const imported = importConfig(KUBEADM_CONFIG).design;
  if (!imported) throw new Error("the kubeadm fixture did not import");
  return [
    { name: "default", design: defaultDesign() },
    ...PRESETS.map((p) => ({ name: `preset ${p.id}`, design: p.design })),
    { name: "IPv6-only", design: ipv6OnlyDesign() },
    { name: "imported kubeadm", design: imported },
    { name: "start-end pools", design: startEndPoolsDesign() },
  ];
}

/** The default design with LoadBalancer pools `p1`, `p2`, … written as given (CIDRs or `start-end` runs). */
export function withPools(ranges: string[]): Design {
  const d = defaultDesign();
  return {
    ...d,
    loadBalancer: {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: ranges.map((range, i) => ({ name: `p${i + 1}`, range })),
    },
  };
}

/** 64 nested IPv6 `start-end` pools (the hostile link of issue 13), IPv6 only. */
export function nestedPools(): Design {
  const ranges = Array.from({ length: 64 }, (_, i) => {
    const lo = (2 * i + 3).toString(16);
    const hi = (0xfffc - 2 * i).toString(16);
    return `fd00::${lo}-fd00:ffff:ffff:ffff:ffff:ffff:ffff:${hi}`;
  });
  const d = withPools(ranges);
  return {
    ...d,
    ipFamilies: ["ipv6"],
    ipv4: undefined,
    ipv6: { podCidrs: ["fd10::/56"], nodeMask: 64, serviceCidr: "fd20::/108" },
  };
}
