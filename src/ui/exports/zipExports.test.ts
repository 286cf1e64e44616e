import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../core/design/presets.ts";
import type { Design } from "../../core/design/schema.ts";
import { targetsFor } from "../../exporters/registry.ts";
import type { ExportTarget } from "../../exporters/types.ts";
import { renderTarget } from "./renderTarget.ts";
import { zipEntries, zipExports } from "./zipExports.ts";

const preset = (i: number): Design => {
  const p = PRESETS[i];
  if (!p) throw new Error("no preset");
  return p.design;
};

describe("zipExports", () => {
  it("holds every file of every applicable target, byte for byte, plus a README", () => {
    for (const { design } of PRESETS) {
      const targets = targetsFor(design);
      const unzipped = unzipSync(zipExports(design, targets, "https://example.test/app/"));
      const expected = targets.flatMap((t) => {
        const files = t.render(design);
        return files.map((f) => [f.filename, f.text] as const);
      });
      for (const [name, text] of expected)
        expect(strFromU8(unzipped[name] ?? new Uint8Array())).toBe(text);
      expect(Object.keys(unzipped).sort()).toEqual(
        [...expected.map(([n]) => n), "README.txt"].sort(),
      );
      expect(strFromU8(unzipped["README.txt"] ?? new Uint8Array())).toContain(design.name);
    }
  });

  it("puts a file name used twice under the target's id", () => {
    const twin = (id: string): ExportTarget => ({
      id,
      label: id,
      description: "",
      appliesTo: () => true,
      render: () => [{ filename: "values.yaml", text: id, language: "yaml" }],
    });
    const entries = zipEntries(preset(0), [twin("a"), twin("b")]);
    expect([...entries]).toEqual([
      ["values.yaml", "a"],
      ["b/values.yaml", "b"],
    ]);
  });
});

describe("renderTarget", () => {
  it("turns a throwing target into a message and memoizes per design", () => {
    let calls = 0;
    const broken: ExportTarget = {
      id: "broken",
      label: "Broken",
      description: "",
      appliesTo: () => true,
      render: () => {
        calls += 1;
        throw new Error("boom");
      },
    };
    const design = structuredClone(preset(0));
    const first = renderTarget(design, broken);
    expect(first).toEqual({ ok: false, error: "The Broken export could not be built: boom" });
    expect(renderTarget(design, broken)).toBe(first);
    expect(calls).toBe(1);
  });
});
