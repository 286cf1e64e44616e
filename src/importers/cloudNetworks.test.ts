import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runRules } from "../core/rules/runRules.ts";
import { importConfig } from "./importConfig.ts";

const fixture = (name: string) =>
  readFileSync(new URL(`../../test/importers/fixtures/${name}`, import.meta.url), "utf8");

describe("importing the cloud network that exists", () => {
  // reference/managed-clouds.md 5.1: Subnets[].{SubnetId, CidrBlock, AvailabilityZone, Tags[Name]}.
  it("reads aws ec2 describe-subnets as node networks with names and zones", () => {
    const result = importConfig(fixture("aws-describe-subnets.json"));
    expect(result.format).toBe("aws-ec2");
    const d = result.design;
    expect(d?.nodes.networks).toEqual([
      { name: "private-a", cidr: "10.0.0.0/19" },
      { name: "private-b", cidr: "10.0.32.0/19" },
      { name: "subnet-0a1b2c3d4e5f60003", cidr: "10.0.64.0/19" },
    ]);
    expect(d?.cni).toMatchObject({
      kind: "aws-vpc",
      zones: [
        { zone: "eu-west-1a", network: "private-a" },
        { zone: "eu-west-1b", network: "private-b" },
        { zone: "eu-west-1c", network: "subnet-0a1b2c3d4e5f60003" },
      ],
    });
    // EKS defaults come with the platform: the Service range 172.20.0.0/16, max pods 29 (m5.large).
    expect(d?.ipv4?.serviceCidr).toBe("172.20.0.0/16");
    expect(d?.nodes.maxPods).toBe(29);
    expect(result.messages).toContain("3 subnets read as node networks");
    expect(runRules(d!).filter((f) => f.severity === "error")).toEqual([]);
  });

  it("reads describe-vpcs' associated blocks as ranges to avoid, skipping disassociated ones", () => {
    const d = importConfig(fixture("aws-describe-vpcs.json")).design;
    expect(d?.externalRanges).toEqual([
      { name: "prod-vpc", cidr: "10.0.0.0/16" },
      { name: "prod-vpc-2", cidr: "100.64.0.0/16" },
    ]);
  });

  it("reads gcloud subnets: primary ranges as node networks, secondary ranges to avoid", () => {
    const result = importConfig(fixture("gcloud-subnets.json"));
    expect(result.format).toBe("gcloud-subnets");
    expect(result.design?.nodes.networks).toEqual([{ name: "gke-nodes", cidr: "10.0.0.0/20" }]);
    expect(result.design?.externalRanges).toEqual([
      { name: "gke-nodes-pods", cidr: "10.4.0.0/14" },
      { name: "gke-nodes-services", cidr: "10.8.0.0/20" },
    ]);
    expect(result.design?.cni.kind).toBe("gke");
  });

  it("reads az network vnet show: subnets (addressPrefix and addressPrefixes), IPv6 skipped", () => {
    const result = importConfig(fixture("az-vnet-show.json"));
    expect(result.format).toBe("azure-vnet");
    expect(result.design?.nodes.networks).toEqual([
      { name: "aks-nodes", cidr: "10.224.0.0/22" },
      { name: "pods", cidr: "10.225.0.0/16" },
    ]);
    expect(result.messages.some((m) => m.includes("IPv6 block fd00:1::/64"))).toBe(true);
    expect(result.design?.cni.kind).toBe("azure-overlay");
  });

  it("reads az network vnet subnet list (a bare array, ARM properties nested)", () => {
    const list = JSON.stringify([
      { name: "nodes", properties: { addressPrefix: "10.1.0.0/24" } },
      { name: "Nodes", addressPrefix: "10.1.1.0/24" },
    ]);
    const result = importConfig(list);
    expect(result.format).toBe("azure-vnet");
    expect(result.design?.nodes.networks).toEqual([
      { name: "nodes", cidr: "10.1.0.0/24" },
      { name: "nodes-2", cidr: "10.1.1.0/24" },
    ]);
  });

  it("says what was wrong with a subnet it cannot read, and refuses an output with none", () => {
    const bad = JSON.stringify({ Subnets: [{ SubnetId: "subnet-1", CidrBlock: "10.0.0.300/24" }] });
    const result = importConfig(bad);
    expect(result.design).toBeUndefined();
    expect(result.messages).toEqual([
      'subnet subnet-1: "10.0.0.300/24" is not a CIDR and was skipped',
      "no IPv4 subnet or address block was found",
    ]);
  });
});
