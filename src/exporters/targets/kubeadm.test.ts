import { describe, expect, it } from "vitest";
import { parseAllDocuments } from "yaml";
import { defaultDesign, defaultFamilyPlan } from "../../core/design/defaults.ts";
import type { Design } from "../../core/design/schema.ts";
import { renderKubeadm } from "./kubeadm.ts";

const ipv6Only = (networks: Design["nodes"]["networks"]): Design => {
  const base = defaultDesign();
  return {
    ...base,
    ipFamilies: ["ipv6"],
    ipv4: undefined,
    ipv6: defaultFamilyPlan("ipv6"),
    nodes: { ...base.nodes, networks },
  };
};

/** The kubelet extra args of the InitConfiguration, or undefined when there is none. */
function initArgs(design: Design): unknown {
  const [file] = renderKubeadm(design);
  const docs = parseAllDocuments(file?.text ?? "").map((d) => d.toJS() as Record<string, unknown>);
  const init = docs.find((d) => d.kind === "InitConfiguration");
  return init && (init.nodeRegistration as Record<string, unknown>).kubeletExtraArgs;
}

describe("renderKubeadm node-ip", () => {
  it("IPv6-only: sets the example IPv6 node address, marked as one to replace", () => {
    // fd00:1:2:3::/64: the 2nd address after the network address, as in kubeadm's dual-stack docs.
    const design = ipv6Only([{ name: "v6", cidr: "fd00:1:2:3::/64" }]);
    expect(initArgs(design)).toEqual([{ name: "node-ip", value: "fd00:1:2:3::2" }]);
    expect(renderKubeadm(design)[0]?.text).toContain("replace it with each node's own address");
  });

  it("IPv6-only without an IPv6 node network: no InitConfiguration", () => {
    expect(initArgs(ipv6Only([{ name: "v4", cidr: "10.0.0.0/22" }]))).toBeUndefined();
  });

  it("IPv4-only: no InitConfiguration (the kubelet's default is already IPv4)", () => {
    expect(initArgs(defaultDesign())).toBeUndefined();
  });
});
