import { describe, expect, it } from "vitest";
import { specialRanges } from "./specialRanges.ts";
import { check, designWith, nodes, v4 } from "../../../test/core/rules/testDesigns.ts";
import { gkeDesign } from "../../../test/core/rules/ruleCases/cloud.ts";

// Whole findings of special-ranges (reference/kubernetes.md 8: "never" blocks are errors,
// "avoid" ones warnings, Docker's local pools info; managed-cloud nodes run containerd, so
// Docker's pools are not theirs). The "; shared: …" tail appears only when the cluster range
// reaches beyond the special block.

const NEVER_FIX = "Use a private range instead (RFC 1918 for IPv4, fd00::/8 ULA for IPv6).";
const AVOID_FIX =
  "Prefer a private range (RFC 1918 / ULA) unless you know this block is free in every network the cluster touches.";
const LOCAL_FIX =
  "Harmless where no node or client creates Docker networks; otherwise pick another range or move Docker's pools (default-address-pools in /etc/docker/daemon.json).";

const onNetwork = (cidr: string) =>
  check(specialRanges, designWith({ nodes: nodes({ networks: [{ name: "n", cidr }] }) }));

describe("special-ranges: never-use blocks are errors whatever the role", () => {
  it("a node network 224.0.0.0/3: multicast, reserved and limited broadcast, each with its shared part", () => {
    const finding = (cidr: string, purpose: string, source: string, shared: string) => ({
      rule: "special-ranges",
      severity: "error",
      fields: ["nodes.networks.0.cidr"],
      message: `The node network "n" (224.0.0.0/3) overlaps ${cidr}, ${purpose} (${source}); shared: ${shared}.`,
      fix: NEVER_FIX,
      source,
    });
    expect(onNetwork("224.0.0.0/3")).toEqual([
      finding("224.0.0.0/4", "multicast", "RFC 5771", "224.0.0.0/4"),
      finding("240.0.0.0/4", "reserved for future use", "RFC 1112", "240.0.0.0/4"),
      finding("255.255.255.255/32", "limited broadcast", "RFC 919", "255.255.255.255/32"),
    ]);
  });

  it("a node network 126.0.0.0/7 shares 127.0.0.0/8 (loopback); a pod range inside it has no shared tail", () => {
    expect(onNetwork("126.0.0.0/7")).toEqual([
      {
        rule: "special-ranges",
        severity: "error",
        fields: ["nodes.networks.0.cidr"],
        message:
          'The node network "n" (126.0.0.0/7) overlaps 127.0.0.0/8, loopback (RFC 1122); shared: 127.0.0.0/8.',
        fix: NEVER_FIX,
        source: "RFC 1122",
      },
    ]);
    expect(check(specialRanges, designWith({ ipv4: v4({ podCidrs: ["127.0.0.0/16"] }) }))).toEqual([
      {
        rule: "special-ranges",
        severity: "error",
        fields: ["ipv4.podCidrs.0"],
        message: "The pod range 127.0.0.0/16 overlaps 127.0.0.0/8, loopback (RFC 1122).",
        fix: NEVER_FIX,
        source: "RFC 1122",
      },
    ]);
  });
});

describe("special-ranges: avoid blocks warn, Docker's pools inform", () => {
  it("a Service range in 198.18.0.0/15 (benchmarking): a warning", () => {
    expect(
      check(specialRanges, designWith({ ipv4: v4({ serviceCidr: "198.18.0.0/16" }) })),
    ).toEqual([
      {
        rule: "special-ranges",
        severity: "warning",
        fields: ["ipv4.serviceCidr"],
        message: "The Service range 198.18.0.0/16 overlaps 198.18.0.0/15, benchmarking (RFC 2544).",
        fix: AVOID_FIX,
        source: "RFC 2544",
      },
    ]);
  });

  it("a pod range in Docker's 172.24.0.0/14 pool: info, how to move Docker's pools", () => {
    expect(check(specialRanges, designWith({ ipv4: v4({ podCidrs: ["172.24.0.0/16"] }) }))).toEqual(
      [
        {
          rule: "special-ranges",
          severity: "info",
          fields: ["ipv4.podCidrs.0"],
          message:
            "The pod range 172.24.0.0/16 overlaps 172.18.0.0-172.31.255.255, Docker's default address pools for user-defined networks (172.18.0.0/16 to 172.31.0.0/16; kind's network is one) (moby libnetwork/ipamutils).",
          fix: LOCAL_FIX,
          source: "moby libnetwork/ipamutils",
        },
      ],
    );
  });
});

describe("special-ranges on a managed cloud (containerd nodes, no Docker pools)", () => {
  const gke = (podCidr: string) =>
    check(
      specialRanges,
      gkeDesign({
        ipv4: { podCidrs: [podCidr], nodeMask: 24, serviceCidr: "34.118.224.0/20" },
      }),
    );

  it("GKE pods in Docker's 172.24.0.0/14 pool: silent", () => {
    expect(gke("172.24.0.0/14")).toEqual([]);
  });

  it("GKE pods in CGNAT space: still a warning", () => {
    expect(gke("100.64.0.0/14")).toEqual([
      {
        rule: "special-ranges",
        severity: "warning",
        fields: ["ipv4.podCidrs.0"],
        message:
          "The pod range 100.64.0.0/14 overlaps 100.64.0.0/10, shared address space / CGNAT (collides with carrier NAT, Tailscale-style overlays, OVN-Kubernetes 100.64.0.0/16) (RFC 6598).",
        fix: AVOID_FIX,
        source: "RFC 6598",
      },
    ]);
  });
});

describe("special-ranges: Class E on GKE (reference/managed-clouds.md 2.6)", () => {
  const classE = (cniKind: "gke" | "generic") => {
    const base = gkeDesign({
      ipv4: { podCidrs: ["240.10.0.0/16"], nodeMask: 24, serviceCidr: "240.20.0.0/20" },
      nodes: nodes({ networks: [{ name: "nodes", cidr: "240.30.0.0/20" }] }),
    });
    return check(specialRanges, cniKind === "gke" ? base : { ...base, cni: { kind: "generic" } });
  };

  it("GKE: Pod and Service ranges in Class E are info; a node network there stays an error", () => {
    expect(classE("gke").map((f) => [f.fields[0], f.severity])).toEqual([
      ["ipv4.podCidrs.0", "info"],
      ["ipv4.serviceCidr", "info"],
      ["nodes.networks.0.cidr", "error"],
    ]);
    const [pods] = classE("gke");
    expect(pods?.message).toBe(
      "The pod range 240.10.0.0/16 lies in Class E, 240.0.0.0/4; GKE accepts Class E for Pod and Service ranges, but networks outside Google Cloud (on-premises routers, some firewalls and operating systems) may drop it.",
    );
  });

  it("elsewhere Class E is reserved: an error for every role", () => {
    expect(classE("generic").map((f) => f.severity)).toEqual(["error", "error", "error"]);
  });
});
