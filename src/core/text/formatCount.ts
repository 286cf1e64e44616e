/** Counts up to this are printed in full with thousands separators. */
const FULL_LIMIT = 1n << 53n;
/** Largest odd factor or gap written in a power-of-two form ("3 × 2^64", "2^64 − 2"). */
const SHORT_TERM_LIMIT = 1024n;

/** Digits of a non-negative integer grouped in threes with commas: "1048576" → "1,048,576". */
function groupDigits(digits: string): string {
  const head = digits.length % 3 || 3;
  const groups = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
  return groups.join(",");
}

/** The short exact power-of-two form of `value` (> 0), or undefined when none is short. */
function powerOfTwoForm(value: bigint): string | undefined {
  let odd = value;
  let shift = 0;
  while ((odd & 1n) === 0n) {
    odd >>= 1n;
    shift += 1;
  }
  if (odd === 1n) return `2^${shift}`;
  if (odd < SHORT_TERM_LIMIT) return `${odd} × 2^${shift}`;
  const bits = value.toString(2).length;
  const gap = (1n << BigInt(bits)) - value;
  return gap < SHORT_TERM_LIMIT ? `2^${bits} − ${gap}` : undefined;
}

/**
 * The one way the product prints a count (capacity, findings, map, table, CLI). Always exact and
 * locale-independent: thousands separators up to 2^53 ("65,536"); above that, a short
 * power-of-two form where one exists ("2^64", "3 × 2^64", "2^64 − 4"), else every digit grouped.
 * Plain numbers are truncated toward zero; negatives get a leading minus sign.
 */
export function formatCount(n: bigint | number): string {
  const value = typeof n === "bigint" ? n : BigInt(Math.trunc(n));
  if (value < 0n) return `-${formatCount(-value)}`;
  if (value > FULL_LIMIT) {
    const short = powerOfTwoForm(value);
    if (short !== undefined) return short;
  }
  return groupDigits(value.toString());
}

/**
 * A count with its noun, singular for exactly one: `formatCounted(1n, "address", "addresses")` is
 * "1 address", `formatCounted(65536n, "address", "addresses")` "65,536 addresses". The noun's
 * plural defaults to the singular with an "s".
 */
export function formatCounted(
  n: bigint | number,
  singular: string,
  plural: string = `${singular}s`,
): string {
  const value = typeof n === "bigint" ? n : BigInt(Math.trunc(n));
  return `${formatCount(value)} ${value === 1n ? singular : plural}`;
}
