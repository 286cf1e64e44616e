import { describe, expect, it } from "vitest";
import { parse as parseHcl } from "@cdktn/hcl2json";
import { platformOf } from "../../core/cloud/platformCapacity.ts";
import { defaultDesign } from "../../core/design/defaults.ts";
import { PRESETS } from "../../core/design/presets.ts";
import type { Design } from "../../core/design/schema.ts";
import { hclFile } from "../hclText.ts";
import { targetRefusals } from "../refusals.ts";
import { EXPORT_TARGETS, targetsFor } from "../registry.ts";
import type { ExportFile } from "../types.ts";
import {
  parseExport,
  parseExportAsync,
  schemaErrors,
} from "../../../test/exporters/validateExport.ts";
import { CLOUD_GOLDEN_CASES } from "../../../test/exporters/cloudGoldenCases.ts";

const PLATFORM_TARGETS = {
  eks: ["eksctl", "vpc-cni-values", "eniconfig", "terraform-eks"],
  gke: ["gcloud", "terraform-gke"],
  aks: ["aks-cli", "terraform-aks"],
} as const;
const CLOUD_IDS: string[] = Object.values(PLATFORM_TARGETS).flat();

function design(id: string): Design {
  const found = PRESETS.find((p) => p.id === id) ?? CLOUD_GOLDEN_CASES.find((c) => c.name === id);
  if (!found) throw new Error(`no design ${id}`);
  return found.design;
}

function file(targetId: string, d: Design, name?: string): ExportFile {
  const target = EXPORT_TARGETS.find((t) => t.id === targetId);
  const f = target?.render(d).find((x) => !name || x.filename === name);
  if (!f) throw new Error(`no ${targetId} file`);
  return f;
}

type Hcl = Record<string, Record<string, Record<string, Record<string, unknown>[]>>>;
async function hcl(targetId: string, d: Design): Promise<Hcl> {
  const [doc] = (await parseExportAsync(file(targetId, d))).docs;
  return doc as Hcl;
}
function resource(doc: Hcl, type: string, name: string): Record<string, unknown> {
  const r = doc.resource?.[type]?.[name]?.[0];
  if (!r) throw new Error(`no ${type}.${name}`);
  return r;
}
/** A parsed YAML document read by path in assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads nested YAML by path
type Doc = Record<string, any>;
const flagsOf = (f: ExportFile) =>
  Object.fromEntries(parseExport(f).flags.map((x) => [x.name, x.value]));

describe("managed-cloud exports", () => {
  it("offers each platform's targets for its designs only, and none to self-managed designs", () => {
    expect(targetsFor(defaultDesign()).filter((t) => CLOUD_IDS.includes(t.id))).toEqual([]);
    for (const p of PRESETS) {
      const platform = platformOf(p.design.cni);
      const ids = targetsFor(p.design).map((t) => t.id);
      const allowed: readonly string[] = platform ? PLATFORM_TARGETS[platform] : [];
      expect(ids.filter((id) => CLOUD_IDS.includes(id))).toEqual(
        ids.filter((id) => allowed.includes(id)),
      );
      if (platform) expect(ids.length).toBeGreaterThan(0);
    }
  });

  // reference/managed-clouds.md 4.1: the eksctl schema (v0.230.0) and its keys.
  it("writes an eksctl ClusterConfig that the eksctl schema accepts, with the design's figures", () => {
    const f = file("eksctl", design("eks-prefix-delegation"));
    expect(schemaErrors("eksctl", f)).toEqual([]);
    const [doc] = parseExport(f).docs as Doc[];
    expect(doc?.kubernetesNetworkConfig).toEqual({
      ipFamily: "IPv4",
      serviceIPv4CIDR: "172.20.0.0/16",
    });
    expect(doc?.metadata.region).toBe("eu-west-1");
    expect(doc?.vpc.subnets.private["private-b"]).toEqual({
      az: "eu-west-1b",
      cidr: "10.0.32.0/19",
    });
    expect(doc?.managedNodeGroups[0]).toMatchObject({
      instanceType: "m5.large",
      maxPodsPerNode: 110,
    });
    expect(JSON.parse(doc?.addons[0].configurationValues as string)).toEqual({
      env: { ENABLE_PREFIX_DELEGATION: "true", WARM_PREFIX_TARGET: "1" },
    });
  });

  it("puts ENIConfig subnets in a secondary VPC block and writes one ENIConfig per zone", () => {
    const d = design("eks-custom-networking");
    const [cfg] = parseExport(file("eksctl", d)).docs as Doc[];
    expect(cfg?.vpc.cidr).toBe("10.0.0.0/18");
    expect(cfg?.vpc.extraCIDRs).toEqual(["100.64.0.0/17"]);
    const eni = file("eniconfig", d);
    expect(schemaErrors("eniconfig", eni)).toEqual([]);
    const docs = parseExport(eni).docs as {
      metadata: { name: string };
      spec: { subnet: string };
    }[];
    expect(docs.map((x) => [x.metadata.name, x.spec.subnet])).toEqual([
      ["eu-west-1a", "SUBNET_ID_OF_pods-a"],
      ["eu-west-1b", "SUBNET_ID_OF_pods-b"],
      ["eu-west-1c", "SUBNET_ID_OF_pods-c"],
    ]);
    expect(eni.text).toContain('subnet "pods-b" 100.64.32.0/19 in eu-west-1b');
  });

  it("Terraform for EKS re-parses with HashiCorp's HCL parser and carries the plan", async () => {
    const doc = await hcl("terraform-eks", design("eks-custom-networking"));
    const cluster = resource(doc, "aws_eks_cluster", "this");
    expect(cluster.kubernetes_network_config).toEqual([
      { ip_family: "ipv4", service_ipv4_cidr: "172.20.0.0/16" },
    ]);
    expect(resource(doc, "aws_subnet", "pods_c")).toMatchObject({
      cidr_block: "100.64.64.0/19",
      availability_zone: "eu-west-1c",
      vpc_id: "${aws_vpc_ipv4_cidr_block_association.pods_1.vpc_id}",
    });
    const addon = resource(doc, "aws_eks_addon", "vpc_cni");
    expect(JSON.parse(addon.configuration_values as string).env).toMatchObject({
      AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG: "true",
      ENI_CONFIG_LABEL_DEF: "topology.kubernetes.io/zone",
    });
  });

  it("Terraform for GKE names the secondary ranges the cluster uses", async () => {
    const doc = await hcl("terraform-gke", design("gke-two-pod-ranges"));
    const subnet = resource(doc, "google_compute_subnetwork", "gke_nodes");
    expect(subnet.secondary_ip_range).toEqual([
      { range_name: "pods", ip_cidr_range: "10.4.0.0/14" },
      { range_name: "pods-2", ip_cidr_range: "10.96.0.0/16" },
      { range_name: "services", ip_cidr_range: "10.8.0.0/20" },
    ]);
    const cluster = resource(doc, "google_container_cluster", "this");
    expect(cluster.default_max_pods_per_node).toBe(110);
    expect(cluster.ip_allocation_policy).toEqual([
      {
        cluster_secondary_range_name: "pods",
        services_secondary_range_name: "services",
        additional_pod_ranges_config: [{ pod_range_names: ["pods-2"] }],
      },
    ]);
  });

  it("Terraform for AKS writes network_profile per plugin", async () => {
    const pod = await hcl("terraform-aks", design("aks-pod-subnet"));
    const cluster = resource(pod, "azurerm_kubernetes_cluster", "this");
    expect(cluster.network_profile).toEqual([
      { network_plugin: "azure", service_cidr: "10.0.0.0/16", dns_service_ip: "10.0.0.10" },
    ]);
    expect(cluster.default_node_pool).toEqual([
      expect.objectContaining({
        max_pods: 110,
        vnet_subnet_id: "${azurerm_subnet.aks_nodes.id}",
        pod_subnet_id: "${azurerm_subnet.pods.id}",
      }),
    ]);
    const cilium = await hcl("terraform-aks", design("aks-cilium"));
    expect(resource(cilium, "azurerm_kubernetes_cluster", "this").network_profile).toEqual([
      expect.objectContaining({
        network_plugin: "azure",
        network_plugin_mode: "overlay",
        network_data_plane: "cilium",
        network_policy: "cilium",
        pod_cidr: "10.244.0.0/16",
      }),
    ]);
  });

  it("gcloud and az commands parse back flag by flag", () => {
    const standard = design("gke-two-pod-ranges");
    expect(flagsOf(file("gcloud", standard, "gke-subnet.sh"))).toMatchObject({
      range: "10.0.0.0/20",
      "secondary-range": "pods=10.4.0.0/14,pods-2=10.96.0.0/16,services=10.8.0.0/20",
    });
    expect(flagsOf(file("gcloud", standard, "gke-create.sh"))).toMatchObject({
      "enable-ip-alias": "",
      "cluster-secondary-range-name": "pods",
      "services-secondary-range-name": "services",
      "default-max-pods-per-node": "110",
    });
    expect(flagsOf(file("gcloud", standard, "gke-additional-pod-ranges.sh"))).toMatchObject({
      "additional-pod-ipv4-ranges": "pods-2",
    });
    const auto = file("gcloud", design("gke-autopilot"), "gke-create.sh");
    expect(auto.text).toContain("gcloud container clusters create-auto");
    expect(flagsOf(auto)["default-max-pods-per-node"]).toBeUndefined();
    expect(flagsOf(file("aks-cli", design("aks-kubenet")))).toMatchObject({
      "network-plugin": "kubenet",
      "pod-cidr": "10.244.0.0/16",
      "max-pods": "110",
    });
    const podSubnet = flagsOf(file("aks-cli", design("aks-pod-subnet")));
    expect(podSubnet).toMatchObject({
      "network-plugin": "azure",
      "pod-subnet-id": '"$POD_SUBNET_ID"',
      "pod-ip-allocation-mode": "DynamicIndividual",
    });
    expect(podSubnet["pod-cidr"]).toBeUndefined();
  });

  it("marks EKS exports refused on the API's errors but not on its advice", () => {
    const eks = design("eks-secondary-ip");
    const publicService: Design = {
      ...eks,
      ipv4: { ...eks.ipv4!, serviceCidr: "100.64.0.0/16" },
    };
    for (const id of ["eksctl", "terraform-eks"]) {
      const target = EXPORT_TARGETS.find((t) => t.id === id)!;
      expect(targetRefusals(target, eks)).toEqual([]);
      expect(targetRefusals(target, publicService).map((r) => r.rule)).toEqual([
        "eks-service-cidr",
      ]);
      // Max pods above 250 is a warning (EKS's recommendation): advice, not a refusal.
      const many = { ...eks, nodes: { ...eks.nodes, maxPods: 300 } };
      expect(targetRefusals(target, many)).toEqual([]);
    }
  });
});

describe("hclText", () => {
  it("keeps template sequences and quotes literal through HashiCorp's parser", async () => {
    const f = hclFile(
      "x.tf",
      ["a comment"],
      [{ type: "locals", attrs: [["text", 'a ${b} %{c} "d" \\ e\nf']] }],
    );
    const doc = (await parseHcl("x.tf", f.text)) as { locals: { text: string }[] };
    // hcl2json answers in Terraform's JSON syntax, where literal `${` and `%{` are written doubled.
    expect(doc.locals[0]?.text).toBe('a $${b} %%{c} "d" \\ e\nf');
  });

  it("a broken file is refused by the parser (the check can fail)", async () => {
    await expect(parseHcl("bad.tf", 'resource "x" {\n  a = \n}\n')).rejects.toThrow(
      /Invalid expression/,
    );
  });
});
