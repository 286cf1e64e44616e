import { describe, expect, it } from "vitest";
import { buildContext } from "./buildContext.ts";
import { serviceDnsStaticBand } from "./serviceDnsStaticBand.ts";
import { check, designWith, ipv6Only, v4, v6 } from "../../../test/core/rules/testDesigns.ts";

// service-dns-static-band (reference/kubernetes.md 2.3-2.4): KEP-3070 reserves no static band at
// 16 addresses or fewer; the fix names /27 (IPv4) or /123 (IPv6), 32 addresses with a band of 16.

describe("service-dns-static-band: whole findings for each family", () => {
  it("IPv4 /28: the DNS IP 10.96.0.10 is handed out like any dynamic ClusterIP", () => {
    expect(
      check(serviceDnsStaticBand, designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/28" }) })),
    ).toEqual([
      {
        rule: "service-dns-static-band",
        severity: "warning",
        fields: ["ipv4.serviceCidr"],
        message:
          "Service range 10.96.0.0/28 has 16 addresses, too few for a static band (KEP-3070 reserves none at 16 or fewer): the cluster DNS IP 10.96.0.10 is handed out like any dynamic ClusterIP, so a Service created before kube-dns can take it and DNS fails to install.",
        fix: "Use an IPv4 Service range of at least 32 addresses (/27 or shorter): its first 16 addresses form the static band that dynamic allocation avoids while it can.",
        source: "KEP-3070",
      },
    ]);
  });

  it("IPv6 /125 (8 addresses): no tenth address; the fix names /123", () => {
    expect(check(serviceDnsStaticBand, ipv6Only(v6({ serviceCidr: "fd00:96::/125" })))).toEqual([
      {
        rule: "service-dns-static-band",
        severity: "warning",
        fields: ["ipv6.serviceCidr"],
        message:
          "Service range fd00:96::/125 has 8 addresses: no tenth address for the conventional cluster DNS IP, and no static band (KEP-3070 reserves none at 16 or fewer), so any ClusterIP you pin can collide with dynamic allocations.",
        fix: "Use an IPv6 Service range of at least 32 addresses (/123 or shorter): its first 16 addresses form the static band that dynamic allocation avoids while it can.",
        source: "KEP-3070",
      },
    ]);
  });

  it("a Service range that does not parse, or no family plan at all: silent", () => {
    expect(
      check(serviceDnsStaticBand, designWith({ ipv4: v4({ serviceCidr: "10.96.0.0/33" }) })),
    ).toEqual([]);
    const noPlan = designWith();
    delete noPlan.ipv4;
    expect(serviceDnsStaticBand.check(buildContext(noPlan))).toEqual([]);
  });
});
