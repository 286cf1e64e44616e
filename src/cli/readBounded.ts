import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { decodeText } from "../core/codec/decodeText.ts";
import { MAX_INPUT_BYTES, overLimitWords } from "../core/codec/inputSize.ts";

/**
 * Reads a stream as text (UTF-8, or UTF-16 after its byte order mark: decodeText), stopping as soon as more than `limit` bytes have come (the
 * stream is then destroyed: `/dev/urandom` or an endless pipe costs at most `limit` bytes).
 * Rejects with "it is over the limit of 4 MiB (4,194,304 bytes) for any input", or with the
 * stream's own error.
 */
export async function readStreamBounded(
  stream: AsyncIterable<unknown> & { destroy?: () => void },
  limit = MAX_INPUT_BYTES,
): Promise<string> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : (chunk as Uint8Array);
      total += bytes.length;
      if (total > limit) throw new Error(`it is ${overLimitWords()}`);
      chunks.push(bytes);
    }
  } finally {
    stream.destroy?.();
  }
  return decodeText(Buffer.concat(chunks));
}

/**
 * Reads a UTF-8 text file ("-" reads standard input) without ever holding more than
 * {@link MAX_INPUT_BYTES}: a regular file over the limit is refused from its size, unread;
 * anything else (a pipe, a device) is read up to the limit and then refused.
 */
export async function readTextBounded(path: string, limit = MAX_INPUT_BYTES): Promise<string> {
  if (path === "-") return readStreamBounded(process.stdin, limit);
  const info = await stat(path);
  if (info.isFile() && info.size > limit) throw new Error(`it is ${overLimitWords(info.size)}`);
  return readStreamBounded(createReadStream(path, { highWaterMark: 64 * 1024 }), limit);
}
