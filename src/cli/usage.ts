import { AWS_VPC_IPAM_MODES, AZURE_CNI_IPAM_MODES } from "../core/cloud/cniSchemas.ts";
import { CALICO_IPAM_MODES, CILIUM_IPAM_MODES } from "../core/design/schema.ts";
import { IMPORT_FORMATS } from "../importers/types.ts";
import { CNI_KINDS } from "./designFlags.ts";
import { DEFAULT_LINK_BASE, type Command } from "./parseCli.ts";

const NAME = "k8s-subnet-designer";

const DESIGN_FLAGS = `Design flags (override the file; without a file the default design is used):
  --pod-cidr CIDR[,CIDR]     pod ranges; their families become the design's families
                             (one family: single-stack; two: dual-stack, first is primary)
  --service-cidr CIDR[,CIDR] Service range, one per family, same families as --pod-cidr
  --node-mask-ipv4 N         per-node IPv4 prefix length (kube-controller-manager default 24)
  --node-mask-ipv6 N         per-node IPv6 prefix length (default 64)
  --node-cidr CIDR[,CIDR]    node (machine / VPC) networks, replacing the file's
  --nodes N                  planned node count
  --max-pods N               kubelet maxPods (default 110)
  --lb-pool [NAME=]CIDR|START-END
                             a LoadBalancer pool; repeat for more (replaces the file's)
  --external [NAME=]CIDR     a range the cluster must not overlap; repeatable
  --cni KIND                 ${Object.keys(CNI_KINDS).join(" | ")}
  --ipam MODE                cilium: ${CILIUM_IPAM_MODES.join(" | ")}
                             calico: ${CALICO_IPAM_MODES.join(" | ")}
                             aws-vpc: ${AWS_VPC_IPAM_MODES.join(" | ")}
                             azure-cni: ${AZURE_CNI_IPAM_MODES.join(" | ")}
  --instance-type TYPE       aws-vpc: the nodes' EC2 instance type (e.g. m5.large)
  --k8s-version 1.NN         target Kubernetes minor version`;

const EXIT = `Exit status: 0 no errors, 1 a finding is an error, 2 unusable input, 3 internal error,
4 standard output could not be written (a closed pipe, a full disk).`;

const TEXT: Record<Command | "overview", string> = {
  overview: `${NAME}: plan and check the address spaces of a Kubernetes cluster.

Usage:
  ${NAME} validate [design.json] [design flags] [--cluster NAME] [--json | --apply-fix N[.K]]
  ${NAME} export [design.json] [design flags] [--cluster NAME] --target NAME|all [--out DIR]
  ${NAME} export [design.json] [design flags] [--cluster NAME] --list-targets
  ${NAME} import FILE... [--into design.json] [--choose FIELD=FILE] > design.json
  ${NAME} link [design.json] [design flags] [--base URL]
  ${NAME} propose --budget CIDR [--budget CIDR] --nodes N [requirements] > design.json

Run "${NAME} COMMAND --help" for a command's flags.
${EXIT}
`,
  validate: `Usage: ${NAME} validate [design.json] [design flags] [--cluster NAME] [--json | --apply-fix N[.K]]

Checks the design (the file, "-" for stdin, with the flags applied) against the rules of
kube-controller-manager, kube-apiserver, kubeadm and the CNI, and prints findings grouped by
severity and a capacity table. Where a changed value fixes a finding, up to three fixes are
listed under it, each checked to remove the finding without adding an error. A plan file of
several clusters is checked cluster by cluster, with what clashes across them (shared pod,
Service, node or LoadBalancer ranges; Cilium cluster ids) under the cluster it is about.

  --cluster NAME  only this cluster of a plan file (needed for --apply-fix and design flags;
                  --apply-fix then prints the whole plan with the fix applied)

  --json          print {"findings":[{"severity","rule","message","fixes":[{"summary","changes"}]}],
                  "capacity":{"ipv4":{...},"ipv6":{...}},"addresses":{"kubernetesService":[...],
                  "clusterDNS":[...]}}; "changes" maps design paths to new values; counts above
                  2^53-1 are decimal strings
  --apply-fix N   print the design file with finding N's first fix applied (N.K: its fix K;
                  findings counted from 1 in the order listed); exit 1 if an error remains

${DESIGN_FLAGS}

${EXIT}
`,
  export: `Usage: ${NAME} export [design.json] [design flags] [--cluster NAME] --target NAME|all [--out DIR] [--force]
       ${NAME} export [design.json] [design flags] [--cluster NAME] --list-targets

Writes configuration for the design: one target on stdout (or into --out DIR), or every target
that applies to the design's CNI with --target all (needs --out DIR). A design with errors is
still exported, with the errors on stderr and exit status 1. When the tool that reads an export
would refuse it (kubeadm or kind on kubeadm's own validation errors), nothing is written and
the exit status is 1, with the tool's error on stderr, unless --force.

  --cluster NAME  the cluster of a plan file to export (required when it has several)
  --target NAME   a target id (see --list-targets) or all
  --out DIR       write files into DIR (created if missing)
  --force         write exports their tool would refuse, each refusal named at the file's top
  --list-targets  list target ids, whether each applies to the design, and what it is

${DESIGN_FLAGS}

${EXIT}
`,
  import: `Usage: ${NAME} import FILE... [--format FORMAT] [--into design.json] [--choose FIELD=FILE]... > design.json

Reads a cluster's config files (Cilium Helm values, a kubeadm configuration, kube-controller-manager /
kube-apiserver flags or their static Pod manifest, a k3s/RKE2 config.yaml, a Talos machine
config, kind, Cluster API, Flux / Argo CD wrappers, command lines, systemd units, cloud subnet
JSON; "-" for stdin) and prints the design they describe as a design file on stdout; anything
not understood is reported on stderr.

Several files are merged into one design, e.g. a kubeadm config and the same cluster's Cilium
values: each field takes the value the file declares (the design records which file), a value
one file declares replaces another's default or placeholder, and where two files declare
different values the import stops, quoting both, until --choose settles it.

  --format FORMAT      skip detection (for every file): ${IMPORT_FORMATS.join(" | ")}
  --into design.json   merge the files into this design file instead of the default design; its
                       own values count as declared by it (name it in --choose)
  --choose FIELD=FILE  where the files disagree on FIELD (e.g. ipv4.podCidrs), take FILE's value;
                       repeat for each field

Exit status: 0 a design was printed, 1 printed, but a component a file configures refuses it,
2 a file could not be read or used, or the files disagree and no --choose settles it,
4 standard output could not be written.
`,
  link: `Usage: ${NAME} link [design.json] [design flags] [--base URL]

Prints the share link of the design: the app address with the design in the URL fragment.

  --base URL   the app's address (default ${DEFAULT_LINK_BASE})

${DESIGN_FLAGS}

Exit status: 0 the link was printed, 2 unusable input, 4 standard output could not be written.
`,
  propose: `Usage: ${NAME} propose --budget CIDR [--budget CIDR] --nodes N [--max-nodes N] [--surge N]
         [--pods-per-node N] [--services N] [--lb N] [--clusters K] [--avoid CIDR|START-END]
         [--cni KIND] [--ipam MODE] [--k8s-version 1.NN] > design.json

Sizes every range for the requirements, smallest first, under the CNI / IPAM mode, and places
each at the first free aligned block of the budgets, avoiding the --avoid ranges, special-purpose
ranges and the other blocks. Prints the design file (with --clusters K above 1 a plan file of K
clusters: distinct ranges, each cluster's pod ranges the others' external ranges, and Cilium
cluster ids 1..K, as ClusterMesh needs). Which requirement fixed each size is noted on stderr.

  --budget CIDR        an address block to plan in; repeat for more (each family from its own)
  --avoid CIDR         a range no block may touch (VPC peers, on-prem); repeatable
  --nodes N            nodes now (required)
  --max-nodes N        the most nodes the cluster grows to (default: --nodes)
  --surge N            extra nodes during a rolling upgrade (default 0)
  --pods-per-node N    kubelet maxPods (default 110)
  --services N         Services the Service range holds (default 1000)
  --lb N               LoadBalancer addresses (default 0: no pool)
  --clusters K         clusters with distinct ranges (default 1, at most 16)
  --cni KIND           ${Object.keys(CNI_KINDS).join(" | ")} (default generic)
  --ipam MODE          the CNI's IPAM mode
  --k8s-version 1.NN   target Kubernetes minor version

Exit status: 0 the plan was printed, 1 nothing fits (what does not, by how much and what to
relax, on stderr), 2 unusable input, 4 standard output could not be written.
`,
};

/** The help text of a command, or the overview when `command` is undefined. */
export function usage(command: Command | undefined): string {
  return TEXT[command ?? "overview"];
}

/** The synopsis lines of a command's help (or the overview's), and where to read more. */
export function shortUsage(command: Command | undefined): string {
  const text = usage(command);
  const synopsis = command ? text.split("\n\n")[0] : text.split("\n\n")[1];
  const more = command ? `${NAME} ${command} --help` : `${NAME} --help`;
  return `${synopsis ?? ""}\nRun "${more}" for details.\n`;
}
