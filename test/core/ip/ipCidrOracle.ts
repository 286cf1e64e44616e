import IPCIDR from "ip-cidr";

/** What ip-cidr makes of CIDR text: refused, or the block's first address and prefix length. */
export type OracleVerdict = { ok: false } | { ok: true; network: bigint; length: number };

/**
 * ip-cidr (with ip-address) as a test oracle for core/ip/prefix.ts (ADR 0034): the production
 * parser is ours alone; this second, independent reading checks it.
 */
export function ipCidrVerdict(text: string): OracleVerdict {
  if (!IPCIDR.isValidCIDR(text)) return { ok: false };
  // `new IPCIDR()` calls ip-address 9's bigInteger(), gone in the ip-address 10 we pin (overrides
  // in package.json); the static reader it is built on works, so read the block from that.
  const address = IPCIDR.createAddress(text);
  return { ok: true, network: address.startAddress().bigInt(), length: address.subnetMask };
}

/**
 * Where ip-cidr and Kubernetes part ways, and we follow Kubernetes (netutils.ParseCIDRSloppy,
 * net.ParseCIDR; Go's netip.ParsePrefix for leading zeros):
 * - `leading-zero-length`: ip-cidr takes "/08" (not "/016"); we refuse both, as Go does.
 * - `zone`: ip-cidr takes "fe80::1%eth0/64"; a CIDR has no zone, and Go refuses it.
 * - `dotted-tail`: ip-cidr reads an IPv6 address with a dotted IPv4 tail as that IPv4 address:
 *   "::ffff:10.2.3.4/128" is the block 10.2.3.4, and "::ffff:1.2.3.4/128" is refused (its tail
 *   is taken as IPv4 text with a /128). Kubernetes and we read the whole IPv6 address.
 */
export type KnownDifference = "leading-zero-length" | "zone" | "dotted-tail";

/** The known difference `text` falls under, if any (see {@link KnownDifference}). */
export function knownDifference(text: string): KnownDifference | undefined {
  const slash = text.lastIndexOf("/");
  if (/^0\d/.test(text.slice(slash + 1))) return "leading-zero-length";
  if (text.includes("%")) return "zone";
  if (text.includes(":") && text.includes(".")) return "dotted-tail";
  return undefined;
}
