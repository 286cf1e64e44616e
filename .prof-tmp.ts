import { readFileSync } from "node:fs";
import { decodeLink } from "./src/core/codec/link.ts";
import { runRules } from "./src/core/rules/runRules.ts";
import { computeCapacity } from "./src/core/capacity/computeCapacity.ts";
import { buildScene } from "./src/layout/scene.ts";
import { encodeLink } from "./src/core/codec/link.ts";
for (const n of ["hostile-lb-ipv6-64", "hostile-lb-ipv4-64"]) {
  const r = decodeLink(readFileSync(`e2e/fixtures/links/${n}.txt`, "utf8").trim());
  if (!r.ok) throw new Error(r.error);
  const d = r.value.design;
  let t = performance.now();
  const f = runRules(d);
  console.log(n, "rules", (performance.now() - t).toFixed(0), f.length);
  t = performance.now(); computeCapacity(d); console.log("cap", (performance.now() - t).toFixed(0));
  for (const fam of ["ipv4", "ipv6"] as const) {
    t = performance.now(); const s = buildScene(d, fam, 1000, 1000); console.log("scene", fam, (performance.now() - t).toFixed(0), s?.layers.length, s?.overlaps.length);
  }
  t = performance.now(); encodeLink(d); console.log("encode", (performance.now() - t).toFixed(0));
}
