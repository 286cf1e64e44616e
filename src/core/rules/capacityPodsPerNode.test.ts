import { describe, expect, it } from "vitest";
import { cilium, testDesign } from "../../../test/core/capacity/testDesign.ts";
import { runRules } from "./runRules.ts";

// EKS max pods = ENIs × (IPv4 per ENI − 1) + 2: the + 2 are host-network pods (aws-node,
// kube-proxy) that use no pod IP (amazon-vpc-cni-k8s misc/eni-max-pods.txt header; cni.md 7).
describe("capacity-pods-per-node under Cilium ENI counts EKS's 2 host-network pods", () => {
  const eni = cilium("eni", { enis: 3, ipsPerEni: 10, prefixDelegation: false });
  const findings = (maxPods: number) =>
    runRules(testDesign({ cni: eni, maxPods })).filter((f) => f.rule === "capacity-pods-per-node");

  it("m5.large (3 × 10): maxPods 29 fits, as EKS's eni-max-pods.txt lists for m5.large", () => {
    expect(findings(29)).toEqual([]);
  });

  it("maxPods 110 is advised down to 29, not 27", () => {
    const [f] = findings(110);
    expect(f?.severity).toBe("warning");
    expect(f?.fix).toContain("Lower maxPods to 29 (27 pod IPs + 2 host-network pods");
    expect(f?.fix).toContain("or enable prefix delegation");
  });
});
