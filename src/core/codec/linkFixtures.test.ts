import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeLink } from "./link.ts";

const DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../e2e/fixtures/links",
);
const names = readdirSync(DIR)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => f.slice(0, -4))
  .sort();

describe("share links made by earlier versions still open (e2e/fixtures/links)", () => {
  it("has the fixtures", () => {
    expect(names).toEqual(expect.arrayContaining(["default", "large", "preset-dual-stack"]));
  });

  it.each(names)("%s opens as the design stored beside it", (name) => {
    const link = readFileSync(path.join(DIR, `${name}.txt`), "utf8").trim();
    const expected: unknown = JSON.parse(readFileSync(path.join(DIR, `${name}.json`), "utf8"));
    const r = decodeLink(link);
    expect(r.ok ? r.value.design : r.error).toEqual(expected);
  });
});
