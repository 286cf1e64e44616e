import { describe, expect, it } from "vitest";
import { previewImport } from "./previewImport.ts";

const KUBEADM = `apiVersion: kubeadm.k8s.io/v1beta4
kind: ClusterConfiguration
networking:
  podSubnet: 10.32.0.0/12
  serviceSubnet: 10.112.0.0/16
`;

describe("previewImport", () => {
  it("names the detected format and gives the design", () => {
    const preview = previewImport(KUBEADM);
    expect(preview.format).toBe("kubeadm configuration");
    expect(preview.error).toBeUndefined();
    expect(preview.design?.ipv4?.podCidrs).toEqual(["10.32.0.0/12"]);
    expect(preview.design?.ipv4?.serviceCidr).toBe("10.112.0.0/16");
    for (const m of preview.messages) expect(m).toMatch(/^[A-Z0-9"'`-].*[.!?]$/);
  });

  it("refuses text in no known format with a reason", () => {
    const preview = previewImport("hello: world\n");
    expect(preview.design).toBeUndefined();
    expect(preview.error).toBe("Not a format the designer reads.");
    expect(preview.messages[0]).toMatch(/^This is not a config the designer reads/);
  });

  it("reads text as a forced format", () => {
    const preview = previewImport("hello: world\n", "cilium-values");
    expect(preview.format).toBe("Cilium Helm values");
    expect(preview.design?.cni.kind).toBe("cilium");
  });

  it("says when text read as a format holds nothing usable", () => {
    const preview = previewImport("just some words\n", "component-flags");
    expect(preview.design).toBeUndefined();
    expect(preview.error).toBe(
      "Read as kube-controller-manager / kube-apiserver flags, but nothing usable was found.",
    );
    expect(preview.messages).toEqual(["No --flags were found."]);
  });

  it("keeps upstream key spelling and lists the keys read, recognised and ignored", () => {
    const preview = previewImport(`ipam:
  mode: cluster-pool
  operator:
    clusterPoolIPv4PodCIDRList: ["10.0.0.0/8"]
    clusterPoolIPv4MaskSize: 24
routingMode: native
ipv4NativeRoutingCIDR: 10.0.0.0/8
autoDirectNodeRoutes: true
kubeProxyReplacement: true
k8sServiceHost: api.example.com
`);
    expect(preview.messages).toContain(
      "kubeProxyReplacement: ignored (not about addressing, or not modelled).",
    );
    expect(preview.messages).toContain(
      "k8sServiceHost: ignored (not about addressing, or not modelled).",
    );
    expect(preview.messages).toContain(
      "Keys read: ipam.mode, ipam.operator.clusterPoolIPv4PodCIDRList, ipam.operator.clusterPoolIPv4MaskSize, routingMode.",
    );
    const derived = preview.messages.find((m) => m.startsWith("ipv4NativeRoutingCIDR"));
    expect(derived).toMatch(/^ipv4NativeRoutingCIDR, autoDirectNodeRoutes: recognised/);
    expect(preview.messages.every((m) => !/^[A-Z][a-z]+[A-Z]/.test(m))).toBe(true);
  });
});

describe("previewImport echoes keys safely", () => {
  it("shows a key's bidi and control characters escaped in the dialog's messages", () => {
    const preview = previewImport('ipam:\n  mode: kubernetes\n"hub\\u202eble\\e[31m": 1\n');
    expect(preview.messages).toContainEqual(expect.stringContaining("hub\\u202eble\\u001b[31m"));
    for (const m of preview.messages) {
      expect(m).not.toContain("\u202e");
      expect(m).not.toContain("\u001b");
    }
  });
});
