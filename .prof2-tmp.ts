import { readFileSync } from "node:fs";
import { decodeLink } from "./src/core/codec/link.ts";
import { RULES } from "./src/core/rules/registry.ts";
import { buildContext } from "./src/core/rules/buildContext.ts";
const r = decodeLink(readFileSync(`e2e/fixtures/links/hostile-lb-ipv6-64.txt`, "utf8").trim());
if (!r.ok) throw new Error(r.error);
let t = performance.now();
const ctx = (buildContext as any)(r.value.design);
console.log("ctx", (performance.now() - t).toFixed(0));
for (const rule of RULES) { t = performance.now(); const n = rule.check(ctx).length; const ms = performance.now() - t; if (ms > 20) console.log(rule.id, ms.toFixed(0), n); }
