import { describeValue, quote } from "../core/codec/quote.ts";
import { isRecord } from "../core/codec/untrusted.ts";
import type { Design } from "../core/design/schema.ts";
import { applyFlags } from "./flagMeaning.ts";
import { overlayAddressing } from "./overlay.ts";
import { withNodeIpamOff } from "./kcmJudgement.ts";
import type { ImportedAddressing, ImportFinding } from "./types.ts";

/** Splits shell-like text into words: quotes group, `\` + newline continues, `#` starts a comment. */
export function shellWords(text: string): string[] {
  const words: string[] = [];
  for (const line of text.replace(/\\\r?\n/g, " ").split(/\r?\n/)) {
    const re = /"([^"]*)"|'([^']*)'|(#.*$)|(\S+)/g;
    let current = "";
    let m: RegExpExecArray | null;
    let lastEnd = -1;
    while ((m = re.exec(line)) !== null) {
      if (m[3] !== undefined && (m.index === 0 || /\s/.test(line[m.index - 1] ?? ""))) break;
      const piece = m[1] ?? m[2] ?? m[3] ?? m[4] ?? "";
      if (m.index === lastEnd) current += piece;
      else {
        if (current !== "") words.push(current);
        current = piece;
      }
      lastEnd = m.index + m[0].length;
    }
    if (current !== "") words.push(current);
  }
  return words;
}

/** A manifest's command word as text; anything but a scalar is named by kind, never converted. */
const wordOf = (word: unknown): string =>
  typeof word === "string" || typeof word === "number" || typeof word === "boolean"
    ? String(word)
    : `(${describeValue(word)})`;

/**
 * The `command` + `args` of every container of a static Pod manifest (kubeadm writes these).
 * A word that is not a scalar (`- {toString: 1}`) becomes "(an object)", so it is named as not
 * a flag instead of being converted.
 */
export function manifestCommand(doc: unknown): string[] | undefined {
  if (!isRecord(doc) || doc.kind !== "Pod" || !isRecord(doc.spec)) return undefined;
  const containers = Array.isArray(doc.spec.containers) ? doc.spec.containers : [];
  const words = containers.flatMap((c) =>
    isRecord(c)
      ? [...(Array.isArray(c.command) ? c.command : []), ...(Array.isArray(c.args) ? c.args : [])]
      : [],
  );
  return words.map(wordOf);
}

/** Reads `--flag=value` and `--flag value` words into a map; other words are returned apart. */
export function flagsOf(words: readonly string[]): { flags: Map<string, string>; other: string[] } {
  const flags = new Map<string, string>();
  const other: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word.startsWith("--") || word === "--") {
      other.push(word);
      continue;
    }
    const eq = word.indexOf("=");
    if (eq > 0) flags.set(word.slice(2, eq), word.slice(eq + 1));
    else {
      const next = words[i + 1];
      if (next !== undefined && !next.startsWith("-")) {
        flags.set(word.slice(2), next);
        i++;
      } else flags.set(word.slice(2), "true");
    }
  }
  return { flags, other };
}

/**
 * kube-apiserver's Service range when `--service-cluster-ip-range` is unset (`DefaultServiceIPCIDR`,
 * kubernetes `pkg/kubeapiserver/options`; reference/kubernetes.md, Service range).
 */
export const APISERVER_DEFAULT_SERVICE_CIDR = "10.0.0.0/24";

/** Flags only kube-controller-manager takes: their presence means its defaults apply. */
const KCM_ONLY_FLAGS = [
  "cluster-cidr",
  "node-cidr-mask-size",
  "node-cidr-mask-size-ipv4",
  "node-cidr-mask-size-ipv6",
  "cidr-allocator-type",
];

/** True when text reads as command-line flags: some word starts with `--` and a letter. */
export function looksLikeFlags(words: readonly string[]): boolean {
  return words.some((w) => /^--[a-z]/.test(w));
}

/**
 * Reads kube-controller-manager / kube-apiserver (and kubelet) flags, one per line or as a
 * command line, from text or a static Pod manifest's `command:` list: `--cluster-cidr`,
 * `--service-cluster-ip-range`, `--node-cidr-mask-size[-ipv4|-ipv6]`, `--service-node-port-range`,
 * `--max-pods`, `--cluster-domain`. Program names are recognised; other words are named.
 */
export function importComponentFlags(
  words: readonly string[],
  base: Design,
  messages: string[],
  findings: ImportFinding[] = [],
): Design {
  const { flags, other } = flagsOf(words);
  for (const word of other) {
    if (!/(^|\/)(kube-controller-manager|kube-apiserver|kubelet|hyperkube)$/.test(word)) {
      messages.push(`${quote(word)}: not a flag; ignored`);
    }
  }
  const imported: ImportedAddressing = {};
  let design = applyFlags(base, imported, flags, "--", messages, findings);
  const kcm =
    other.some((w) => /(^|\/)kube-controller-manager$/.test(w)) ||
    [...flags.keys()].some((f) => KCM_ONLY_FLAGS.includes(f));
  if (kcm && !flags.has("allocate-node-cidrs")) {
    // kube-controller-manager's own default, not the designer's: it allocates no node ranges.
    imported.nodeIpamOff = true;
    messages.push(
      "--allocate-node-cidrs is not given: kube-controller-manager's default is false, so it hands out no node ranges (imported as such); add --allocate-node-cidrs=true if the cluster's nodes get podCIDRs from it",
    );
    design = withNodeIpamOff(design, "--allocate-node-cidrs (unset: false)", messages, findings);
  } else if (imported.nodeIpamOff)
    design = withNodeIpamOff(design, "--allocate-node-cidrs=false", messages, findings);
  const apiserver = other.some((w) => /(^|\/)kube-apiserver$/.test(w));
  if (apiserver && !flags.has("service-cluster-ip-range")) {
    // kube-apiserver's own default, not the designer's: the cluster this command line starts.
    imported.serviceCidrs = [APISERVER_DEFAULT_SERVICE_CIDR];
    imported.serviceKey = "--service-cluster-ip-range (unset: kube-apiserver's default)";
    messages.push(
      `kube-apiserver without --service-cluster-ip-range uses its default ${APISERVER_DEFAULT_SERVICE_CIDR} (the kubernetes Service at 10.0.0.1), warning "No CIDR for service cluster IPs specified. Default value which was ${APISERVER_DEFAULT_SERVICE_CIDR} is deprecated"; imported as such`,
    );
  }
  if (!flags.has("cluster-cidr"))
    messages.push("--cluster-cidr is not given; the design's pod ranges were kept");
  return overlayAddressing(design, imported, "the flags", messages, findings);
}
