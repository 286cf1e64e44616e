import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CI_SEED, seedFor } from "./fastCheckSeed.ts";

describe("seedFor", () => {
  it("fixes the seed in CI and leaves it random locally", () => {
    expect(seedFor({ CI: "true" })).toBe(CI_SEED);
    expect(seedFor({ CI: "1" })).toBe(CI_SEED);
    expect(seedFor({})).toBeUndefined();
    expect(seedFor({ CI: "false" })).toBeUndefined();
  });

  it("FC_SEED replays a given seed anywhere and refuses non-integers", () => {
    expect(seedFor({ FC_SEED: "-1819918769" })).toBe(-1_819_918_769);
    expect(seedFor({ CI: "true", FC_SEED: "7" })).toBe(7);
    expect(() => seedFor({ FC_SEED: "abc" })).toThrow(/FC_SEED="abc" is not an integer/);
  });

  it("the setup file applied the seed the environment asks for", () => {
    expect(fc.readConfigureGlobal().seed).toBe(seedFor(process.env));
  });

  it("a failing property reports its seed so it can be replayed", () => {
    const run = () =>
      fc.assert(
        fc.property(fc.integer(), (n) => n < 10),
        { seed: 99 },
      );
    expect(run).toThrow(/seed: 99/);
  });
});
