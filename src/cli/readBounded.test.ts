import { mkdtempSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { readStreamBounded, readTextBounded } from "./readBounded.ts";

const work = mkdtempSync(path.join(tmpdir(), "read-bounded-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("bounded reads of CLI input", () => {
  it("reads a file as UTF-8 text", async () => {
    const file = path.join(work, "small.yaml");
    writeFileSync(file, "name: ✓\n");
    await expect(readTextBounded(file)).resolves.toBe("name: ✓\n");
  });

  it("reads a UTF-16 file with a byte order mark (PowerShell 5's `>`)", async () => {
    const file = path.join(work, "utf16.yaml");
    writeFileSync(
      file,
      Buffer.from("\ufeffnetworking:\r\n  podSubnet: 10.244.0.0/16\r\n", "utf16le"),
    );
    await expect(readTextBounded(file)).resolves.toBe(
      "networking:\r\n  podSubnet: 10.244.0.0/16\r\n",
    );
  });

  it("refuses a regular file over the limit from its size, unread", async () => {
    const file = path.join(work, "big.json");
    writeFileSync(file, "");
    truncateSync(file, 5_000_000); // sparse: nothing to read, only a size
    await expect(readTextBounded(file)).rejects.toThrow(
      "it is 5,000,000 bytes, over the limit of 4 MiB (4,194,304 bytes) for any input",
    );
  });

  it("stops reading an endless stream just past the limit", async () => {
    let produced = 0;
    let destroyed = false;
    const endless = new Readable({
      read() {
        produced += 1024;
        this.push(Buffer.alloc(1024, 0x61));
      },
      destroy(error, callback) {
        destroyed = true;
        callback(error);
      },
    });
    await expect(readStreamBounded(endless, 64 * 1024)).rejects.toThrow(
      "it is over the limit of 4 MiB (4,194,304 bytes) for any input",
    );
    expect(destroyed).toBe(true);
    expect(produced).toBeLessThan(256 * 1024);
  });

  it("refuses /dev/urandom at the limit", async () => {
    await expect(readTextBounded("/dev/urandom")).rejects.toThrow(/over the limit of 4 MiB/);
  });

  it("rejects with the system error for a missing file", async () => {
    await expect(readTextBounded(path.join(work, "missing"))).rejects.toThrow(/^ENOENT/);
  });
});
