/**
 * The number of bits of a non-negative value (0 for 0): a number's leading zeros below 2^32,
 * else from the hex text (a quarter of the binary's length). Address math asks for it per block.
 */
export function bitLength(value: bigint): number {
  if (value >= 0n && value <= 0xffffffffn) return 32 - Math.clz32(Number(value));
  const hex = value.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0]!, 16)));
}
