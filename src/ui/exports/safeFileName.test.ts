import { describe, expect, it } from "vitest";
import { safeFileName } from "./safeFileName.ts";

describe("safeFileName", () => {
  it.each([
    ["my-cluster", "my-cluster"],
    ["prod east/1", "prod-east-1"],
    ["../../etc/passwd", "etc-passwd"],
    ["<script>", "script"],
    ["", "cluster"],
  ])("%j -> %j", (input, output) => {
    expect(safeFileName(input)).toBe(output);
  });
});
