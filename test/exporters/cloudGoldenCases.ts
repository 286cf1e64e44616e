import { PRESETS } from "../../src/core/design/presets.ts";
import type { Design } from "../../src/core/design/schema.ts";
import type { GoldenCase } from "./goldenCases.ts";

function preset(id: string): Design {
  const found = PRESETS.find((p) => p.id === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found.design;
}

const EKS = ["eksctl", "vpc-cni-values", "terraform-eks"];
const GKE = ["gcloud", "terraform-gke"];
const AKS = ["aks-cli", "terraform-aks"];

/** EKS custom networking: node /20s in 10.0.0.0/16, ENIConfig /19s in the CG-NAT 100.64.0.0/16. */
function eksCustomNetworking(): Design {
  const base = preset("eks-secondary-ip");
  if (base.cni.kind !== "aws-vpc") throw new Error("not EKS");
  const zones = ["a", "b", "c"];
  return {
    ...base,
    name: "eks-custom",
    nodes: {
      ...base.nodes,
      maxPods: 20,
      networks: [
        ...zones.map((z, i) => ({ name: `private-${z}`, cidr: `10.0.${i * 16}.0/20` })),
        ...zones.map((z, i) => ({ name: `pods-${z}`, cidr: `100.64.${i * 32}.0/19` })),
      ],
    },
    cni: {
      ...base.cni,
      ipam: "custom-networking",
      zones: zones.map((z) => ({
        zone: `eu-west-1${z}`,
        network: `private-${z}`,
        podNetwork: `pods-${z}`,
      })),
    },
  };
}

/** GKE Standard with two pod ranges (an additional one) and its own Service secondary range. */
function gkeTwoPodRanges(): Design {
  const base = preset("gke-standard");
  return {
    ...base,
    name: "gke-two-ranges",
    ipv4: { podCidrs: ["10.4.0.0/14", "10.96.0.0/16"], nodeMask: 24, serviceCidr: "10.8.0.0/20" },
    cni: { kind: "gke", mode: "standard", managedServices: false },
  };
}

/** The managed-cloud golden cases: the EKS, GKE and AKS presets and two variants. */
export const CLOUD_GOLDEN_CASES: GoldenCase[] = [
  { name: "eks-secondary-ip", design: preset("eks-secondary-ip"), targets: EKS, pinned: EKS },
  {
    name: "eks-prefix-delegation",
    design: preset("eks-prefix-delegation"),
    targets: EKS,
    pinned: ["eksctl", "vpc-cni-values"],
  },
  {
    name: "eks-custom-networking",
    design: eksCustomNetworking(),
    targets: ["eksctl", "vpc-cni-values", "eniconfig", "terraform-eks"],
    pinned: ["eksctl", "vpc-cni-values", "eniconfig", "terraform-eks"],
  },
  { name: "gke-standard", design: preset("gke-standard"), targets: GKE, pinned: GKE },
  { name: "gke-autopilot", design: preset("gke-autopilot"), targets: GKE, pinned: GKE },
  { name: "gke-two-pod-ranges", design: gkeTwoPodRanges(), targets: GKE, pinned: GKE },
  ...["aks-kubenet", "aks-azure-cni", "aks-pod-subnet", "aks-cilium"].map((id) => ({
    name: id,
    design: preset(id),
    targets: AKS,
    pinned: AKS,
  })),
];
