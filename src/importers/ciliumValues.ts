import { isRecord } from "../core/codec/untrusted.ts";
import { defaultCni } from "../core/design/defaults.ts";
import { withName } from "./namedFields.ts";
import { CILIUM_IPAM_MODES, type CiliumIpam, type Design } from "../core/design/schema.ts";
import { describeValue, quote } from "../core/codec/quote.ts";
import { intOf, listOf, overlayAddressing } from "./overlay.ts";
import type { Family } from "../core/ip/family.ts";
import { formatPrefix, parsePrefix } from "../core/ip/prefix.ts";
import { addFinding } from "./importFindings.ts";
import type { ImportedAddressing, ImportFinding } from "./types.ts";
import { noteKeysRead, noteUnknownKeys, recordAt } from "./yamlDocs.ts";

/** Chart 1.20.0 defaults for the cluster-pool keys (reference/cni.md section 2.1). */
const CHART_POOL = {
  ipv4: { cidrs: ["10.0.0.0/8"], mask: 24 },
  ipv6: { cidrs: ["fd00::/104"], mask: 120 },
} as const;

const KNOWN_TOP = ["ipam", "ipv4", "ipv6", "routingMode", "tunnelProtocol", "eni", "k8s"];

/** Keys that follow from the pod ranges and routing mode: recognised, not applied as such. */
const DERIVED_TOP = ["ipv4NativeRoutingCIDR", "ipv6NativeRoutingCIDR", "autoDirectNodeRoutes"];

/** Every key path the importer reads, in the order the note lists them (chart 1.20.0 spelling). */
const READ_PATHS = [
  "ipam.mode",
  "ipam.operator.clusterPoolIPv4PodCIDRList",
  "ipam.operator.clusterPoolIPv4MaskSize",
  "ipam.operator.clusterPoolIPv6PodCIDRList",
  "ipam.operator.clusterPoolIPv6MaskSize",
  "ipam.operator.autoCreateCiliumPodIPPools",
  "ipv4.enabled",
  "ipv6.enabled",
  "routingMode",
  "tunnelProtocol",
  "eni.enabled",
  "eni.awsEnablePrefixDelegation",
];

/**
 * Orders the enabled families by which one's pool keys come first in the file (the first CIDR
 * decides the primary family); IPv4 first when the file does not say.
 */
function familyOrder(ipam: Record<string, unknown>, enabled: readonly Family[]): Family[] {
  const operator = recordAt(ipam, "operator");
  const pools = recordAt(operator, "autoCreateCiliumPodIPPools");
  const firstPool = recordAt(pools, "default" in pools ? "default" : (Object.keys(pools)[0] ?? ""));
  const keys = [...Object.keys(operator), ...Object.keys(firstPool)];
  const seen = keys.flatMap((k): Family[] =>
    /IPv4|^ipv4$/.test(k) ? ["ipv4"] : /IPv6|^ipv6$/.test(k) ? ["ipv6"] : [],
  );
  const order = [...seen, "ipv4" as const, "ipv6" as const].filter((f) => enabled.includes(f));
  return order.filter((f, i) => order.indexOf(f) === i);
}

/**
 * A cluster-pool CIDR list with the entries of the other family taken out: the operator refuses
 * the whole list ("unable to initialize IPv4 allocator: CIDR is not v4 family: …", clusterpool.go
 * Init around cidralloc.NewCIDRSets), so the entry is reported, never moved to the other family.
 */
function ownFamily(
  listed: readonly string[],
  family: Family,
  key: string,
  findings: ImportFinding[],
): string[] {
  const label = family === "ipv4" ? "IPv4" : "IPv6";
  return listed.filter((text) => {
    const parsed = parsePrefix(text);
    if (!parsed.ok || parsed.value.prefix.family === family) return true;
    const canonical = formatPrefix(parsed.value.prefix);
    addFinding(findings, {
      severity: "error",
      component: "cilium-operator",
      key,
      quoted: `unable to initialize ${label} allocator: CIDR is not ${family === "ipv4" ? "v4" : "v6"} family: ${canonical}`,
      message: `The operator refuses the pool list and allocates nothing; the design leaves ${canonical} out of the ${label} pod ranges. Move it to the other family's list.`,
    });
    return false;
  });
}

/**
 * A cluster-pool mask size as the chart's schema types it (integer): text such as "24" makes
 * `helm install` fail on values.schema.json (reference/cni.md 2.2), reported as an error; the
 * design takes the number the text means.
 */
function chartMask(
  operator: Record<string, unknown>,
  key: string,
  findings: ImportFinding[],
): number | undefined {
  const value = operator[key];
  const mask = intOf(value);
  if (typeof value === "string")
    addFinding(findings, {
      severity: "error",
      component: "Helm (Cilium values.schema.json)",
      key: `ipam.operator.${key}`,
      // Helm's prefix; the detail after it is worded by Helm's JSON-schema library and varies
      // by Helm version. The schema types the key {"type": "integer"}.
      quoted: "values don't meet the specifications of the schema(s) in the following chart(s)",
      message: `${quote(value)} is text where the chart's schema wants an integer ({"type": "integer"}), so helm install fails${mask === undefined ? "" : `; the design takes ${mask}, the number it means`}. Write it without quotes.`,
    });
  return mask;
}

/** Heuristic: a mapping that looks like Cilium Helm values. */
export function looksLikeCiliumValues(doc: unknown): boolean {
  if (!isRecord(doc)) return false;
  const keys = Object.keys(doc);
  return keys.some((k) =>
    [
      "ipam",
      "routingMode",
      "tunnelProtocol",
      "kubeProxyReplacement",
      "hubble",
      "eni",
      "k8sServiceHost",
      "cluster",
    ].includes(k),
  );
}

/**
 * Reads Cilium Helm values (chart 1.20.0 keys): `ipam.mode` (`eni.enabled` forces eni),
 * cluster-pool `ipam.operator.clusterPoolIPv4/IPv6PodCIDRList` and `…MaskSize` (chart defaults
 * 10.0.0.0/8 /24 and fd00::/104 /120 when absent), multi-pool `autoCreateCiliumPodIPPools`
 * (the `default` pool), `ipv4/ipv6.enabled`, `routingMode`, `tunnelProtocol` and
 * `eni.awsEnablePrefixDelegation`. The chart has no Service range, so the design's stays.
 */
export function importCiliumValues(
  doc: Record<string, unknown>,
  base: Design,
  messages: string[],
  findings: ImportFinding[] = [],
): Design {
  const ipam = recordAt(doc, "ipam");
  const operator = recordAt(ipam, "operator");
  const eni = recordAt(doc, "eni");
  const cni = defaultCni("cilium");
  if (cni.kind !== "cilium") return base;

  let mode: CiliumIpam = "cluster-pool";
  if (typeof ipam.mode === "string" && ipam.mode !== "") {
    if ((CILIUM_IPAM_MODES as readonly string[]).includes(ipam.mode))
      mode = ipam.mode as CiliumIpam;
    else if (eni.enabled !== true)
      addFinding(findings, {
        severity: "error",
        component: "cilium-agent",
        key: "ipam.mode",
        // pkg/ipam/ipam.go NewIPAM: log.Fatalf("Unknown IPAM backend %s", ...); the chart's
        // schema has no enum, so Helm renders it (reference/cni.md 2.2).
        quoted: `Unknown IPAM backend ${ipam.mode}`,
        message: `${quote(ipam.mode)} is not a Cilium IPAM mode, so the agent stops at start-up; the design uses cluster-pool, the chart's default. Use one of ${CILIUM_IPAM_MODES.join(", ")}.`,
      });
  }
  if (eni.enabled === true) {
    if (mode !== "eni")
      messages.push("eni.enabled is true, so the chart renders ipam: eni whatever ipam.mode says");
    mode = "eni";
  } else if (mode === "eni") {
    addFinding(findings, {
      severity: "error",
      component: "Cilium Helm chart",
      key: "ipam.mode",
      // templates/validate.yaml (chart 1.20.0), as reference/cni.md 2.3 records it.
      quoted: "ipam.mode=eni requires eni.enabled=true",
      message:
        "helm install fails before anything is deployed; the design keeps ENI IPAM, as the values mean it. Set eni.enabled: true.",
    });
  }
  cni.ipam = mode;
  if (eni.awsEnablePrefixDelegation === true) cni.eni.prefixDelegation = true;
  noteUnknownKeys(
    eni,
    ["enabled", "awsEnablePrefixDelegation"],
    "eni.",
    "not about addressing",
    messages,
  );

  const v4 = recordAt(doc, "ipv4").enabled !== false;
  const v6 = recordAt(doc, "ipv6").enabled === true;
  const enabled = [...(v4 ? (["ipv4"] as const) : []), ...(v6 ? (["ipv6"] as const) : [])];
  const families = familyOrder(ipam, enabled);
  const sources: Record<string, string> = {};
  const imported: ImportedAddressing = { families, nodeMask: {}, podCidrs: [], sources };

  if (mode === "cluster-pool") {
    for (const family of families) {
      const key = family === "ipv4" ? "IPv4" : "IPv6";
      const listKey = `clusterPool${key}PodCIDRList`;
      const listed = ownFamily(
        listOf(operator[listKey]),
        family,
        `ipam.operator.${listKey}`,
        findings,
      );
      const mask = chartMask(operator, `clusterPool${key}MaskSize`, findings);
      if (listed.length === 0)
        messages.push(
          `ipam.operator.clusterPool${key}PodCIDRList is not set; the chart default ${CHART_POOL[family].cidrs.join(", ")} was used`,
        );
      if (mask === undefined)
        messages.push(
          `ipam.operator.clusterPool${key}MaskSize is not set; the chart default ${CHART_POOL[family].mask} was used`,
        );
      for (const cidr of listed.length > 0 ? listed : CHART_POOL[family].cidrs)
        imported.podCidrs!.push(cidr);
      imported.nodeMask![family] = mask ?? CHART_POOL[family].mask;
      // The key each value came from (ADR 0120); a chart default is said as one (ADR 0130).
      sources[`${family}.podCidrs`] =
        `ipam.operator.${listKey}${listed.length > 0 ? "" : " (unset: the chart's default)"}`;
      sources[`${family}.nodeMask`] =
        `ipam.operator.clusterPool${key}MaskSize${mask !== undefined ? "" : " (unset: the chart's default)"}`;
    }
  } else if (mode === "multi-pool") {
    const pools = recordAt(operator, "autoCreateCiliumPodIPPools");
    const name = "default" in pools ? "default" : Object.keys(pools)[0];
    const pool = name === undefined ? {} : recordAt(pools, name);
    for (const other of Object.keys(pools).filter((n) => n !== name)) {
      messages.push(
        `ipam.operator.autoCreateCiliumPodIPPools.${other}: only the ${name} pool becomes the design's pod ranges; this pool was ignored`,
      );
    }
    for (const family of families) {
      const entry = recordAt(pool, family);
      for (const cidr of listOf(entry.cidrs)) imported.podCidrs!.push(cidr);
      const mask = intOf(entry.maskSize);
      if (mask !== undefined) imported.nodeMask![family] = mask;
      const at = `ipam.operator.autoCreateCiliumPodIPPools.${name}.${family}`;
      if (listOf(entry.cidrs).length > 0) sources[`${family}.podCidrs`] = `${at}.cidrs`;
      if (mask !== undefined) sources[`${family}.nodeMask`] = `${at}.maskSize`;
      if (typeof entry.maskSize === "string")
        messages.push(
          `ipam.operator.autoCreateCiliumPodIPPools.${name}.${family}.maskSize: ${quote(entry.maskSize)} is text; the operator reads it as the number ${String(mask)}`,
        );
    }
    if (imported.podCidrs!.length === 0)
      messages.push(
        "no autoCreateCiliumPodIPPools pool has CIDRs; the design's pod ranges were kept",
      );
  } else {
    messages.push(
      `in ${mode} mode the pod ranges are not in Cilium's values; the design's pod ranges were kept`,
    );
  }
  noteUnknownKeys(ipam, ["mode", "operator"], "ipam.", "not about addressing", messages);
  noteUnknownKeys(
    operator,
    [
      "clusterPoolIPv4PodCIDRList",
      "clusterPoolIPv4MaskSize",
      "clusterPoolIPv6PodCIDRList",
      "clusterPoolIPv6MaskSize",
      "autoCreateCiliumPodIPPools",
    ],
    "ipam.operator.",
    "not about addressing",
    messages,
  );

  const routing = doc.routingMode;
  if (routing === "native" || routing === "tunnel") cni.routingMode = routing;
  else if (routing === undefined || routing === "")
    cni.routingMode = mode === "eni" ? "native" : "tunnel";
  else
    messages.push(
      `routingMode: ${describeValue(routing)} is not native or tunnel; tunnel was used`,
    );
  const tunnel = doc.tunnelProtocol;
  if (tunnel === "vxlan" || tunnel === "geneve") cni.tunnelProtocol = tunnel;
  else if (tunnel !== undefined && tunnel !== "")
    messages.push(
      `tunnelProtocol: ${describeValue(tunnel)} is not vxlan or geneve; vxlan was used`,
    );

  const derived = DERIVED_TOP.filter((key) => doc[key] !== undefined);
  if (derived.length > 0)
    messages.push(
      `${derived.join(", ")}: recognised, not applied as such; the designer derives ${derived.length > 1 ? "them" : "it"} from the pod ranges and routing mode, and its Cilium export writes ${derived.length > 1 ? "them" : "it"} under native routing`,
    );
  noteKeysRead(doc, READ_PATHS, messages);
  noteUnknownKeys(
    doc,
    [...KNOWN_TOP, ...DERIVED_TOP],
    "",
    "not about addressing, or not modelled",
    messages,
  );
  const named = withName(base, recordAt(doc, "cluster").name, "cluster.name", messages);
  const design = overlayAddressing(
    { ...named, cni },
    imported,
    "Cilium's Helm values",
    messages,
    findings,
  );
  return design;
}
