import { describe, expect, it } from "vitest";
import { defaultDesign, defaultFamilyPlan } from "../../core/design/defaults.ts";
import type { Design } from "../../core/design/schema.ts";
import { rancherCommon, rancherFile } from "./rancherConfig.ts";

const dual = (families: Design["ipFamilies"]): Design => ({
  ...defaultDesign(),
  ipFamilies: families,
  ipv4: defaultFamilyPlan("ipv4"),
  ipv6: defaultFamilyPlan("ipv6"),
});

// k3s `pkg/cli/server/server.go` splits --cluster-dns on commas into ClusterDNSs and takes the
// first as ClusterDNS; unset, it defaults to the 10th address of every Service CIDR in order.
describe("rancherCommon cluster-dns", () => {
  it("lists both families' 10th Service addresses for dual-stack, IPv4 primary first", () => {
    // 10.96.0.0/12 + 10 = 10.96.0.10; fd00:10:96::/112 + 10 = fd00:10:96::a.
    expect(rancherCommon(dual(["ipv4", "ipv6"]))["cluster-dns"]).toBe("10.96.0.10,fd00:10:96::a");
  });

  it("puts IPv6 first when IPv6 is the primary family, in service-cidr's order", () => {
    const common = rancherCommon(dual(["ipv6", "ipv4"]));
    expect(common["cluster-dns"]).toBe("fd00:10:96::a,10.96.0.10");
    expect(common["service-cidr"]).toBe("fd00:10:96::/112,10.96.0.0/12");
  });

  it("stays a single address for single-stack", () => {
    expect(rancherCommon(defaultDesign())["cluster-dns"]).toBe("10.96.0.10");
  });

  it("says so in the file header for dual-stack", () => {
    const [file] = rancherFile(dual(["ipv4", "ipv6"]), "k3s", {}, []);
    expect(file?.text).toContain("10th address of each Service range, primary first");
    expect(file?.text).toContain("cluster-dns: 10.96.0.10,fd00:10:96::a");
  });
});
