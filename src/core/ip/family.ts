/** An IP address family, named as Kubernetes names them in `ipFamilies`. */
export type Family = "ipv4" | "ipv6";

/** Every family, IPv4 first. */
export const FAMILIES: readonly Family[] = ["ipv4", "ipv6"];

/** Address width in bits: 32 for IPv4, 128 for IPv6. */
export function bitsOf(family: Family): number {
  return family === "ipv4" ? 32 : 128;
}

/** A person's name for the family ("IPv4", "IPv6"). */
export function familyLabel(family: Family): string {
  return family === "ipv4" ? "IPv4" : "IPv6";
}
