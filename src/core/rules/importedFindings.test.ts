import { describe, expect, it } from "vitest";
import { holdBackPlaceholders } from "./placeholderFindings.ts";
import { importedRefusal } from "./importedRefusal.ts";
import type { Imported, ImportedRefusal } from "../design/imported.ts";
import type { Finding } from "./finding.ts";
import { check, designWith } from "../../../test/core/rules/testDesigns.ts";

// ADR 0120: the import's refusals stay on the design (imported-refusal), and a finding one of
// whose fields lies under a placeholder path (a value the imported file did not declare) is
// lowered to info and says which stand-in it rests on.

const imported = (...placeholders: string[]): Imported => ({
  format: "kubeadm",
  sources: {},
  placeholders,
  refusals: [],
});

const finding = (severity: Finding["severity"], ...fields: string[]): Finding => ({
  rule: "some-rule",
  severity,
  fields,
  message: "Something is wrong.",
  fix: "Change it.",
  source: "somewhere",
});

describe("holdBackPlaceholders", () => {
  it("no import, or an import without placeholders: the findings as they are", () => {
    const findings = [finding("error", "ipv4.serviceCidr")];
    expect(holdBackPlaceholders(findings, undefined)).toEqual(findings);
    expect(holdBackPlaceholders(findings, imported())).toEqual(findings);
  });

  it("a field under one placeholder: info, naming it, 'Set it'", () => {
    expect(
      holdBackPlaceholders([finding("error", "nodes.networks.0.cidr")], imported("nodes.networks")),
    ).toEqual([
      {
        ...finding("error", "nodes.networks.0.cidr"),
        severity: "info",
        message:
          "Something is wrong. (Held back: it rests on nodes.networks, not in the imported file: a placeholder. Set it to the cluster's real value.)",
      },
    ]);
  });

  it("two fields under one placeholder name it once; under two placeholders, both and 'Set them'", () => {
    const [once, both] = holdBackPlaceholders(
      [
        finding("warning", "nodes.networks.0.cidr", "nodes.networks.1.cidr"),
        finding("error", "ipv4.serviceCidr", "nodes.networks.0.cidr", "ipv4.podCidrs.0"),
      ],
      imported("nodes.networks", "ipv4.serviceCidr"),
    );
    expect(once?.severity).toBe("info");
    expect(once?.message).toBe(
      "Something is wrong. (Held back: it rests on nodes.networks, not in the imported file: a placeholder. Set it to the cluster's real value.)",
    );
    expect(both?.severity).toBe("info");
    expect(both?.message).toBe(
      "Something is wrong. (Held back: it rests on ipv4.serviceCidr, nodes.networks, not in the imported file: a placeholder. Set them to the cluster's real value.)",
    );
  });

  it("a finding on declared fields only keeps its severity and text", () => {
    const declared = finding("error", "ipv4.podCidrs.0", "ipv4.nodeMask");
    expect(holdBackPlaceholders([declared], imported("nodes.networks"))).toEqual([declared]);
  });
});

describe("imported-refusal: each refusal the import kept, as the file's component said it", () => {
  const withRefusals = (...refusals: ImportedRefusal[]) =>
    designWith({ imported: { format: "kubeadm", sources: {}, placeholders: [], refusals } });

  it("an error with the component's quoted text and a warning without one", () => {
    const design = withRefusals(
      {
        severity: "error",
        component: "kubeadm",
        key: "networking.podSubnet",
        quoted:
          "the size of pod subnet with mask 24 is smaller than the size of node subnet with mask 16",
        message: "Make the pod subnet larger than the node mask.",
      },
      {
        severity: "warning",
        component: "kube-proxy",
        key: "clusterCIDR",
        message: "Set clusterCIDR to the pod range.",
      },
    );
    expect(check(importedRefusal, design)).toEqual([
      {
        rule: "imported-refusal",
        severity: "error",
        fields: [],
        message:
          'The imported kubeadm file: refused by kubeadm (networking.podSubnet): "the size of pod subnet with mask 24 is smaller than the size of node subnet with mask 16".',
        fix: "Make the pod subnet larger than the node mask.",
        source: "kubeadm",
      },
      {
        rule: "imported-refusal",
        severity: "warning",
        fields: [],
        message: "The imported kubeadm file: warning by kube-proxy (clusterCIDR).",
        fix: "Set clusterCIDR to the pod range.",
        source: "kube-proxy",
      },
    ]);
  });
});
