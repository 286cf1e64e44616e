const GROUPED = new Intl.NumberFormat("en-US");
const EXACT_LIMIT = 1n << 53n;

function bitLength(n: bigint): number {
  return n.toString(2).length;
}

/**
 * Formats a count for people: thousands separators up to 2^53 ("65,536"); beyond that, exact
 * powers-of-two forms ("2^64", "3 × 2^64", "2^64 − 2"), or "≈ 2^70.3" when no short exact form exists.
 */
export function formatCount(n: bigint | number): string {
  const value = typeof n === "number" ? BigInt(Math.trunc(n)) : n;
  if (value < 0n) return `−${formatCount(-value)}`;
  if (value <= EXACT_LIMIT) return GROUPED.format(value);
  let odd = value;
  let shift = 0;
  while ((odd & 1n) === 0n) {
    odd >>= 1n;
    shift += 1;
  }
  if (odd === 1n) return `2^${shift}`;
  if (odd < 1024n) return `${odd} × 2^${shift}`;
  const bits = bitLength(value);
  const gap = (1n << BigInt(bits)) - value;
  if (gap < 1024n) return `2^${bits} − ${gap}`;
  const top = Number(value >> BigInt(bits - 53)) / 2 ** 53;
  return `≈ 2^${(bits - 1 + Math.log2(top * 2)).toFixed(1)}`;
}
