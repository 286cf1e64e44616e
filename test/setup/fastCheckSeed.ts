/** The fixed seed of every fast-check property in CI. */
export const CI_SEED = 20_261_201;

/**
 * The seed fast-check properties run with: `FC_SEED` when given (to replay a failure; fast-check
 * prints `seed` and `path` in its report), the fixed CI_SEED when `CI` is set, else none (a new
 * random seed each run, so local runs keep exploring).
 */
export function seedFor(env: Record<string, string | undefined>): number | undefined {
  const forced = env.FC_SEED?.trim();
  if (forced) {
    const seed = Number(forced);
    if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED="${forced}" is not an integer`);
    return seed;
  }
  return env.CI && env.CI !== "false" && env.CI !== "0" ? CI_SEED : undefined;
}
