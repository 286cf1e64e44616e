import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { designSchema } from "../core/design/schema.ts";
import { EXPORT_TARGETS, targetsFor } from "./registry.ts";
import { GOLDEN_CASES } from "../../test/exporters/goldenCases.ts";

/** Run with UPDATE_GOLDEN=1 to rewrite the golden files; then read every changed file against the references. */
const UPDATE = process.env.UPDATE_GOLDEN === "1";
const GOLDEN_DIR = fileURLToPath(new URL("./__golden__/", import.meta.url));

const byId = new Map(EXPORT_TARGETS.map((t) => [t.id, t]));

describe("golden exports", () => {
  it("registry ids are unique kebab-case CLI names and filenames never clash", () => {
    const ids = EXPORT_TARGETS.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const c of GOLDEN_CASES) {
      const names = targetsFor(c.design).flatMap((t) => t.render(c.design).map((f) => f.filename));
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it("every target is pinned by at least one golden case", () => {
    const pinned = new Set(GOLDEN_CASES.flatMap((c) => c.pinned));
    expect([...byId.keys()].filter((id) => !pinned.has(id))).toEqual([]);
  });

  for (const c of GOLDEN_CASES) {
    describe(c.name, () => {
      it("is a schema-valid design", () => {
        expect(designSchema.safeParse(c.design).success).toBe(true);
      });

      it("offers exactly the expected targets", () => {
        expect(targetsFor(c.design).map((t) => t.id)).toEqual(c.targets);
      });

      const dir = path.join(GOLDEN_DIR, c.name);
      const files = c.pinned.flatMap((id) => {
        const target = byId.get(id);
        if (!target) throw new Error(`unknown target ${id}`);
        return target.render(c.design);
      });

      it("has no stale golden files", () => {
        if (UPDATE) mkdirSync(dir, { recursive: true });
        const present = existsSync(dir) ? readdirSync(dir).sort() : [];
        expect(present).toEqual(files.map((f) => f.filename).sort());
      });

      for (const file of files) {
        it(`matches ${file.filename}`, () => {
          const golden = path.join(dir, file.filename);
          if (UPDATE) writeFileSync(golden, file.text);
          expect(file.text).toBe(readFileSync(golden, "utf8"));
        });
      }
    });
  }
});
