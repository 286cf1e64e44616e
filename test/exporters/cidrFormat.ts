import { isIPv4, isIPv6 } from "node:net";

/**
 * The `cidr` string format of Kubernetes OpenAPI schemas, checked independently of the project's
 * own parser (src/core/ip), so a bug there cannot hide in the schema check. It follows Go's
 * `net.ParseCIDR`, which kube-openapi's `cidr` format uses: an IPv4 address (no leading zeros) or
 * an IPv6 address (no zone), a slash, and a decimal prefix length up to 32 or 128. Host bits may
 * be set. Addresses are judged by Node's `net` module.
 */
export function isKubernetesCidr(text: string): boolean {
  const match = /^([^/\s]+)\/(\d{1,3})$/.exec(text);
  if (!match) return false;
  const [, address = "", lengthText = ""] = match;
  if (lengthText.length > 1 && lengthText.startsWith("0")) return false;
  const length = Number(lengthText);
  if (isIPv4(address)) return length <= 32;
  if (isIPv6(address) && !address.includes("%")) return length <= 128;
  return false;
}
