import { readFileSync } from "node:fs";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { serializeDesign } from "../src/core/codec/designFile.ts";
import { largeDesign } from "../test/core/codec/largeDesign.ts";
import { defaultDesign } from "../src/core/design/defaults.ts";
import { PRESETS } from "../src/core/design/presets.ts";
import { designJsonSchemaText, SCHEMA_FILE } from "./write-design-schema.ts";

const committed = readFileSync(SCHEMA_FILE, "utf8");
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(JSON.parse(committed) as object);

/** A design file as the app writes it, parsed back to plain data. */
const fileOf = (d: Parameters<typeof serializeDesign>[0]): Record<string, unknown> =>
  JSON.parse(serializeDesign(d)) as Record<string, unknown>;

describe("schema/design.schema.json", () => {
  it("equals a fresh generation from designSchema (run `npm run schema` after changing it)", () => {
    expect(committed).toBe(designJsonSchemaText());
  });

  it("accepts the default design, every preset and a large design, as files", () => {
    for (const d of [defaultDesign(), ...PRESETS.map((p) => p.design), largeDesign()]) {
      expect(validate(fileOf(d)), JSON.stringify(validate.errors)).toBe(true);
    }
  });

  it("accepts a plan file of several clusters and refuses a newer plan version", () => {
    const plan = JSON.parse(
      readFileSync(
        path.join(path.dirname(SCHEMA_FILE), "../e2e/fixtures/plan-links/clustermesh-three.json"),
        "utf8",
      ),
    ) as Record<string, unknown>;
    expect(validate(plan), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...plan, planVersion: 2 })).toBe(false);
    expect(validate({ ...plan, routing: "meshed" })).toBe(false);
  });

  it.each([
    ["a name with markup", { name: "<script>" }],
    ["an unknown CNI kind", { cni: { kind: "weave" } }],
    ["a text node count", { nodes: { ...defaultDesign().nodes, count: "5" } }],
    [
      "a CIDR without a prefix length",
      { ipv4: { ...defaultDesign().ipv4, serviceCidr: "10.96.0.0" } },
    ],
    [
      "an IPv6 CIDR in the IPv4 plan",
      { ipv4: { ...defaultDesign().ipv4, podCidrs: ["fd00::/48"] } },
    ],
    ["a newer schema version", { schemaVersion: 2 }],
  ])("refuses %s", (_label, change) => {
    expect(validate({ ...fileOf(defaultDesign()), ...change })).toBe(false);
  });
});
