import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { EXIT_OUTPUT } from "./exitCodes.ts";
import { errorText, exitOnWriteError, inputName } from "./io.ts";

describe("CLI io", () => {
  it("ends with the output status at a write error on standard output", () => {
    const stream = new PassThrough();
    const exits: number[] = [];
    exitOnWriteError(stream, EXIT_OUTPUT, (code) => exits.push(code));
    stream.emit("error", Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exits).toEqual([4]);
  });

  it("names inputs and system errors with unsafe characters escaped", () => {
    expect(inputName("-")).toBe("standard input");
    expect(inputName("a\u202eb\nc")).toBe("a\\u202eb\\nc");
    expect(errorText(new Error("ENOENT: no such file or directory, open 'x\u200b'"))).toBe(
      "ENOENT: no such file or directory, open 'x\\u200b'",
    );
  });

  it("names a 100,000-character file name cut, with its length", () => {
    const long = "x".repeat(100_000);
    expect(inputName(`/tmp/${long}`)).toBe(`/tmp/${"x".repeat(55)}…(100,005 characters)`);
    expect(errorText(new Error(`ENAMETOOLONG: name too long, open '${long}'`))).toBe(
      `ENAMETOOLONG: name too long, open '${"x".repeat(59)}…(100,002 characters)`,
    );
  });

  it("keeps paths and word lists of ordinary length whole", () => {
    const path = `/home/ci/work/${"deep/".repeat(50)}values.yaml`;
    expect(inputName(path)).toBe(path);
  });
});
