import { quote } from "../core/codec/quote.ts";
import type { Design } from "../core/design/schema.ts";
import { intOf, listOf } from "./overlay.ts";
import { addFinding, KCM_TEXT } from "./importFindings.ts";
import type { ImportedAddressing, ImportFinding } from "./types.ts";

/** Flags read without effect on the design (they are implied or only checked). */
const NOTED: Record<string, string> = {
  "cluster-dns": "derived from the Service range (its 10th address)",
};

/**
 * Applies kube-controller-manager, kube-apiserver and kubelet flags (without `--`) to a design
 * and to the addressing being imported: `cluster-cidr`, `service-cluster-ip-range`,
 * `node-cidr-mask-size[-ipv4|-ipv6]`, `service-node-port-range`, `max-pods`, `cluster-domain`,
 * `allocate-node-cidrs` (false: node IPAM off) and `cidr-allocator-type` (anything but
 * RangeAllocator is a controller-manager refusal, quoted into `findings`). Every other flag gets
 * a message naming it as ignored.
 */
export function applyFlags(
  design: Design,
  imported: ImportedAddressing,
  flags: ReadonlyMap<string, string>,
  prefix: string,
  messages: string[],
  findings: ImportFinding[] = [],
): Design {
  let out = design;
  for (const [name, value] of flags) {
    switch (name) {
      case "cluster-cidr":
        imported.podCidrs = listOf(value);
        imported.podKey = `${prefix}${name}`;
        break;
      case "service-cluster-ip-range":
        imported.serviceCidrs = listOf(value);
        imported.serviceKey = `${prefix}${name}`;
        break;
      case "node-cidr-mask-size":
      case "node-cidr-mask-size-ipv4":
      case "node-cidr-mask-size-ipv6": {
        const mask = intOf(value);
        if (mask === undefined) {
          messages.push(`${prefix}${name}: ${quote(value)} is not an integer and was ignored`);
          break;
        }
        const key =
          name === "node-cidr-mask-size" ? "legacy" : name.endsWith("ipv4") ? "ipv4" : "ipv6";
        imported.nodeMask = { ...imported.nodeMask, [key]: mask };
        imported.maskFlags = prefix;
        break;
      }
      case "service-node-port-range":
        out = { ...out, nodePortRange: value.trim() };
        break;
      case "max-pods": {
        const maxPods = intOf(value);
        if (maxPods !== undefined) out = { ...out, nodes: { ...out.nodes, maxPods } };
        else messages.push(`${prefix}${name}: ${quote(value)} is not an integer and was ignored`);
        break;
      }
      case "allocate-node-cidrs":
        if (value.trim() === "false") imported.nodeIpamOff = true;
        else
          messages.push(`${prefix}${name}: noted (node ranges are allocated from the pod ranges)`);
        break;
      case "cidr-allocator-type": {
        const type = value.trim();
        if (type === "RangeAllocator") break;
        addFinding(findings, {
          severity: "error",
          component: "kube-controller-manager",
          key: `${prefix}${name}`,
          quoted:
            type === "CloudAllocator" ? KCM_TEXT.cloudAllocator : KCM_TEXT.allocatorType(type),
          message:
            "kube-controller-manager's node IPAM does not start, so no node gets a pod range; the design models RangeAllocator. Remove the flag or set it to RangeAllocator.",
        });
        break;
      }
      case "cluster-domain":
        out = { ...out, clusterDomain: value.trim() };
        break;
      case "node-ip":
        // kubelet's (and k3s/RKE2's) node address: evidence of the node network.
        imported.nodeIps = { ips: listOf(value), key: `${prefix}${name}` };
        break;
      default:
        messages.push(
          `${prefix}${name}: ${Object.hasOwn(NOTED, name) ? NOTED[name] : "ignored (not about addressing)"}`,
        );
    }
  }
  return out;
}
