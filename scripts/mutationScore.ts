/** How many mutants ended in each Stryker status ("Killed", "Survived", "NoCoverage", ...). */
export type MutantStatusCounts = Record<string, number>;

/**
 * Stryker's mutation score as a percentage with one decimal: detected (Killed, Timeout) over
 * valid (detected plus Survived and NoCoverage). CompileError, RuntimeError and Ignored mutants
 * are not valid and do not count, as in Stryker's own report.
 */
export function mutationScore(counts: MutantStatusCounts): string {
  const n = (status: string) => counts[status] ?? 0;
  const detected = n("Killed") + n("Timeout");
  const valid = detected + n("Survived") + n("NoCoverage");
  return valid === 0 ? "n/a" : `${((detected / valid) * 100).toFixed(1)} %`;
}
