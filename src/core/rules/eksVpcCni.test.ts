import { describe, expect, it } from "vitest";
import { eksVpcCni } from "./eksVpcCni.ts";
import { check, nodes, v6 } from "../../../test/core/rules/testDesigns.ts";
import { eksDesign } from "../../../test/core/rules/ruleCases/cloud.ts";

// Whole findings of eks-vpc-cni at its edges (reference/managed-clouds.md section 1). Each case
// is the smallest change on either side of the threshold from eksDesign(), which is quiet.

const README = "https://github.com/aws/amazon-vpc-cni-k8s#readme";
const SUBNET_DOC = "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html";

/** An IPv6 EKS design (section 1.9): ipam ipv6 on m5.large (Nitro), the two IPv4 subnets and an IPv6 one. */
const ipv6Eks = (ipam: "ipv6" | "secondary-ip" = "ipv6") =>
  eksDesign(
    { ipam },
    {
      ipFamilies: ["ipv6"],
      ipv4: undefined,
      ipv6: v6({ serviceCidr: "fd00:10:96::/112" }),
      nodes: {
        ...eksDesign().nodes,
        networks: [...eksDesign().nodes.networks, { name: "v6", cidr: "2600:1f14:1:2::/64" }],
      },
    },
  );

const withNetworks = (...cidrs: string[]) =>
  eksDesign(
    { zones: [] },
    {
      nodes: nodes({
        count: 1,
        maxPods: 4,
        networks: cidrs.map((cidr, i) => ({ name: `n${i}`, cidr })),
      }),
    },
  );

describe("eks-vpc-cni: one family, matching the IPAM mode (isConfigValid)", () => {
  it("dual-stack in IPv6 mode is refused with aws-node's own text; the fix keeps IPv6", () => {
    const design = ipv6Eks();
    design.ipFamilies = ["ipv4", "ipv6"];
    design.ipv4 = eksDesign().ipv4;
    expect(check(eksVpcCni, design)).toEqual([
      {
        rule: "eks-vpc-cni",
        severity: "error",
        fields: ["ipFamilies"],
        message:
          'aws-node refuses to start: "IPv4 and IPv6 are both enabled. VPC CNI currently does not support dual stack mode". EKS clusters are IPv4 or IPv6.',
        fix: "Keep IPv6 only.",
        source: README,
      },
    ]);
  });

  it("dual-stack in an IPv4 mode: the same refusal; the fix keeps IPv4", () => {
    const design = eksDesign({}, { ipFamilies: ["ipv4", "ipv6"], ipv6: v6() });
    expect(check(eksVpcCni, design).map((f) => [f.fields, f.fix])).toEqual([
      [["ipFamilies"], "Keep IPv4 only."],
    ]);
  });

  it("IPv6 mode on an IPv6 cluster, with an IPv6 subnet beside the IPv4 ones: silent", () => {
    expect(check(eksVpcCni, ipv6Eks())).toEqual([]);
  });

  it("IPv6 mode on an IPv4 cluster: an error naming the /80 per node", () => {
    expect(check(eksVpcCni, eksDesign({ ipam: "ipv6" }))).toEqual([
      {
        rule: "eks-vpc-cni",
        severity: "error",
        fields: ["ipFamilies", "cni.ipam"],
        message:
          "The VPC CNI's IPv6 mode needs an IPv6 cluster (ipFamily IPv6, a /80 per node); this design is IPv4.",
        fix: "Make the cluster IPv6 only.",
        source: README,
      },
    ]);
  });

  it("secondary IPs on an IPv6 cluster: an error (only the IPv6 mode serves IPv6)", () => {
    expect(check(eksVpcCni, ipv6Eks("secondary-ip"))).toEqual([
      {
        rule: "eks-vpc-cni",
        severity: "error",
        fields: ["ipFamilies", "cni.ipam"],
        message:
          "Only the VPC CNI's IPv6 mode serves an IPv6 cluster; secondary IPs, prefix delegation and custom networking are IPv4.",
        fix: "Pick the ipv6 mode, or make the cluster IPv4.",
        source: README,
      },
    ]);
  });
});

describe("eks-vpc-cni: the instance type", () => {
  it("prefix delegation on Nitro (m5.large) is silent; secondary IPs on Xen (t2.micro) too", () => {
    expect(check(eksVpcCni, eksDesign({ ipam: "prefix-delegation" }))).toEqual([]);
    expect(check(eksVpcCni, eksDesign({ instanceType: "t2.micro" }))).toEqual([]);
  });

  it("max pods 250 is silent; 251 is above what managed node groups allow (a warning)", () => {
    const maxPods = (n: number) =>
      eksDesign({ ipam: "prefix-delegation" }, { nodes: { ...eksDesign().nodes, maxPods: n } });
    expect(check(eksVpcCni, maxPods(250))).toEqual([]);
    expect(check(eksVpcCni, maxPods(251))).toEqual([
      {
        rule: "eks-vpc-cni",
        severity: "warning",
        fields: ["nodes.maxPods"],
        message:
          "Max pods 251 is above the 250 EKS recommends for any instance (110 below 30 vCPUs); managed node groups cap it there.",
        fix: "Set max pods to 250 or fewer (110 for instances with fewer than 30 vCPUs).",
        source: "awsdocs/amazon-eks-user-guide cni-increase-ip-addresses-procedure.adoc",
      },
    ]);
  });
});

describe("eks-vpc-cni: zones", () => {
  it("a zone naming a node network the design lacks: an error on that zone's network", () => {
    const design = eksDesign({
      zones: [
        { zone: "eu-west-1a", network: "private-a" },
        { zone: "eu-west-1b", network: "private-z" },
      ],
    });
    expect(check(eksVpcCni, design)).toEqual([
      {
        rule: "eks-vpc-cni",
        severity: "error",
        fields: ["cni.zones.1.network"],
        message:
          'Zone eu-west-1b names the node network "private-z", which the design does not have.',
        fix: "Pick one of the node networks, or add it.",
        source: "design",
      },
    ]);
  });

  it("custom networking: a missing node network and a missing ENIConfig subnet, both said", () => {
    const design = eksDesign({
      ipam: "custom-networking",
      zones: [
        { zone: "eu-west-1a", network: "private-a", podNetwork: "private-b" },
        { zone: "eu-west-1b", network: "gone", podNetwork: "pods-b" },
      ],
    });
    expect(check(eksVpcCni, design)).toEqual([
      {
        rule: "eks-vpc-cni",
        severity: "error",
        fields: ["cni.zones.1.network"],
        message: 'Zone eu-west-1b names the node network "gone", which the design does not have.',
        fix: "Pick one of the node networks, or add it.",
        source: "design",
      },
      {
        rule: "eks-vpc-cni",
        severity: "error",
        fields: ["cni.zones.1.podNetwork"],
        message:
          'Custom networking needs an ENIConfig subnet for zone eu-west-1b; "pods-b" is not a node network of the design: nodes there would get no pod ENIs.',
        fix: "Name the pod subnet (a node network in the same zone) for this zone.",
        source: README,
      },
    ]);
  });

  it("custom networking with no pod subnet named: the message names none", () => {
    const [finding] = check(eksVpcCni, eksDesign({ ipam: "custom-networking" }));
    expect(finding?.message).toBe(
      "Custom networking needs an ENIConfig subnet for zone eu-west-1a: nodes there would get no pod ENIs.",
    );
  });

  it("one zone: a warning that EKS needs two Availability Zones; two zones: silent", () => {
    const one = eksDesign({ zones: [{ zone: "eu-west-1a", network: "private-a" }] });
    expect(check(eksVpcCni, one)).toEqual([
      {
        rule: "eks-vpc-cni",
        severity: "warning",
        fields: ["cni.zones"],
        message:
          "EKS needs cluster subnets in at least two Availability Zones; with nodes in one zone, a zone outage stops the cluster.",
        fix: "Add a second zone with its own subnet.",
        source: "awsdocs/amazon-eks-user-guide network-reqs.adoc",
      },
    ]);
    expect(check(eksVpcCni, eksDesign())).toEqual([]);
  });
});

describe("eks-vpc-cni: EC2 subnet sizes /16 to /28 (CreateSubnet)", () => {
  const refused = (i: number, cidr: string) => ({
    rule: "eks-vpc-cni",
    severity: "error",
    fields: [`nodes.networks.${i}.cidr`],
    message: `EC2 subnets are /16 to /28; "n${i}" ${cidr} cannot be created.`,
    fix: "Split it into subnets of /16 to /28.",
    source: SUBNET_DOC,
  });

  it("/16 and /28 are legal; /15 and /29 are refused", () => {
    expect(check(eksVpcCni, withNetworks("10.0.0.0/16", "10.1.0.0/28"))).toEqual([]);
    expect(check(eksVpcCni, withNetworks("10.0.0.0/15", "10.2.0.0/29"))).toEqual([
      refused(0, "10.0.0.0/15"),
      refused(1, "10.2.0.0/29"),
    ]);
  });

  it("an IPv6 subnet and a network that does not parse are not sized here", () => {
    expect(check(eksVpcCni, withNetworks("10.0.0.0/20", "2600:1f14::/64", "10.1.0.0/33"))).toEqual(
      [],
    );
  });
});
