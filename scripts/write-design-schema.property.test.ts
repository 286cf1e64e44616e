import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { serializeDesign } from "../src/core/codec/designFile.ts";
import { arbitraryDesign } from "../test/core/design/arbitraryDesign.ts";
import { SCHEMA_FILE } from "./write-design-schema.ts";

const committed = readFileSync(SCHEMA_FILE, "utf8");
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(committed) as object);

/** A design file as the app writes it, parsed back to plain data. */
const fileOf = (d: Parameters<typeof serializeDesign>[0]): Record<string, unknown> =>
  JSON.parse(serializeDesign(d)) as Record<string, unknown>;

describe("schema/design.schema.json", () => {
  it("accepts random valid designs", () => {
    fc.assert(
      fc.property(arbitraryDesign(), (d) => {
        expect(validate(fileOf(d)), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
