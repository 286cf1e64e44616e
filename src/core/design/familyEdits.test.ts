import { describe, expect, it } from "vitest";
import { defaultCni, defaultDesign, defaultFamilyPlan } from "./defaults.ts";
import { setFamilies, setIpFamilies } from "./families.ts";
import type { Design } from "./schema.ts";
import { setNodeMask } from "./nodeMask.ts";
import { addPodCidr, removePodCidr, setPodCidr, setPodCidrs } from "./podRanges.ts";
import { setServiceCidr } from "./serviceRange.ts";

const v4 = () => defaultDesign();

describe("setFamilies", () => {
  it("keeps a kept family's plan, restores a parked one, defaults a new one", () => {
    const d = v4();
    const parked = { ipv6: { ...defaultFamilyPlan("ipv6"), nodeMask: 80 } };
    const restored = setFamilies(d, ["ipv6", "ipv4"], parked);
    expect(restored.design.ipFamilies).toEqual(["ipv6", "ipv4"]);
    expect(restored.design.ipv4).toEqual(d.ipv4);
    expect(restored.design.ipv6?.nodeMask).toBe(80);
    expect(restored.defaulted).toEqual([]);
    const fresh = setFamilies(d, ["ipv4", "ipv6"]);
    expect(fresh.design.ipv6).toEqual(defaultFamilyPlan("ipv6"));
    expect(fresh.defaulted).toEqual(["ipv6"]);
  });

  it("gives a family switched on the node mask its CNI fixes: AKS's IPv6 /80 per node", () => {
    for (const kind of ["azure-overlay", "aks-kubenet"] as const) {
      const aks = { ...v4(), cni: defaultCni(kind) };
      // Fresh (the CLI's --pod-cidr of a second family) or parked: a /80, as AKS gives.
      expect(setFamilies(aks, ["ipv4", "ipv6"]).design.ipv6?.nodeMask).toBe(80);
      const parked = { ipv6: defaultFamilyPlan("ipv6") };
      expect(setFamilies(aks, ["ipv4", "ipv6"], parked).design.ipv6?.nodeMask).toBe(80);
      // The app's family picker reads the same: the design it settles has the /80.
      const edit = setIpFamilies(aks, "dual", "ipv4", {});
      expect(edit.ok && edit.value.design.ipv6?.nodeMask).toBe(80);
      // A family kept keeps its plan as it is (the rules judge it).
      const dual: Design = {
        ...aks,
        ipFamilies: ["ipv4", "ipv6"],
        ipv6: defaultFamilyPlan("ipv6"),
      };
      expect(setFamilies(dual, ["ipv4", "ipv6"]).design.ipv6?.nodeMask).toBe(64);
    }
    // A CNI that fixes nothing keeps the kubeadm-like /64.
    expect(setFamilies(v4(), ["ipv4", "ipv6"]).design.ipv6?.nodeMask).toBe(64);
  });

  it("drops the plan of a family switched off", () => {
    const { design } = setFamilies(v4(), ["ipv6"]);
    expect(design.ipv4).toBeUndefined();
    expect(design.ipFamilies).toEqual(["ipv6"]);
  });
});

describe("setIpFamilies (the app's family picker)", () => {
  it("adds a node network for a family that has none: the API server advertises on it", () => {
    const dual = setIpFamilies(v4(), "dual", "ipv4", {});
    expect(dual.ok && dual.value.design.nodes.networks.map((n) => n.cidr)).toEqual([
      ...v4().nodes.networks.map((n) => n.cidr),
      "fd00:1::/64",
    ]);
    // IPv6 only: without an IPv6 node network kube-apiserver refuses to start
    // (apiserver-advertise-family), so the switch adds one; the IPv4 network stays.
    const single = setIpFamilies(v4(), "ipv6", "ipv6", {});
    expect(single.ok && single.value.design.nodes.networks).toEqual([
      ...v4().nodes.networks,
      { name: "nodes-v6", cidr: "fd00:1::/64" },
    ]);
    const back = single.ok ? setIpFamilies(single.value.design, "ipv4", "ipv4", {}) : single;
    expect(back.ok && back.value.design.nodes.networks).toHaveLength(2);
  });
});

describe("pod ranges, masks and Service ranges", () => {
  it("setPodCidr normalises and notes; setPodCidrs keeps the text as typed", () => {
    const edited = setPodCidr(v4(), "ipv4", 0, "10.244.3.4/16");
    expect(edited.ok && edited.value).toMatchObject({
      note: "normalised to 10.244.0.0/16, as kube-controller-manager does",
    });
    expect(edited.ok && edited.value.design.ipv4?.podCidrs).toEqual(["10.244.0.0/16"]);
    const typed = setPodCidrs(v4(), "ipv4", ["10.244.3.4/16"]);
    expect(typed.ok && typed.value.design.ipv4?.podCidrs).toEqual(["10.244.3.4/16"]);
    expect(setPodCidrs(v4(), "ipv6", ["fd00::/56"])).toEqual({
      ok: false,
      error: "the design has no ipv6 plan",
    });
  });

  it("addPodCidr follows the last block when the mode takes several; remove keeps the last", () => {
    const generic = addPodCidr(v4(), "ipv4");
    expect(generic.ok).toBe(false);
    const calico = {
      ...v4(),
      cni: { kind: "calico", ipam: "calico-ipam", encapsulation: "VXLAN", bgp: false },
    } as const;
    const added = addPodCidr(calico, "ipv4");
    expect(added.ok && added.value.design.ipv4?.podCidrs).toEqual([
      "10.244.0.0/16",
      "10.245.0.0/16",
    ]);
    expect(removePodCidr(v4(), "ipv4", 0)).toEqual({
      ok: false,
      error: "a family needs at least one pod range",
    });
  });

  it("setNodeMask bounds the mask by the family; setServiceCidr normalises unless asTyped", () => {
    expect(setNodeMask(v4(), "ipv4", 33)).toEqual({
      ok: false,
      error: "the node mask must be a whole number from 0 to 32",
    });
    const mask = setNodeMask(v4(), "ipv4", 26);
    expect(mask.ok && mask.value.design.ipv4?.nodeMask).toBe(26);
    const svc = setServiceCidr(v4(), "ipv4", "10.96.0.1/12");
    expect(svc.ok && svc.value.design.ipv4?.serviceCidr).toBe("10.96.0.0/12");
    const typed = setServiceCidr(v4(), "ipv4", "10.96.0.1/12", { asTyped: true });
    expect(typed.ok && typed.value.design.ipv4?.serviceCidr).toBe("10.96.0.1/12");
  });
});

describe("setIpFamilies refuses what the CNI does not serve, and sizes what it brings", () => {
  it("refuses IPv6 on the VPC CNI's secondary-IP mode, with the reason", () => {
    const eks = { ...v4(), cni: defaultCni("aws-vpc") };
    const refused = setIpFamilies(eks, "dual", "ipv4", {});
    expect(refused.ok ? "" : refused.error).toMatch(/IPv4 only, and EKS has no dual-stack/);
  });

  it("leaves a finding the design had before alone (it is the user's)", () => {
    const tooSmall = { ...v4(), nodes: { ...v4().nodes, count: 300 } };
    const dual = setIpFamilies(tooSmall, "dual", "ipv4", {});
    expect(dual.ok && dual.value.design.ipv4).toEqual(tooSmall.ipv4);
  });
});
