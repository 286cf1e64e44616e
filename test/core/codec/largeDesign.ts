import { defaultDesign } from "../../../src/core/design/defaults.ts";
import type { Design } from "../../../src/core/design/schema.ts";

const POOL_NAMES = ["public", "internal", "dmz", "ingress", "egress", "mgmt", "backup", "test"];
const RANGE_NAMES = [
  "corp-vpn",
  "datacenter-1",
  "datacenter-2",
  "peered-vpc",
  "docker-bridge",
  "office-lan",
  "partner-net",
  "legacy-dmz",
];

/**
 * A large, realistic design for link-length measurements and fixtures: dual-stack, Cilium
 * multi-pool, three node networks, 8 LoadBalancer pools (CIDRs, IPv4 and IPv6 runs) and 8
 * external ranges.
 */
export function largeDesign(): Design {
  const base = defaultDesign();
  return {
    ...base,
    name: "production-east-1",
    ipFamilies: ["ipv4", "ipv6"],
    ipv4: { podCidrs: ["10.32.0.0/12", "10.48.0.0/13"], nodeMask: 24, serviceCidr: "10.96.0.0/16" },
    ipv6: {
      podCidrs: ["fd12:3456:789a:100::/56"],
      nodeMask: 64,
      serviceCidr: "fd12:3456:789a:1::/108",
    },
    nodes: {
      networks: [
        { name: "nodes-a", cidr: "10.20.0.0/20" },
        { name: "nodes-b", cidr: "10.20.16.0/20" },
        { name: "nodes-v6", cidr: "2001:db8:42::/64" },
      ],
      count: 400,
      headroomPercent: 25,
      maxPods: 110,
    },
    loadBalancer: {
      provider: "cilium",
      avoidBuggyIPs: true,
      pools: POOL_NAMES.map((name, i) => ({
        name: `lb-${name}`,
        range:
          i === 4
            ? "2001:db8:ff::40-2001:db8:ff::ff"
            : i % 2
              ? `192.168.${100 + i}.10-192.168.${100 + i}.250`
              : `203.0.113.${i * 16}/28`,
      })),
    },
    externalRanges: RANGE_NAMES.map((name, i) => ({
      name,
      cidr: i === 5 ? "2001:db8:aaaa::/48" : `172.${16 + i * 2}.0.0/16`,
    })),
    cni: {
      kind: "cilium",
      ipam: "multi-pool",
      routingMode: "native",
      tunnelProtocol: "geneve",
      eni: { enis: 4, ipsPerEni: 15, prefixDelegation: true },
    },
  };
}
