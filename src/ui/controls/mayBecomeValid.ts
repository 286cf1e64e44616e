/** An IPv4 address being typed: up to four dotted octets of at most 255, the last maybe empty. */
function partialIpv4(text: string): boolean {
  const parts = text.split(".");
  if (parts.length > 4) return false;
  return parts.every((p, i) =>
    p === "" ? i === parts.length - 1 || text === "" : /^\d{1,3}$/.test(p) && Number(p) <= 255,
  );
}

/** An IPv6 address being typed: hex groups of at most four digits, at most one "::". */
function partialIpv6(text: string): boolean {
  if (!/^[0-9a-fA-F:]*$/.test(text) || text.includes(":::")) return false;
  if (text.split("::").length > 2) return false;
  return text.split(":").every((g) => g.length <= 4) && text.split(":").length <= 9;
}

const partialAddress = (text: string) => partialIpv4(text) || partialIpv6(text);

/** A CIDR being typed: an address, then maybe "/" and up to three digits of a length ≤ 128. */
function partialCidr(text: string): boolean {
  const [address = "", length, ...rest] = text.split("/");
  if (rest.length > 0) return false;
  if (length === undefined) return partialAddress(address);
  const v4 = address.split(".").length === 4 && partialIpv4(address) && !address.endsWith(".");
  const v6 = address.includes(":") && partialIpv6(address);
  if (!v4 && !v6) return false;
  if (length === "") return true;
  return /^\d{1,3}$/.test(length) && Number(length) <= (v4 ? 32 : 128);
}

/**
 * Whether `text` may still become a valid value by typing more: "10.1" and "10.244.0.0/" may
 * become CIDRs, "10.0.0.1-10.0" an address range, "30000-32" a port range, "cluster." a domain.
 * Used to hold back format errors while a person is still typing (issue #14): a field shows its
 * error on blur, or after a pause only when the text cannot be the start of a valid value.
 */
export function mayBecomeValid(raw: string): boolean {
  const text = raw.trim();
  if (text === "") return true;
  if (partialCidr(text)) return true;
  const dash = text.split("-");
  if (dash.length === 2 && dash.every((p) => p === "" || /^\d+$/.test(p) || partialAddress(p)))
    return dash[0] !== "";
  return /^[a-z0-9][a-z0-9.-]*$/.test(text) && /[g-z]/.test(text);
}
