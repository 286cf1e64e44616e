import fc from "fast-check";
import { arbitraryDesign, type ArbitraryDesignOptions } from "../../core/design/arbitraryDesign.ts";
import type { Design } from "../../../src/core/design/schema.ts";
import { bitsOf, type Family } from "../../../src/core/ip/family.ts";
import { formatPrefix, nthSubnet, prefixOf } from "../../../src/core/ip/prefix.ts";
import type { Layer } from "../../../src/layout/scene.ts";
import type { Cell } from "../../../src/layout/visibleCells.ts";

/** A far-away extra pod range per family (a second `--cluster-cidr`, or one more pool entry). */
const EXTRA_POD_BASE: Record<Family, string> = { ipv4: "11.0.0.0", ipv6: "fd00:11::" };

function withExtraPodRange(design: Design, family: Family): Design {
  const plan = design[family];
  if (!plan) return design;
  const length = Math.max(family === "ipv4" ? 8 : 32, plan.nodeMask - 4);
  const extra = `${EXTRA_POD_BASE[family]}/${length}`;
  return { ...design, [family]: { ...plan, podCidrs: [...plan.podCidrs, extra] } };
}

function withServiceInPods(design: Design, family: Family): Design {
  const plan = design[family];
  const pod = plan && prefixOf(plan.podCidrs[0] ?? "");
  if (!plan || !pod) return design;
  const length = Math.min(bitsOf(family) - 4, Math.max(pod.length, family === "ipv4" ? 20 : 108));
  const service = formatPrefix(nthSubnet(pod, length, 0n));
  return { ...design, [family]: { ...plan, serviceCidr: service } };
}

/**
 * Random designs for the map/capacity agreement: `arbitraryDesign` (every range disjoint), and
 * sometimes an extra pod range per family (unused under kube-controller-manager, another pool
 * entry elsewhere) or a Service range moved inside the first pod range (withheld node subnets).
 */
export function mapDesign(options: ArbitraryDesignOptions): fc.Arbitrary<Design> {
  return fc
    .tuple(arbitraryDesign(options), fc.boolean(), fc.boolean())
    .map(([design, extra, inside]) => {
      let d = design;
      for (const family of design.ipFamilies) {
        if (extra) d = withExtraPodRange(d, family);
        if (inside) d = withServiceInPods(d, family);
      }
      return d;
    });
}

/** The cell a whole layer stands for, as `cellById` would return it for the layer's id. */
export function layerCell(layer: Layer): Cell {
  return {
    id: layer.id,
    kind: layer.type === "static" ? layer.kind : layer.item.role,
    prefix: layer.item?.prefix ?? layer.prefix,
    rect: layer.rect,
    item: layer.item,
    overlap: undefined,
    units: undefined,
  };
}
