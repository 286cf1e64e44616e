import { quote } from "../core/codec/quote.ts";
import type { Design } from "../core/design/schema.ts";
import type { ImportFormat } from "./types.ts";

/** The command line of a systemd unit's `ExecStart=` (continuation lines joined), if the text is a unit. */
export function execStartOf(text: string): string | undefined {
  if (!/^\s*ExecStart\s*=/m.test(text)) return undefined;
  const joined = text.replace(/\\\r?\n/g, " ");
  const starts = [...joined.matchAll(/^\s*ExecStart\s*=\s*(.*)$/gm)].map((m) => m[1]!.trim());
  // An empty ExecStart= resets the list (drop-ins); the last non-empty one runs.
  const command = starts.filter((s) => s !== "").pop();
  // systemd prefixes: "-", "@", "+", "!", "!!" before the path.
  return command?.replace(/^[-@+!]+/, "");
}

const program = (word: string | undefined) => (word ?? "").split("/").pop() ?? "";

/** The words from the program on: a leading `sudo`, `env` and `NAME=value` words are skipped. */
export function fromProgram(words: readonly string[]): readonly string[] {
  let i = 0;
  while (i < words.length && /^(sudo|env|[A-Za-z_][A-Za-z0-9_]*=.*)$/.test(words[i]!)) i++;
  return words.slice(i);
}

/**
 * The command flags printed without their program (docs often do) name: `--pod-network-cidr` is
 * `kubeadm init`'s; `--service-cidr`, `--flannel-backend` and `--cluster-init` are `k3s server` /
 * `rke2 server` flags (kube-controller-manager and kube-apiserver spell the Service range
 * `--service-cluster-ip-range`; kubeadm init pairs `--service-cidr` with `--pod-network-cidr`).
 */
function bareCommand(words: readonly string[]): ImportFormat | undefined {
  if (!words[0]?.startsWith("--")) return undefined;
  const names = new Set(words.map((w) => /^--([a-z0-9-]+)/.exec(w)?.[1]));
  if (names.has("pod-network-cidr")) return "kubeadm-init-command";
  if (["service-cidr", "flannel-backend", "cluster-init"].some((n) => names.has(n)))
    return "k3s-server-command";
  return undefined;
}

/** Which command a line of words runs: `kubeadm init`, `k3s server`/`rke2 server`, or a component. */
export function commandFormat(all: readonly string[]): ImportFormat | undefined {
  const words = fromProgram(all);
  const [first, second] = [program(words[0]), words[1]];
  if (first === "kubeadm" && second === "init") return "kubeadm-init-command";
  if ((first === "k3s" || first === "rke2") && (second === "server" || second === "agent"))
    return "k3s-server-command";
  return bareCommand(words);
}

/** The arguments of a command line: after the program and its subcommand, or all of them when the flags name no program. */
export function commandArgs(all: readonly string[], messages: string[]): readonly string[] {
  const words = fromProgram(all);
  const bare = bareCommand(words);
  if (bare === undefined) return words.slice(2);
  messages.push(
    `the flags name no program; ${bare === "kubeadm-init-command" ? "--pod-network-cidr is kubeadm init's: read as kubeadm init flags" : "--service-cidr, --flannel-backend and --cluster-init are k3s/RKE2 server flags: read as k3s server flags"}`,
  );
  return words;
}

/** Repeated `--flag=value` / `--flag value` words, every value kept in order. */
export function repeatedFlags(words: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string, value: string) => out.set(name, [...(out.get(name) ?? []), value]);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith("--")) continue;
    const eq = word.indexOf("=");
    if (eq > 0) add(word.slice(2, eq), word.slice(eq + 1));
    else {
      const next = words[i + 1];
      if (next !== undefined && !next.startsWith("-")) {
        add(word.slice(2), next);
        i++;
      } else add(word.slice(2), "true");
    }
  }
  return out;
}

/**
 * The kubeadm documents `kubeadm init` flags stand for: `--pod-network-cidr` →
 * networking.podSubnet, `--service-cidr` → serviceSubnet, `--service-dns-domain` → dnsDomain
 * (reference/kubernetes.md 6.1), `--apiserver-advertise-address` → the node's IP. `--config`
 * names a file that is not in the text: said. Other flags are named as not about addressing.
 */
export function kubeadmInitDocs(words: readonly string[], messages: string[]): unknown[] {
  const flags = repeatedFlags(words);
  const last = (name: string) => flags.get(name)?.at(-1);
  const networking: Record<string, string> = {};
  const pods = last("pod-network-cidr");
  const services = last("service-cidr");
  const domain = last("service-dns-domain");
  if (pods) networking.podSubnet = pods;
  if (services) networking.serviceSubnet = services;
  if (domain) networking.dnsDomain = domain;
  const docs: unknown[] = [
    { apiVersion: "kubeadm.k8s.io/v1beta4", kind: "ClusterConfiguration", networking },
  ];
  const advertise = last("apiserver-advertise-address");
  if (advertise)
    docs.push({
      apiVersion: "kubeadm.k8s.io/v1beta4",
      kind: "InitConfiguration",
      localAPIEndpoint: { advertiseAddress: advertise },
    });
  const version = last("kubernetes-version");
  if (version) (docs[0] as Record<string, unknown>).kubernetesVersion = version;
  const read = [
    "pod-network-cidr",
    "service-cidr",
    "service-dns-domain",
    "apiserver-advertise-address",
    "kubernetes-version",
  ];
  for (const name of flags.keys()) {
    if (name === "config")
      messages.push(
        `--config ${quote(last("config") ?? "")}: that file is not in the text; paste its content to read it`,
      );
    else if (!read.includes(name)) messages.push(`--${name}: ignored (not about addressing)`);
  }
  return docs;
}

/** Keys of a k3s/RKE2 config that may be given more than once (lists). */
const LIST_KEYS = [
  "kube-controller-manager-arg",
  "kube-apiserver-arg",
  "kubelet-arg",
  "node-ip",
  "cni",
];

/**
 * The `config.yaml` a `k3s server` / `rke2 server` command line stands for: each `--key value`
 * is the config key of the same name (k3s-io/docs docs/cli/server.md: "the same names as the
 * CLI flags"); repeatable keys keep every value.
 */
export function k3sServerDoc(words: readonly string[]): Record<string, unknown> {
  const doc: Record<string, unknown> = {};
  for (const [name, values] of repeatedFlags(words)) {
    doc[name] = LIST_KEYS.includes(name) ? values : values.at(-1);
  }
  return doc;
}

/** The kubeadm keys `kubeadm init` flags stand for, and the flag each was written as. */
const KUBEADM_INIT_FLAGS: [string, string][] = [
  ["networking.podSubnet", "--pod-network-cidr"],
  ["networking.serviceSubnet", "--service-cidr"],
];

/** A design read from `kubeadm init` flags, its sources naming the flags, not the kubeadm keys they became. */
export function withInitFlagSources(design: Design): Design {
  const imported = design.imported;
  if (!imported) return design;
  const rename = (source: string) =>
    KUBEADM_INIT_FLAGS.reduce((text, [key, flag]) => text.replace(key, flag), source);
  const sources = Object.fromEntries(
    Object.entries(imported.sources).map(([path, source]) => [path, rename(source)]),
  );
  return { ...design, imported: { ...imported, sources } };
}
