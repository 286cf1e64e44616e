import { describe, expect, it } from "vitest";
import type { Design } from "../design/schema.ts";
import { kubeadmPodNodeMask, legacyMaskFromKubeadmFile } from "./kubeadmPodNodeMask.ts";
import { kubeadmSiteLocal } from "./kubeadmSiteLocal.ts";
import { kubeadmSubnetMinSize } from "./kubeadmSubnetMinSize.ts";
import {
  check,
  cilium,
  designWith,
  ipv6Only,
  v4,
  v6,
} from "../../../test/core/rules/testDesigns.ts";

/** A design imported from a kubeadm file whose IPv4 node mask came from `source`. */
function imported(ipv4: ReturnType<typeof v4>, source: string): Design {
  return designWith({
    ipv4,
    imported: {
      format: "kubeadm",
      sources: { "ipv4.nodeMask": source },
      placeholders: [],
      refusals: [],
    },
  });
}
const LEGACY = "controllerManager.extraArgs.node-cidr-mask-size";

describe("kubeadm-pod-node-mask at its edges (ValidatePodSubnetNodeMask)", () => {
  it("pod /24 with /24 per node: silent; /25: a warning naming both masks", () => {
    expect(
      check(kubeadmPodNodeMask, designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/24"] }) })),
    ).toEqual([]);
    expect(
      check(kubeadmPodNodeMask, designWith({ ipv4: v4({ podCidrs: ["10.244.0.0/25"] }) })),
    ).toEqual([
      {
        rule: "kubeadm-pod-node-mask",
        severity: "warning",
        fields: ["ipv4.podCidrs.0", "ipv4.nodeMask"],
        message:
          'kubeadm refuses pod range 10.244.0.0/25 with /24 per node: "networking.podSubnet: Invalid value: "10.244.0.0/25": the size of pod subnet with mask 25 is smaller than the size of node subnet with mask 24".',
        fix: "Make the node mask /25 or longer, or the pod range /24 or shorter.",
        source: "kubeadm",
      },
    ]);
  });

  it("16 bits between pod range and node mask: silent; 17: a warning with both ways out", () => {
    const at = (nodeMask: number) =>
      check(
        kubeadmPodNodeMask,
        designWith({
          ipv4: v4({ podCidrs: ["10.0.0.0/8"], nodeMask, serviceCidr: "172.20.0.0/16" }),
        }),
      );
    expect(at(24)).toEqual([]);
    expect(at(8)).toEqual([]);
    expect(at(25)).toEqual([
      {
        rule: "kubeadm-pod-node-mask",
        severity: "warning",
        fields: ["ipv4.podCidrs.0", "ipv4.nodeMask"],
        message:
          'kubeadm refuses pod range 10.0.0.0/8 with /25 per node: "networking.podSubnet: Invalid value: "10.0.0.0/8": pod subnet mask (8) and node-mask (25) difference is greater than 16".',
        fix: "Keep the node mask within 16 bits of the pod range: a /24 or shorter node mask, or a /9 or longer pod range.",
        source: "kubeadm",
      },
    ]);
  });

  it("an imported legacy mask: kubeadm judges the file with /24, so a /25 pod range is still refused", () => {
    // node-cidr-mask-size 26 is ignored by kubeadm's check; /25 against its default /24 fails.
    const found = check(
      kubeadmPodNodeMask,
      imported(v4({ podCidrs: ["10.244.0.0/25"], nodeMask: 26 }), LEGACY),
    );
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        'kubeadm refuses pod range 10.244.0.0/25 with /24 per node: "networking.podSubnet: Invalid value: "10.244.0.0/25": the size of pod subnet with mask 25 is smaller than the size of node subnet with mask 24".',
      ],
    ]);
  });

  it("the legacy flag is recognised by its name at the end of the source, not any mask flag", () => {
    const d = (source: string) => imported(v4(), source);
    expect(legacyMaskFromKubeadmFile(d(LEGACY), "ipv4")).toBe(true);
    expect(legacyMaskFromKubeadmFile(d(`cluster.yaml: ${LEGACY}`), "ipv4")).toBe(true);
    expect(legacyMaskFromKubeadmFile(d(`${LEGACY}-ipv4`), "ipv4")).toBe(false);
    expect(legacyMaskFromKubeadmFile(d(LEGACY), "ipv6")).toBe(false);
    expect(legacyMaskFromKubeadmFile(designWith(), "ipv4")).toBe(false);
  });

  it("a per-family mask flag is what kubeadm reads: a /16 node mask on a /24 pod range is a warning", () => {
    const found = check(
      kubeadmPodNodeMask,
      imported(v4({ podCidrs: ["10.244.0.0/24"], nodeMask: 16 }), `${LEGACY}-ipv4`),
    );
    expect(found.map((f) => f.severity)).toEqual(["warning"]);
  });
});

describe("kubeadm-site-local (fec0::/10)", () => {
  it("a pod range inside it and a Service range inside it: one warning each, naming the subnet kubeadm checks", () => {
    const found = check(
      kubeadmSiteLocal,
      ipv6Only(v6({ podCidrs: ["fec0::/64"], serviceCidr: "fec0:1::/112" })),
    );
    const fix = "Use a unique local address range (fd00::/8, RFC 4193) instead.";
    expect(found).toEqual([
      {
        rule: "kubeadm-site-local",
        severity: "warning",
        fields: ["ipv6.podCidrs.0"],
        message:
          "IPv6 pod range fec0::/64 lies in the deprecated site-local range fec0::/10 (RFC 3879); kubeadm warns about it when it validates the podSubnet.",
        fix,
        source: "kubeadm",
      },
      {
        rule: "kubeadm-site-local",
        severity: "warning",
        fields: ["ipv6.serviceCidr"],
        message:
          "IPv6 Service range fec0:1::/112 lies in the deprecated site-local range fec0::/10 (RFC 3879); kubeadm warns about it when it validates the serviceSubnet.",
        fix,
        source: "kubeadm",
      },
    ]);
  });

  it("a range holding fec0::/10 overlaps it; the addresses just outside are silent", () => {
    const found = check(kubeadmSiteLocal, ipv6Only(v6({ podCidrs: ["fe00::/8"] })));
    expect(found.map((f) => f.message)).toEqual([
      "IPv6 pod range fe00::/8 overlaps the deprecated site-local range fec0::/10 (RFC 3879); kubeadm warns about it when it validates the podSubnet.",
    ]);
    // fe80::/10 ends at febf:…, the address before fec0::; ff00::/10 starts after feff:….
    const outside = ipv6Only(v6({ podCidrs: ["fe80::/10"], serviceCidr: "ff00::/112" }));
    expect(check(kubeadmSiteLocal, outside)).toEqual([]);
  });
});

describe("kubeadm-subnet-min-size", () => {
  it("IPv6 Service and pod /125 (8 addresses): warnings with the IPv6 prefix to use", () => {
    const design = ipv6Only(
      v6({ podCidrs: ["fd00:10::/125"], nodeMask: 126, serviceCidr: "fd00:96::/125" }),
    );
    expect(check(kubeadmSubnetMinSize, design)).toEqual([
      {
        rule: "kubeadm-subnet-min-size",
        severity: "warning",
        fields: ["ipv6.serviceCidr"],
        message:
          'kubeadm refuses Service range fd00:96::/125: "networking.serviceSubnet: Invalid value: "fd00:96::/125": subnet with 8 address(es) is too small, the minimum is 10".',
        fix: "Use a Service range of at least 10 addresses (in practice far more).",
        source: "kubeadm",
      },
      {
        rule: "kubeadm-subnet-min-size",
        severity: "warning",
        fields: ["ipv6.podCidrs.0"],
        message:
          'kubeadm refuses pod range fd00:10::/125 (8 addresses): "networking.podSubnet: Invalid value: "fd00:10::/125": subnet with 8 address(es) is too small, the minimum is 14".',
        fix: "Use a pod range of at least 14 addresses (/124 or shorter).",
        source: "kubeadm",
      },
    ]);
  });

  it("IPv4 pod /29 names /28; the pod check is skipped where kubeadm does not pass podSubnet on", () => {
    const small = v4({ podCidrs: ["10.244.0.0/29"], nodeMask: 30 });
    expect(check(kubeadmSubnetMinSize, designWith({ ipv4: small })).map((f) => f.fix)).toEqual([
      "Use a pod range of at least 14 addresses (/28 or shorter).",
    ]);
    expect(
      check(kubeadmSubnetMinSize, designWith({ ipv4: small, cni: cilium("cluster-pool") })),
    ).toEqual([]);
  });
});
