import { GKE_CLASS_E } from "../cloud/gke/gkeFacts.ts";
import { platformOf } from "../cloud/platformCapacity.ts";
import { parseAddressRange, type AddressRange } from "../ip/range.ts";
import { SPECIAL_RANGES, type SpecialRange } from "../ip/special.ts";
import type { Finding, Severity } from "./finding.ts";
import { describeRange, sharedRange } from "./helpers.ts";
import type { RoleRange, Rule } from "./rule.ts";

const TABLE = SPECIAL_RANGES.map((s) => {
  const parsed = parseAddressRange(s.cidr);
  if (!parsed.ok) throw new Error(`special range ${s.cidr}: ${parsed.error}`);
  return { ...s, range: parsed.value as AddressRange };
});

/**
 * The table's entries of each family by first address, with their place in the table: a range
 * meets only entries that start at or before its last address, so most ranges look at a few.
 */
const BY_FIRST = (["ipv4", "ipv6"] as const).map((family) =>
  TABLE.map((s, at) => ({ s, at }))
    .filter(({ s }) => s.range.family === family)
    .sort((a, b) =>
      a.s.range.first < b.s.range.first ? -1 : a.s.range.first > b.s.range.first ? 1 : 0,
    ),
);

/** The special ranges `range` overlaps, in SPECIAL_RANGES order (with their parsed ranges). */
export function entriesMeeting(range: AddressRange): (typeof TABLE)[number][] {
  const at: number[] = [];
  for (const { s, at: i } of BY_FIRST[range.family === "ipv4" ? 0 : 1]!) {
    if (s.range.first > range.last) break;
    if (s.range.last >= range.first) at.push(i);
  }
  return at.sort((a, b) => a - b).map((i) => TABLE[i]!);
}

function severityOf(special: SpecialRange, r: RoleRange): Severity {
  if (special.use === "never") return "error";
  if (special.use === "avoid") return "warning";
  if (special.use === "local") return "info";
  // Pod and Service ranges are routed on every node, so a clash with CGNAT or docker0 bites there.
  return r.role === "pods" || r.role === "services" ? "warning" : "info";
}

/** True where GKE accepts this special range for this role (Class E Pods and Services). */
function gkeClassE(kind: string, special: SpecialRange, r: RoleRange): boolean {
  return (
    kind === "gke" &&
    special.cidr === GKE_CLASS_E.cidr &&
    (r.role === "pods" || r.role === "services")
  );
}

/**
 * Cluster ranges (pods, Services, node networks, LoadBalancer pools) overlapping special-purpose
 * blocks: loopback, multicast, reserved ("never": error), link-local, documentation,
 * benchmarking, 6to4, NAT64 ("avoid": warning), CGNAT and Docker's bridge ("caution"), Docker's
 * other default pools ("local": info). External ranges are the user's own statement of what
 * exists and are not checked.
 */
export const specialRanges: Rule = {
  id: "special-ranges",
  title: "Special-purpose and reserved ranges",
  source: "IANA IPv4/IPv6 special-purpose registries (RFC 6890); moby libnetwork/ipamutils",
  check(ctx) {
    const out: Finding[] = [];
    // Managed-cloud node images run containerd, not Docker: its local pools do not exist there.
    const managed = platformOf(ctx.design.cni) !== undefined;
    for (const r of ctx.ranges) {
      if (r.role === "external") continue;
      for (const s of entriesMeeting(r.range)) {
        if (managed && s.use === "local") continue;
        const shared = sharedRange(r.range, s.range);
        if (!shared) continue;
        if (gkeClassE(ctx.design.cni.kind, s, r)) {
          out.push({
            rule: this.id,
            severity: "info",
            fields: [r.field],
            message: `The ${r.label} lies in Class E, ${s.cidr}; GKE accepts Class E for Pod and Service ranges, but networks outside Google Cloud (on-premises routers, some firewalls and operating systems) may drop it.`,
            fix: "Keep it only if nothing outside the VPC must reach these addresses; otherwise use RFC 1918 space.",
            source: GKE_CLASS_E.source,
          });
          continue;
        }
        out.push({
          rule: this.id,
          severity: severityOf(s, r),
          fields: [r.field],
          message: `The ${r.label} overlaps ${s.cidr}, ${s.purpose} (${s.source})${shared.first === r.range.first && shared.last === r.range.last ? "" : `; shared: ${describeRange(shared)}`}.`,
          fix:
            s.use === "never"
              ? "Use a private range instead (RFC 1918 for IPv4, fd00::/8 ULA for IPv6)."
              : s.use === "local"
                ? "Harmless where no node or client creates Docker networks; otherwise pick another range or move Docker's pools (default-address-pools in /etc/docker/daemon.json)."
                : "Prefer a private range (RFC 1918 / ULA) unless you know this block is free in every network the cluster touches.",
          source: s.source,
        });
      }
    }
    return out;
  },
};
