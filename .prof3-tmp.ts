import { readFileSync } from "node:fs";
import { decodeLink } from "./src/core/codec/link.ts";
import { buildScene } from "./src/layout/scene.ts";
import { runRules } from "./src/core/rules/runRules.ts";
const r = decodeLink(readFileSync(`e2e/fixtures/links/hostile-lb-ipv6-64.txt`, "utf8").trim());
if (!r.ok) throw new Error(r.error);
for (let i = 0; i < 3; i++) { buildScene(r.value.design, "ipv6", 1000, 1000); runRules(r.value.design); }
