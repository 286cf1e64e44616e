import { decodeText } from "../../core/codec/decodeText.ts";
import { MAX_INPUT_BYTES, overLimitWords } from "../../core/codec/inputSize.ts";

/**
 * A chosen file's text, decoded as its byte order mark says (decodeText: UTF-16 from Windows
 * PowerShell reads too), or why not: over the input gate's limit (said with the limit, as the CLI
 * says it), or unreadable.
 */
export async function readChosenFile(
  file: Blob,
): Promise<{ text: string; problem: undefined } | { text: undefined; problem: string }> {
  if (file.size > MAX_INPUT_BYTES)
    return { text: undefined, problem: `the file is ${overLimitWords(file.size)}` };
  try {
    return { text: decodeText(new Uint8Array(await file.arrayBuffer())), problem: undefined };
  } catch {
    return { text: undefined, problem: "the file could not be read" };
  }
}
