import { describe, expect, it } from "vitest";
import { decodeText } from "./decodeText.ts";

const yaml = "networking:\n  podSubnet: 10.244.0.0/16 # café\n";

/** UTF-16 code units of `text`, in the given byte order, after its byte order mark. */
function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
  return out;
}

describe("decodeText", () => {
  it("reads UTF-8, with or without a byte order mark", () => {
    const bytes = new TextEncoder().encode(yaml);
    expect(decodeText(bytes)).toBe(yaml);
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(yaml);
  });

  it("reads UTF-16 little- and big-endian after their byte order marks", () => {
    expect(decodeText(utf16(yaml, true))).toBe(yaml);
    expect(decodeText(utf16(yaml, false))).toBe(yaml);
  });

  it("turns bytes that are not UTF-8 into U+FFFD rather than failing", () => {
    expect(decodeText(new Uint8Array([0x61, 0xc3, 0x28, 0x62]))).toBe("a\ufffd(b");
    expect(decodeText(new Uint8Array([]))).toBe("");
  });
});
