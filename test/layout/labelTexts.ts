import { defaultDesign } from "../../src/core/design/defaults.ts";
import type { Design } from "../../src/core/design/schema.ts";
import { planEntries } from "../../src/layout/planView.ts";
import { gapLabels, rangeLabels } from "../../src/layout/planLabels.ts";
import { collectRanges } from "../../src/layout/rangeItems.ts";

/**
 * Every text the plan view measures or draws for `design`: each range's label forms and each
 * gap's, in both families, in layout order. Test helper (label width checks).
 */
export function labelTexts(design: Design): string[] {
  const out: string[] = [];
  for (const family of design.ipFamilies) {
    for (const entry of planEntries(collectRanges(design, family))) {
      const forms = entry.type === "gap" ? gapLabels(entry.span) : rangeLabels(entry.item);
      for (const lines of forms) for (const line of lines) out.push(line);
    }
  }
  return out;
}

/**
 * A dual-stack design with `n` ranges of each kind in each family's lists (node networks,
 * LoadBalancer pools as CIDRs and `start-end` runs, external ranges, pod ranges), named
 * `net-7`, `pool-7`, `ext-7`. Test helper.
 */
export function rangesOfEachKind(n: number): Design {
  const base = defaultDesign();
  const v4 = (i: number, at: number) => `10.${(i >> 4) & 255}.${((i & 15) << 4) + at}.0`;
  const v6 = (i: number, at: number) => `fd${at.toString(16)}:${i.toString(16)}::`;
  return {
    ...base,
    ipFamilies: ["ipv4", "ipv6"],
    ipv4: { podCidrs: [`100.64.0.0/16`], nodeMask: 24, serviceCidr: "100.96.0.0/16" },
    ipv6: { podCidrs: ["fd99::/48"], nodeMask: 64, serviceCidr: "fd98::/108" },
    nodes: {
      ...base.nodes,
      networks: Array.from({ length: n }, (_, i) => ({
        name: `net-${i}`,
        cidr: i % 2 ? `${v6(i, 1)}/64` : `${v4(i, 1)}/24`,
      })),
    },
    loadBalancer: {
      provider: "metallb",
      avoidBuggyIPs: false,
      pools: Array.from({ length: n }, (_, i) => ({
        name: `pool-${i}`,
        range:
          i % 3 === 0
            ? `${v4(i, 2)}/25`
            : i % 3 === 1
              ? `${v4(i, 2).replace(/0$/, "10")}-${v4(i, 3).replace(/0$/, "20")}`
              : `${v6(i, 2)}ff-${v6(i, 2)}1:fffe`,
      })),
    },
    externalRanges: Array.from({ length: n }, (_, i) => ({
      name: `ext-${i}`,
      cidr: i % 2 ? `${v6(i, 4)}/60` : `${v4(i, 4)}/22`,
    })),
  };
}
