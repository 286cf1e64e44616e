import { describe, expect, it } from "vitest";
import { analyseDesign } from "../core/analysis/analyseDesign.ts";
import { decodeLink, encodeLink } from "../core/codec/link.ts";
import { PRESETS } from "../core/design/presets.ts";
import { targetsFor } from "./registry.ts";
import { zipReadme } from "./zipReadme.ts";

const BASE = "https://example.test/k8s-subnet-designer/";

describe("zipReadme", () => {
  it("holds a share link on the given base that decodes back to the design", () => {
    for (const { design } of PRESETS) {
      const readme = zipReadme(design, targetsFor(design), `${BASE}#old-fragment`);
      const link = readme.split("\n").find((line) => line.startsWith(BASE));
      expect(link).toBe(`${BASE}#${encodeLink(design)}`);
      const decoded = decodeLink(link ?? "");
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(encodeLink(decoded.value.design)).toBe(encodeLink(design));
    }
  });

  it("lists every finding with its severity, rule id and message", () => {
    const withFindings = PRESETS.filter((p) => analyseDesign(p.design).findings.length > 0);
    expect(withFindings.length).toBeGreaterThan(0);
    for (const { design } of withFindings) {
      const readme = zipReadme(design, targetsFor(design), BASE);
      for (const f of analyseDesign(design).findings) {
        expect(readme).toContain(`- ${f.severity} [${f.rule}] ${f.message}`);
      }
    }
  });

  it("says so when there are no findings", () => {
    const clean = PRESETS.find((p) => analyseDesign(p.design).findings.length === 0);
    if (!clean) return;
    expect(zipReadme(clean.design, [], BASE)).toContain("Findings: none.");
  });
});
