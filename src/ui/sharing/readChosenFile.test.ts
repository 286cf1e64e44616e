import { describe, expect, it } from "vitest";
import { readChosenFile } from "./readChosenFile.ts";

describe("readChosenFile: a config file chosen in the import dialog", () => {
  it("is refused over the input gate's limit, with the limit and the size said", async () => {
    const big = new Blob([new Uint8Array(4 * 1024 * 1024 + 1)]);
    await expect(readChosenFile(big)).resolves.toEqual({
      text: undefined,
      problem:
        "the file is 4,194,305 bytes, over the limit of 4 MiB (4,194,304 bytes) for any input",
    });
  });

  it("is read up to the limit (600 KB, over the dialog's old 512 KiB cap)", async () => {
    const text = `networking:\n  podSubnet: 10.32.0.0/12\n# ${"x".repeat(600_000)}\n`;
    await expect(readChosenFile(new Blob([text]))).resolves.toEqual({ text, problem: undefined });
  });

  it("is decoded as UTF-16 after a byte order mark", async () => {
    const bytes = Buffer.from("\ufeffnetworking:\r\n  podSubnet: 10.32.0.0/12\r\n", "utf16le");
    await expect(readChosenFile(new Blob([bytes]))).resolves.toEqual({
      text: "networking:\r\n  podSubnet: 10.32.0.0/12\r\n",
      problem: undefined,
    });
  });
});
