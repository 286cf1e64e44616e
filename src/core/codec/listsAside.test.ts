import { describe, expect, it } from "vitest";
import { lbPoolSchema, namedCidrSchema } from "../design/schema.ts";
import { entryOf, NAMED_CIDR_CHECKS, POOL_CHECKS } from "./listsAside.ts";

describe("entryOf", () => {
  it("knows a check for every key of the schema's list entries, and no other", () => {
    // A key added to an entry in schema.ts needs its check in listsAside.ts, or every list
    // holding such entries takes the schema's (slower) path.
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(NAMED_CIDR_CHECKS)).toEqual(keys(namedCidrSchema.shape));
    expect(keys(POOL_CHECKS)).toEqual(keys(lbPoolSchema.shape));
  });

  it("takes an entry's keys from the schema's shape, never past a key it cannot check", () => {
    const checks = { name: (v: unknown) => v === "a", cidr: (v: unknown) => v === "b" };
    const entry = entryOf({ name: 0, cidr: 0 }, checks);
    expect(entry({ cidr: "b", name: "a" })).toBe(true);
    expect(entry({ name: "a", cidr: "c" })).toBe(false);
    expect(entry({ name: "a" })).toBe(false);
    expect(entry({ name: "a", cidr: "b", note: "x" })).toBe(false);
    expect(entry(["a", "b"])).toBe(false);
    // The schema gained a key the checks do not know: no entry passes, with or without it.
    const grown = entryOf({ name: 0, cidr: 0, note: 0 }, checks);
    expect(grown({ name: "a", cidr: "b", note: "x" })).toBe(false);
    expect(grown({ name: "a", cidr: "b" })).toBe(false);
  });
});
