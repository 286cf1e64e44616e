import { analyse } from "../analysis/analyseDesign.ts";
import type { Design } from "../design/schema.ts";
import type { Finding } from "./finding.ts";

/**
 * Runs every registered rule over the design (see `checkRules` for the order). Not memoised:
 * callers that hold on to a design object use `analyseDesign`.
 */
export function runRules(design: Design): Finding[] {
  return analyse(design).findings;
}
