import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { describeCni } from "../../../src/core/cni/describeCni.ts";
import {
  parseAddressRange,
  rangesOverlap,
  prefixRange,
  type AddressRange,
} from "../../../src/core/ip/range.ts";
import { prefixOf } from "../../../src/core/ip/prefix.ts";
import { arbitraryDesign } from "./arbitraryDesign.ts";
import { designSchema, type Design } from "../../../src/core/design/schema.ts";

/** Every range of a design with a label, as inclusive address runs. */
function rangesOf(design: Design): { label: string; range: AddressRange }[] {
  const out: { label: string; range: AddressRange }[] = [];
  const add = (label: string, cidr: string): void => {
    const p = prefixOf(cidr);
    if (!p) throw new Error(`unparsable ${cidr}`);
    out.push({ label, range: prefixRange(p) });
  };
  for (const family of ["ipv4", "ipv6"] as const) {
    const plan = design[family];
    if (!plan) continue;
    plan.podCidrs.forEach((c, i) => add(`${family}.pods[${i}]`, c));
    add(`${family}.service`, plan.serviceCidr);
  }
  design.nodes.networks.forEach((n) => add(`node ${n.name}`, n.cidr));
  design.externalRanges.forEach((n) => add(`external ${n.name}`, n.cidr));
  for (const pool of design.loadBalancer.pools) {
    const r = parseAddressRange(pool.range);
    if (!r.ok) throw new Error(r.error);
    out.push({ label: `pool ${pool.name}`, range: r.value });
  }
  return out;
}

describe("arbitraryDesign", () => {
  it("generates designs that pass designSchema", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const parsed = designSchema.safeParse(design);
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("generates designs whose ranges never overlap", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        const ranges = rangesOf(design);
        for (const [i, a] of ranges.entries()) {
          for (const b of ranges.slice(i + 1)) {
            expect(rangesOverlap(a.range, b.range), `${a.label} vs ${b.label}`).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keeps node masks within 16 bits of each pod prefix, and pod prefixes no longer than the mask", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (design) => {
        for (const family of design.ipFamilies) {
          const plan = design[family];
          expect(plan).toBeDefined();
          for (const cidr of plan?.podCidrs ?? []) {
            const p = prefixOf(cidr);
            expect(p).toBeDefined();
            const length = p?.length ?? -1;
            expect(plan!.nodeMask - length).toBeGreaterThanOrEqual(0);
            expect(plan!.nodeMask - length).toBeLessThanOrEqual(16);
          }
          expect(plan!.podCidrs.length).toBeLessThanOrEqual(
            Math.max(1, describeCni(design.cni).maxPodCidrsPerFamily),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("honours pinned options", () => {
    fc.assert(
      fc.property(
        arbitraryDesign({ cni: "cilium", ciliumIpam: "eni", families: "dual" }),
        (design) => {
          expect(design.cni.kind).toBe("cilium");
          expect(design.cni.kind === "cilium" && design.cni.ipam).toBe("eni");
          expect([...design.ipFamilies].sort()).toEqual(["ipv4", "ipv6"]);
          expect(design.ipv4 && design.ipv6).toBeTruthy();
        },
      ),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(arbitraryDesign({ cni: "calico", families: "ipv6" }), (design) => {
        expect(design.cni.kind).toBe("calico");
        expect(design.ipFamilies).toEqual(["ipv6"]);
        expect(design.ipv4).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it("reaches every CNI kind, Cilium mode, family choice and pool form", () => {
    const seen = new Set<string>();
    for (const d of fc.sample(arbitraryDesign(), { numRuns: 2000, seed: 42 })) {
      seen.add(d.cni.kind);
      if (d.cni.kind === "cilium") seen.add(`cilium/${d.cni.ipam}`);
      if (d.cni.kind === "calico") seen.add(`calico/${d.cni.ipam}`);
      seen.add(d.ipFamilies.join("+"));
      seen.add(`k8s ${d.kubernetesVersion}`);
      for (const p of d.loadBalancer.pools) seen.add(p.range.includes("-") ? "run" : "cidr");
    }
    for (const expected of [
      "generic",
      "kubelet-standalone",
      "flannel",
      "calico/calico-ipam",
      "calico/host-local",
      "cilium/cluster-pool",
      "cilium/kubernetes",
      "cilium/multi-pool",
      "cilium/eni",
      "cilium/azure",
      "cilium/crd",
      "ipv4",
      "ipv6",
      "ipv4+ipv6",
      "ipv6+ipv4",
      "k8s 1.30",
      "k8s 1.36",
      "run",
      "cidr",
    ]) {
      expect(seen, expected).toContain(expected);
    }
  });
});
