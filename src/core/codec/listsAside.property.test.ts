import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import { designSchema, type Design, type NamedCidr } from "../design/schema.ts";
import { describeIssue } from "./describeIssue.ts";
import { setAsideLists } from "./listsAside.ts";

// Entries the schema takes, and ones it refuses for every reason an entry can be refused.
const names = fc.constantFrom(
  "a",
  "net-1",
  "p.2",
  "x".repeat(63),
  "",
  "-a",
  "A",
  "x".repeat(64),
  7,
);
const cidrs = fc.constantFrom(
  "10.0.0.0/24",
  "10.0.0.1/24",
  "fd00::/64",
  "10.0.0.0/33",
  "10.0.0.0/08",
  "nope",
  "",
  3,
);
const ranges = fc.constantFrom(
  "10.0.0.10-10.0.0.20",
  "192.168.1.0/24",
  "fd00::1-fd00::ff",
  "10.0.0.20-10.0.0.10",
  "10.0.0.1-fd00::1",
  "bad",
  null,
);
const odd = fc.constantFrom(null, "10.0.0.0/8", [], 5);
const named = fc.oneof(
  { weight: 6, arbitrary: fc.record({ name: names, cidr: cidrs }) },
  { weight: 1, arbitrary: fc.record({ cidr: cidrs, name: names, extra: fc.constant(1) }) },
  { weight: 1, arbitrary: fc.record({ name: names }) },
  { weight: 1, arbitrary: odd },
);
const pool = fc.oneof(
  { weight: 6, arbitrary: fc.record({ name: names, range: ranges }) },
  { weight: 1, arbitrary: fc.record({ range: ranges, name: names, auto: fc.boolean() }) },
  { weight: 1, arbitrary: odd },
);
const pod = fc.oneof(cidrs, fc.constantFrom("fd10::/56", "100.64.0.0/10"));
/** Mostly valid lists (so that both paths are taken), sometimes long, sometimes not lists. */
const list = <T>(entry: fc.Arbitrary<T>) =>
  fc.oneof(
    { weight: 8, arbitrary: fc.array(entry, { maxLength: 6 }) },
    { weight: 1, arbitrary: fc.constantFrom(undefined, "x", { 0: 1 }) },
  );

const designs = fc
  .record({
    families: fc.constantFrom(["ipv4"], ["ipv6"], ["ipv4", "ipv6"], ["ipv6", "ipv4"]),
    v4pods: list(pod),
    v6pods: list(pod),
    v6plan: fc.boolean(),
    networks: list(named),
    pools: list(pool),
    external: list(named),
    goodOnly: fc.boolean(),
  })
  .map((r) => {
    const base = JSON.parse(JSON.stringify(defaultDesign())) as Record<string, unknown>;
    const field = (v: unknown, k: string): unknown =>
      typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined;
    // With goodOnly, only entries the schema takes as they are (the lists are set aside).
    const good = (xs: unknown, ok: (v: unknown) => boolean) =>
      r.goodOnly && Array.isArray(xs) ? xs.filter(ok) : xs;
    const cidrOk = (v: unknown) => v === "10.0.0.0/24" || v === "fd00::/64";
    base["ipFamilies"] = r.families;
    base["ipv4"] = {
      ...(base["ipv4"] as object),
      podCidrs: good(r.v4pods, (v) => v === "10.0.0.0/24"),
    };
    if (r.v6plan)
      base["ipv6"] = {
        podCidrs: good(r.v6pods, (v) => v === "fd00::/64"),
        nodeMask: 64,
        serviceCidr: "fd01::/108",
      };
    base["nodes"] = {
      ...(base["nodes"] as object),
      networks: good(r.networks, (v) => field(v, "name") === "a" && cidrOk(field(v, "cidr"))),
    };
    base["loadBalancer"] = {
      ...(base["loadBalancer"] as object),
      pools: good(
        r.pools,
        (v) => field(v, "name") === "a" && field(v, "range") === "10.0.0.10-10.0.0.20",
      ),
    };
    base["externalRanges"] = good(
      r.external,
      (v) => field(v, "name") === "net-1" && cidrOk(field(v, "cidr")),
    );
    return base;
  });

describe("setAsideLists", () => {
  it("checks a design exactly as the schema does: same output, same first problem", () => {
    let aside = 0;
    fc.assert(
      fc.property(designs, (design) => {
        const split = setAsideLists(design);
        const whole = designSchema.safeParse(design, { reportInput: true });
        if (!split) return;
        aside++;
        const part = designSchema.safeParse(split.rest, { reportInput: true });
        expect(part.success).toBe(whole.success);
        if (whole.success && part.success) expect(split.put(part.data)).toEqual(whole.data);
        if (!whole.success && !part.success)
          expect(describeIssue(part.error.issues[0]!)).toBe(describeIssue(whole.error.issues[0]!));
      }),
      { numRuns: 600 },
    );
    // Both paths were exercised: many designs set their lists aside.
    expect(aside).toBeGreaterThan(100);
  });

  it("leaves a list with any entry the schema would change or refuse to the schema", () => {
    const at = (patch: (d: Design) => void) => {
      const d = defaultDesign();
      patch(d);
      return setAsideLists(JSON.parse(JSON.stringify(d)));
    };
    expect(at(() => undefined)).toBeDefined();
    expect(
      at((d) => d.externalRanges.push({ name: "a", cidr: "10.0.0.0/8", note: "x" } as NamedCidr)),
    ).toBeUndefined();
    expect(at((d) => d.externalRanges.push({ name: "A", cidr: "10.0.0.0/8" }))).toBeUndefined();
    expect(at((d) => d.nodes.networks.push({ name: "a", cidr: "10.0.0.0/33" }))).toBeUndefined();
    expect(
      at((d) => d.loadBalancer.pools.push({ name: "a", range: "10.0.0.9-10.0.0.1" })),
    ).toBeUndefined();
    expect(at((d) => (d.ipv4!.podCidrs = ["fd00::/64"]))).toBeUndefined();
    expect(
      at((d) => (d.externalRanges = Array(1025).fill({ name: "a", cidr: "10.0.0.0/8" }))),
    ).toBeUndefined();
    expect(at((d) => (d.ipv4 = "x" as never))).toBeUndefined();
  });
});
