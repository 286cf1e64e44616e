import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { singleClusterPlan } from "../plan/plan.ts";
import { decodeLink } from "./link.ts";
import { parsePlanFile } from "./planFile.ts";
import { decodePlanLink } from "./planLink.ts";

const FIXTURES = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../e2e/fixtures",
);
const namesIn = (dir: string) =>
  readdirSync(path.join(FIXTURES, dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => f.slice(0, -4))
    .sort();
const read = (dir: string, file: string) => readFileSync(path.join(FIXTURES, dir, file), "utf8");
const names = namesIn("links");
const planNames = namesIn("plan-links");

describe("share links made by earlier versions still open (e2e/fixtures/links)", () => {
  it("has the fixtures", () => {
    expect(names).toEqual(expect.arrayContaining(["default", "large", "preset-dual-stack"]));
    expect(planNames).toEqual(["clustermesh-three", "isolated-shared-services"]);
  });

  it.each(names)(
    "%s opens as the design stored beside it, and as a plan of that one cluster",
    (name) => {
      const link = read("links", `${name}.txt`).trim();
      const expected: unknown = JSON.parse(read("links", `${name}.json`));
      const r = decodeLink(link);
      expect(r.ok ? r.value.design : r.error).toEqual(expected);
      const p = decodePlanLink(link);
      expect(p.ok && r.ok && p.value).toEqual(
        r.ok && { plan: singleClusterPlan(r.value.design), notices: r.value.notices },
      );
    },
  );

  it.each(planNames)("plan link %s opens as the plan file stored beside it", (name) => {
    const link = read("plan-links", `${name}.txt`).trim();
    const expected = parsePlanFile(read("plan-links", `${name}.json`));
    expect(expected.ok).toBe(true);
    const r = decodePlanLink(link);
    expect(r.ok ? r.value : r.error).toEqual(expected.ok && expected.value);
    expect(r.ok && r.value.plan.clusters.length).toBe(3);
  });
});
