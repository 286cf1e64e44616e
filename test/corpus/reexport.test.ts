import { describe, expect, it } from "vitest";
import type { Design } from "../../src/core/design/schema.ts";
import { EXPORT_TARGETS } from "../../src/exporters/registry.ts";
import { importConfig } from "../../src/importers/importConfig.ts";
import type { ImportFormat } from "../../src/importers/types.ts";
import { corpusFiles } from "./corpus.ts";
import { canonical } from "./expectation.ts";

/**
 * Issue 15, "Done when": every corpus file in a format the designer exports is imported,
 * exported to that format and imported again, and the addressing comes back the same. A command
 * line's own format is the config file the same tool reads (`kubeadm init` flags → the kubeadm
 * export, `k3s server` flags → the k3s config export).
 */
const OWN_TARGET: Partial<Record<ImportFormat, (text: string) => string>> = {
  kubeadm: () => "kubeadm",
  "kubeadm-init-command": () => "kubeadm",
  "kind-cluster": () => "kind",
  "cilium-values": () => "cilium-values",
  // RKE2 and k3s share the config format; a file choosing RKE2's `cni` is RKE2's.
  "k3s-config": (text) => (/^cni:/m.test(text) ? "rke2-config" : "k3s-config"),
  "k3s-server-command": () => "k3s-config",
};

/** The format each export target's file is read back as. */
const READ_AS: Record<string, ImportFormat> = {
  kubeadm: "kubeadm",
  kind: "kind-cluster",
  "cilium-values": "cilium-values",
  "rke2-config": "k3s-config",
  "k3s-config": "k3s-config",
};

/** The addressing an export must carry back: families in order, each family's pods, mask and Services. */
function addressing(d: Design) {
  return {
    ipFamilies: d.ipFamilies,
    plans: d.ipFamilies.map((f) => ({
      podCidrs: d[f]!.podCidrs.map(canonical),
      nodeMask: d[f]!.nodeMask,
      serviceCidr: canonical(d[f]!.serviceCidr),
    })),
    cni: d.cni,
  };
}

const cases = corpusFiles().flatMap((file) => {
  const first = importConfig(file.text);
  const target = OWN_TARGET[first.format as ImportFormat]?.(file.text);
  if (file.expected.knownGap !== undefined || target === undefined || !first.design) return [];
  return [{ path: file.path, target, design: first.design }];
});

describe("re-exporting each corpus file to its own format gives the same addressing back", () => {
  it("covers the corpus files in exported formats", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });

  it.each(cases.map((c) => [c.path, c.target, c] as const))("%s → %s", (_, target, c) => {
    const exporter = EXPORT_TARGETS.find((t) => t.id === target);
    expect(exporter?.appliesTo(c.design), `${target} applies to the imported design`).toBe(true);
    const files = exporter!.render(c.design);
    const again = importConfig(files[0]!.text);
    expect(again.format).toBe(READ_AS[target]);
    expect(again.design, again.messages.join("\n")).toBeDefined();
    expect(addressing(again.design!)).toEqual(addressing(c.design));
  });
});
