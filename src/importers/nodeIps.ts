import { parseAddress } from "../core/ip/address.ts";
import { formatPrefix, prefixAt } from "../core/ip/prefix.ts";
import { quote } from "../core/codec/quote.ts";
import type { NamedCidr } from "../core/design/schema.ts";

/**
 * The prefix assumed around a node IP when the file gives no network: a /24 (IPv4) or /64 (IPv6),
 * the common subnet sizes. The file declares the address, not the network: the length is said.
 */
export const NODE_IP_NETWORK_LENGTH = { ipv4: 24, ipv6: 64 } as const;

/**
 * Node networks proposed from kubelet `node-ip` values ("10.100.0.2,fd00:1:2:3::2"): one network
 * per distinct /24 (IPv4) or /64 (IPv6) around the addresses, named after the key. Values that
 * are not addresses, and the unspecified address ("::", "0.0.0.0": kubelet's "pick one of this
 * family"), are named in `messages` and skipped.
 */
export function networksFromNodeIps(
  values: readonly string[],
  key: string,
  messages: string[],
): NamedCidr[] {
  const seen = new Set<string>();
  const out: NamedCidr[] = [];
  for (const text of values.flatMap((v) => v.split(/[\s,]+/).filter((t) => t !== ""))) {
    const parsed = parseAddress(text);
    if (!parsed.ok) {
      messages.push(`${key}: ${quote(text)} is not an IP address and was skipped`);
      continue;
    }
    const { family, value } = parsed.value;
    if (value === 0n) {
      messages.push(
        `${key}: ${quote(text)} is the unspecified address (kubelet then picks the node's ${family === "ipv4" ? "IPv4" : "IPv6"} address itself): it says nothing about the node network`,
      );
      continue;
    }
    const cidr = formatPrefix(prefixAt(family, value, NODE_IP_NETWORK_LENGTH[family]));
    if (seen.has(cidr)) continue;
    seen.add(cidr);
    const nth = out.filter((n) => n.name.startsWith(`nodes-${family}`)).length;
    out.push({ name: `nodes-${family}${nth > 0 ? `-${nth + 1}` : ""}`, cidr });
  }
  if (out.length > 0)
    messages.push(
      `${key}: node network${out.length > 1 ? "s" : ""} ${out.map((n) => n.cidr).join(", ")} proposed around the node IP${seen.size > 1 ? "s" : ""} (the file gives the address, not the network's length: /24 and /64 are assumed)`,
    );
  return out;
}
