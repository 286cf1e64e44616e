import { describeCni } from "../cni/describeCni.ts";
import type { IpamDescriptor } from "../cni/descriptor.ts";
import type { Design } from "../design/schema.ts";
import { FAMILIES, type Family } from "../ip/family.ts";
import { formatPrefix, prefixOf } from "../ip/prefix.ts";
import { parseAddressRange, prefixRange } from "../ip/range.ts";
import type { Capacity } from "../capacity/types.ts";
import type { FamilyContext, PodRange, RoleRange, RuleContext } from "./rule.ts";

function familyContext(design: Design, family: Family): FamilyContext | undefined {
  const plan = design[family];
  if (!plan || !design.ipFamilies.includes(family)) return undefined;
  const pods: PodRange[] = [];
  plan.podCidrs.forEach((text, index) => {
    const prefix = prefixOf(text);
    if (prefix) pods.push({ index, text, prefix, field: `${family}.podCidrs.${index}` });
  });
  return {
    family,
    plan,
    primary: design.ipFamilies[0] === family,
    pods,
    service: prefixOf(plan.serviceCidr),
    nodeMask: plan.nodeMask,
  };
}

function roleRanges(design: Design, families: FamilyContext[], usesPodRange: boolean): RoleRange[] {
  const out: RoleRange[] = [];
  for (const f of families) {
    // Cloud IPAM modes take pod IPs from the node networks; the pod ranges are not used.
    for (const pod of usesPodRange ? f.pods : []) {
      out.push({
        role: "pods",
        label: `pod range ${formatPrefix(pod.prefix)}`,
        field: pod.field,
        text: pod.text,
        family: f.family,
        range: prefixRange(pod.prefix),
      });
    }
    if (f.service) {
      out.push({
        role: "services",
        label: `Service range ${formatPrefix(f.service)}`,
        field: `${f.family}.serviceCidr`,
        text: f.plan.serviceCidr,
        family: f.family,
        range: prefixRange(f.service),
      });
    }
  }
  design.nodes.networks.forEach((n, i) => {
    const prefix = prefixOf(n.cidr);
    if (!prefix) return;
    out.push({
      role: "nodes",
      label: `node network "${n.name}" (${formatPrefix(prefix)})`,
      field: `nodes.networks.${i}.cidr`,
      text: n.cidr,
      family: prefix.family,
      range: prefixRange(prefix),
      name: n.name,
    });
  });
  design.loadBalancer.pools.forEach((p, i) => {
    const parsed = parseAddressRange(p.range);
    if (!parsed.ok) return;
    out.push({
      role: "lb",
      label: `LoadBalancer pool "${p.name}" (${p.range.trim()})`,
      field: `loadBalancer.pools.${i}.range`,
      text: p.range.trim(),
      family: parsed.value.family,
      range: parsed.value,
      name: p.name,
    });
  });
  design.externalRanges.forEach((e, i) => {
    const prefix = prefixOf(e.cidr);
    if (!prefix) return;
    out.push({
      role: "external",
      label: `external range "${e.name}" (${formatPrefix(prefix)})`,
      field: `externalRanges.${i}.cidr`,
      text: e.cidr,
      family: prefix.family,
      range: prefixRange(prefix),
      name: e.name,
    });
  });
  return out;
}

/**
 * Parses a design once for every rule: families (primary first) with parsed pod and Service
 * ranges, every address block with its role (pod ranges only where the IPAM uses them), the CNI
 * descriptor (described here unless the caller already has it), and capacity when given: a
 * value, or a function computing it on the context's first read of `capacity` (once; a rule that
 * reads ranges alone never plans the design).
 */
export function buildContext(
  design: Design,
  capacity?: Capacity | (() => Capacity | undefined),
  cni: IpamDescriptor = describeCni(design.cni),
): RuleContext {
  const families = design.ipFamilies
    .map((f) => familyContext(design, f))
    .filter((f): f is FamilyContext => f !== undefined);
  const byFamily: RuleContext["byFamily"] = {};
  for (const family of FAMILIES) {
    const f = families.find((x) => x.family === family);
    if (f) byFamily[family] = f;
  }
  const minor = Number(/^1\.(\d+)$/.exec(design.kubernetesVersion)?.[1] ?? NaN);
  const context: RuleContext = {
    design,
    cni,
    families,
    byFamily,
    ranges: roleRanges(design, families, cni.usesPodRange),
    minor,
    capacity: typeof capacity === "function" ? undefined : capacity,
  };
  if (typeof capacity === "function") {
    let computed: { value: Capacity | undefined } | undefined;
    Object.defineProperty(context, "capacity", {
      enumerable: true,
      get: () => (computed ??= { value: capacity() }).value,
    });
  }
  return context;
}
