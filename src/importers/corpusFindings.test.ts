import { describe, expect, it } from "vitest";
import { importConfig } from "./importConfig.ts";

/**
 * Import bugs the issue-15 corpus of published files found (test/corpus), each pinned here on the
 * smallest config that shows it.
 */
describe("a Kubernetes version the designer does not model", () => {
  it("is said and stands in, without sinking the import (kubeadm's own v1beta1 test data)", () => {
    const r = importConfig(`apiVersion: kubeadm.k8s.io/v1beta1
kind: ClusterConfiguration
kubernetesVersion: v1.13.0
networking:
  podSubnet: 10.148.0.0/16
`);
    expect(r.design?.ipv4?.podCidrs).toEqual(["10.148.0.0/16"]);
    expect(r.design?.kubernetesVersion).toBe("1.35");
    expect(r.design?.imported?.placeholders).toContain("kubernetesVersion");
    expect(r.messages).toContain(
      'kubernetesVersion: "v1.13.0" is not a version the designer models (1.20 on); 1.35 stands in for it',
    );
  });

  it("a modelled version is read", () => {
    const r = importConfig(
      "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\nkubernetesVersion: v1.36.0\n",
    );
    expect(r.design?.kubernetesVersion).toBe("1.36");
  });
});
