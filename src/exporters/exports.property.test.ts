import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  arbitraryDesign,
  type ArbitraryDesignOptions,
} from "../../test/core/design/arbitraryDesign.ts";
import { CILIUM_IPAM_MODES, designSchema } from "../core/design/schema.ts";
import { targetsFor } from "./registry.ts";
import { upstreamRuleErrors } from "../../test/exporters/upstreamRules.ts";
import {
  parseExportAsync,
  schemaErrors,
  upstreamSchemas,
} from "../../test/exporters/validateExport.ts";

/** Every CNI kind and IPAM mode the designer models. */
const MODES: { label: string; options: ArbitraryDesignOptions }[] = [
  { label: "generic", options: { cni: "generic" } },
  { label: "kubelet-standalone", options: { cni: "kubelet-standalone" } },
  { label: "flannel", options: { cni: "flannel" } },
  { label: "calico", options: { cni: "calico" } },
  { label: "azure-overlay", options: { cni: "azure-overlay" } },
  ...CILIUM_IPAM_MODES.map((ipam) => ({
    label: `cilium/${ipam}`,
    options: { cni: "cilium" as const, ciliumIpam: ipam },
  })),
];

describe("property: every export of every applicable target parses and validates", () => {
  // Compiling the Cilium and Tigera schemas takes seconds; do it once, outside the per-mode timeouts.
  beforeAll(() => void upstreamSchemas(), 120_000);

  for (const { label, options } of MODES) {
    it(label, async () => {
      await fc.assert(
        fc.asyncProperty(arbitraryDesign(options), async (design) => {
          expect(designSchema.safeParse(design).success).toBe(true);
          const targets = targetsFor(design);
          expect(targets.length).toBeGreaterThan(0);
          for (const target of targets) {
            for (const file of target.render(design)) {
              const parsed = await parseExportAsync(file);
              expect(parsed.docs.length + parsed.flags.length).toBeGreaterThan(0);
              expect(schemaErrors(target.id, file)).toEqual([]);
              expect(upstreamRuleErrors(target.id, parsed)).toEqual([]);
            }
          }
        }),
        { numRuns: 20 },
      );
    });
  }
});
