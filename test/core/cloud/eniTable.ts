import { existsSync, readFileSync } from "node:fs";
import { eniTsvPath, parseEniTsv, type TsvRow } from "../../../scripts/gen-eni-limits.ts";

/** The shared ENI TSV, read by path; tests fail (never skip) when it is missing. */
export function eniTsvText(): string {
  const file = eniTsvPath();
  if (!existsSync(file)) {
    throw new Error(`ENI table not found at ${file}: set ENI_LIMITS_TSV to aws-eni-limits.tsv`);
  }
  return readFileSync(file, "utf8");
}

/** Every row of the shared ENI TSV. */
export function eniTsvRows(): TsvRow[] {
  return parseEniTsv(eniTsvText());
}
