import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { decodeLink } from "../../../src/core/codec/link.ts";
import type { Design } from "../../../src/core/design/schema.ts";

const LINKS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../e2e/fixtures/links",
);

/**
 * The design of a hostile share-link fixture (e2e/fixtures/links): 64 nested `start-end`
 * LoadBalancer pools of one family, the link issue 13 opens in under a second. Test helper.
 */
export function hostileLinkDesign(family: "ipv4" | "ipv6"): Design {
  const link = readFileSync(path.join(LINKS, `hostile-lb-${family}-64.txt`), "utf8").trim();
  const decoded = decodeLink(link);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.value.design;
}
