/**
 * Findings shown per severity before the page's first paint (a screenful: a finding is 13-20rem
 * tall); the rest of the page follows in the render after that paint (ADR 0042).
 */
export const FIRST_PASS_FINDINGS = 6;

/**
 * How many findings of a severity to render: `shown` of them (the page, or what the user asked
 * for), at most FIRST_PASS_FINDINGS before the first paint.
 */
export function findingsShown(shown: number, firstPass: boolean): number {
  return firstPass ? Math.min(shown, FIRST_PASS_FINDINGS) : shown;
}
