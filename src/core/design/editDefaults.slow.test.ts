import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyseDesign.ts";
import { AWS_VPC_IPAM_MODES, AZURE_CNI_IPAM_MODES } from "../cloud/cniSchemas.ts";
import { CNI_KINDS } from "../codec/cniKinds.ts";
import { familyModesFor, servesFamilies, type FamilyMode } from "../cni/familyModes.ts";
import type { Finding } from "../rules/finding.ts";
import { setCni, setCniOption, type CniPatch } from "./cniEdits.ts";
import { defaultDesign } from "./defaults.ts";
import { setIpFamilies } from "./families.ts";
import { PRESETS } from "./presets.ts";
import { CALICO_IPAM_MODES, CILIUM_IPAM_MODES, designSchema, type Design } from "./schema.ts";
import type { Family } from "../ip/family.ts";

/**
 * Every CNI × IPAM mode × family switch from the app's initial design, a 500-node design and
 * every preset: the design an edit leaves has no error and no warning (issue 11 item 3). The
 * domain is finite, so it is walked whole rather than sampled.
 *
 * The exceptions, each a finding no default can answer:
 * - the `cilium` preset exists to show an error (`showsError`): it is not a start;
 * - AKS kubenet's retirement warning (`aks-network`, "kubenet on AKS retires on 31 March 2028"):
 *   the preset and the CNI exist to plan clusters that still run it, and the warning is the point;
 * - the 500-node start on AKS kubenet: kubenet's route table holds at most 400 routes
 *   (`cloud-subnet-capacity` on `nodes.count`); the node count is the user's;
 * - the VPC CNI's custom-networking mode: pods take addresses from the ENIConfig subnet the user
 *   names for each zone (`eks-vpc-cni`, `capacity-node-network`); no default names them.
 */
const IPAM_MODES: Record<string, readonly string[]> = {
  cilium: CILIUM_IPAM_MODES,
  calico: CALICO_IPAM_MODES,
  "aws-vpc": AWS_VPC_IPAM_MODES,
  "azure-cni": AZURE_CNI_IPAM_MODES,
};

const FAMILY_SWITCHES: readonly [FamilyMode, Family][] = [
  ["ipv4", "ipv4"],
  ["ipv6", "ipv6"],
  ["dual", "ipv4"],
  ["dual", "ipv6"],
];

function allowed(d: Design, f: Finding): boolean {
  if (d.cni.kind === "aks-kubenet" && f.rule === "aks-network" && /retires/.test(f.message)) {
    return true;
  }
  if (d.cni.kind === "aks-kubenet" && f.rule === "cloud-subnet-capacity") {
    return f.fields.join() === "nodes.count" && d.nodes.count > 400;
  }
  return d.cni.kind === "aws-vpc" && d.cni.ipam === "custom-networking";
}

/** "label: rule: message" for every error or warning the design has beyond the exceptions. */
function problems(label: string, d: Design): string[] {
  const schema = designSchema.safeParse(d);
  if (!schema.success) return [`${label}: schema: ${schema.error.issues[0]?.message ?? ""}`];
  return analyse(d)
    .findings.filter((f) => f.severity !== "info" && !allowed(d, f))
    .map((f) => `${label}: ${f.rule}: ${f.message}`);
}

/** Every design the edits reach from `start`, labelled by the edits. */
function reached(start: Design): [string, Design][] {
  const out: [string, Design][] = [["start", start]];
  for (const [mode, primary] of FAMILY_SWITCHES) {
    const switched = setIpFamilies(start, mode, primary, {});
    // A switch the CNI does not serve is refused (with its reason), never applied.
    const served = servesFamilies(familyModesFor(start.cni), mode, primary);
    expect(switched.ok, `${mode}/${primary}`).toBe(served);
    if (!switched.ok) continue;
    const fam = `families ${mode}/${primary}`;
    out.push([fam, switched.value.design]);
    for (const kind of CNI_KINDS) {
      const picked = setCni(switched.value.design, kind);
      if (!picked.ok) throw new Error(picked.error);
      out.push([`${fam}, CNI ${kind}`, picked.value.design]);
      for (const ipam of IPAM_MODES[kind] ?? []) {
        const moded = setCniOption(picked.value.design, { ipam } as CniPatch);
        if (!moded.ok) throw new Error(moded.error);
        out.push([`${fam}, CNI ${kind}, IPAM ${ipam}`, moded.value.design]);
      }
    }
  }
  return out;
}

const base = defaultDesign();
const STARTS: [string, Design][] = [
  ["the initial design", base],
  [
    "500 nodes",
    {
      ...base,
      ipv4: { podCidrs: ["10.64.0.0/14"], nodeMask: 24, serviceCidr: "10.96.0.0/12" },
      nodes: { ...base.nodes, count: 500 },
    },
  ],
  ...PRESETS.filter((p) => !p.showsError).map((p): [string, Design] => [
    `preset ${p.id}`,
    p.design,
  ]),
];

describe("edits that bring defaults leave no error or warning", () => {
  it.each(STARTS)("from %s, every family switch, CNI and IPAM mode", (_, start) => {
    const found = reached(start).flatMap(([label, d]) => problems(label, d));
    expect(found).toEqual([]);
  });

  it("the 500-node case: dual-stack sizes the IPv6 pod range for 600 nodes", () => {
    const start = STARTS[1]![1];
    const dual = setIpFamilies(start, "dual", "ipv4", {});
    if (!dual.ok) throw new Error(dual.error);
    const v6 = analyse(dual.value.design).capacity?.ipv6;
    expect(v6 && v6.maxNodes >= 600n).toBe(true);
    expect(dual.value.note).toMatch(/node network nodes-v6 fd00:/i);
  });

  it("Calico takes its own IPv6 block size, /122, and says so", () => {
    const dual = setIpFamilies(base, "dual", "ipv4", {});
    if (!dual.ok) throw new Error(dual.error);
    const calico = setCni(dual.value.design, "calico");
    if (!calico.ok) throw new Error(calico.error);
    expect(calico.value.design.ipv6?.nodeMask).toBe(122);
    expect(calico.value.design.ipv4?.nodeMask).toBe(24);
    expect(calico.value.note).toMatch(/IPv6 node mask set to \/122/);
  });
});
