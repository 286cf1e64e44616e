import { describe, expect, it } from "vitest";
import { defaultCni } from "../design/defaults.ts";
import type { Cni, CniKind } from "../design/schema.ts";
import type { Family } from "../ip/family.ts";
import { baseDesign } from "./baseDesign.ts";
import {
  sizeLbPool,
  sizeNodeMask,
  sizeNodeNetwork,
  sizePodRange,
  sizeServiceRange,
} from "./sizeFamily.ts";
import type { Requirements } from "./types.ts";

const REQ: Requirements = {
  nodes: 500,
  maxNodes: 500,
  surge: 100,
  podsPerNode: 110,
  services: 1000,
  lbAddresses: 20,
};

function base(kind: CniKind | Cni, req: Requirements = REQ, families: Family[] = ["ipv4"]) {
  const cni = typeof kind === "string" ? defaultCni(kind) : kind;
  const made = baseDesign(req, cni, families);
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

describe("sizeNodeMask", () => {
  it("takes the longest mask whose pod IPs hold the pods, per allocator", () => {
    // Cilium: size − 4 (124 at /25); host-local IPv4: size − 3 (125 at /25); /26 gives 60 or 61.
    expect(sizeNodeMask(base("cilium"), "ipv4", REQ).nodeMask).toBe(25);
    expect(sizeNodeMask(base("generic"), "ipv4", REQ).nodeMask).toBe(25);
    const at = (kind: CniKind, podsPerNode: number) => {
      const req = { ...REQ, podsPerNode };
      return sizeNodeMask(base(kind, req), "ipv4", req).nodeMask;
    };
    expect(at("generic", 61)).toBe(26);
    expect(at("generic", 62)).toBe(25);
    expect(at("cilium", 61)).toBe(25);
    expect(at("cilium", 60)).toBe(26);
  });

  it("keeps the mask a mode fixes, Calico's default block, and a given mask", () => {
    const aks = sizeNodeMask(base("azure-overlay"), "ipv4", REQ);
    expect(aks.nodeMask).toBe(24);
    expect(aks.reason).toMatch(/Azure CNI Overlay/);
    expect(sizeNodeMask(base("calico"), "ipv4", REQ).nodeMask).toBe(26);
    expect(sizeNodeMask(base("calico", REQ, ["ipv6"]), "ipv6", REQ).nodeMask).toBe(122);
    expect(sizeNodeMask(base("cilium"), "ipv4", { ...REQ, nodeMask: { ipv4: 24 } }).nodeMask).toBe(
      24,
    );
  });

  it("has no node mask where pods take node-network addresses", () => {
    const eni: Cni = { ...(defaultCni("cilium") as Extract<Cni, { kind: "cilium" }>), ipam: "eni" };
    expect(sizeNodeMask(base(eni), "ipv4", REQ).nodeMask).toBeUndefined();
  });

  it("sizes IPv6 masks too (Cilium: /121 gives 124 pod IPs)", () => {
    expect(sizeNodeMask(base("cilium", REQ, ["ipv6"]), "ipv6", REQ).nodeMask).toBe(121);
  });
});

describe("sizePodRange", () => {
  it("holds maximum nodes plus surge: 600 at /24 need a /14 (a /15 gives 512)", () => {
    const sized = sizePodRange(base("cilium"), "ipv4", 24, REQ);
    expect(sized?.length).toBe(14);
    expect(sized?.reason).toContain("600 nodes");
    expect(sizePodRange(base("cilium"), "ipv4", 25, REQ)?.length).toBe(15);
    // 500 + 10: 2 % headroom gives exactly 510 ≤ 512; 500 + 12 needs 3 % (515), so a /14.
    const fewer = { ...REQ, surge: 10 };
    expect(sizePodRange(base("cilium", fewer), "ipv4", 24, fewer)?.length).toBe(15);
    const over = { ...REQ, surge: 12 };
    const sizedOver = sizePodRange(base("cilium", over), "ipv4", 24, over);
    expect(sizedOver?.length).toBe(14);
    expect(sizedOver?.reason).toContain(
      "515 nodes (maximum 500 + surge 12, as 500 now + 3 % headroom)",
    );
  });

  it("Calico: /26 blocks, a node fills two at 110 pods, so a /21 pool holds 16 nodes", () => {
    const req = { ...REQ, nodes: 16, maxNodes: 16, surge: 0 };
    expect(sizePodRange(base("calico", req), "ipv4", 26, req)?.length).toBe(21);
    const more = { ...req, nodes: 17, maxNodes: 17 };
    expect(sizePodRange(base("calico", more), "ipv4", 26, more)?.length).toBe(20);
    // At 60 pods a block a node: the /21's 32 blocks are the 32-node ceiling.
    const small = { ...req, nodes: 32, maxNodes: 32, podsPerNode: 60 };
    expect(sizePodRange(base("calico", small), "ipv4", 26, small)?.length).toBe(21);
    const over = { ...small, nodes: 33, maxNodes: 33 };
    expect(sizePodRange(base("calico", over), "ipv4", 26, over)?.length).toBe(20);
  });
});

describe("sizeServiceRange, sizeNodeNetwork, sizeLbPool", () => {
  it("takes the smallest block that gives enough", () => {
    // IPv4 ClusterIPs: size − 2. 1,000 → /22 (1,022); 1,022 → /22; 1,023 → /21.
    expect(sizeServiceRange(base("cilium"), "ipv4", REQ)?.length).toBe(22);
    expect(sizeServiceRange(base("cilium"), "ipv4", { ...REQ, services: 1022 })?.length).toBe(22);
    expect(sizeServiceRange(base("cilium"), "ipv4", { ...REQ, services: 1023 })?.length).toBe(21);
    // Node network: 600 nodes, size − 3 on-prem: /22 (1,021).
    expect(sizeNodeNetwork(base("cilium"), "ipv4", REQ)?.length).toBe(22);
    expect(sizeLbPool(base("cilium"), "ipv4", REQ)?.length).toBe(27);
    expect(sizeLbPool(base("cilium"), "ipv4", { ...REQ, lbAddresses: 0 })).toBeUndefined();
  });

  it("keeps a Service range the rules accept: a /28 has no static band for the DNS IP", () => {
    expect(sizeServiceRange(base("cilium"), "ipv4", { ...REQ, services: 2 })?.length).toBe(27);
  });
});
