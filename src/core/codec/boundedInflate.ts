import { Inflate } from "fflate";
import { fail, ok, type Result } from "../result.ts";

/** Input fed to the inflater per step, in bytes: bounds the output one step can make (~1 MB). */
const STEP = 1024;

/**
 * Inflates raw DEFLATE data (RFC 1951) but stops as soon as the output passes `maxBytes`, so a
 * "zip bomb" costs at most one step of work and memory. Truncated or corrupt data gives an error,
 * never an exception.
 */
export function boundedInflate(
  data: Uint8Array,
  maxBytes: number,
  dictionary?: Uint8Array,
): Result<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  try {
    const inflater = new Inflate(dictionary ? { dictionary } : {}, (chunk, final) => {
      chunks.push(chunk);
      total += chunk.length;
      done = final;
    });
    for (let i = 0; i < data.length || i === 0; i += STEP) {
      inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      if (total > maxBytes) return fail(`it expands to more than ${maxBytes} bytes`);
    }
  } catch {
    return fail("the compressed data is damaged or cut short");
  }
  if (!done) return fail("the compressed data is cut short");
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return ok(out);
}
