/** Formats a count with thousands separators ("65,536"), locale-independent, exact for bigint. */
export function formatCount(n: bigint | number): string {
  const text = (typeof n === "bigint" ? n : BigInt(Math.trunc(n))).toString();
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return negative ? `-${grouped}` : grouped;
}
