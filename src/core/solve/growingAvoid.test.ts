import { describe, expect, it } from "vitest";
import { parseAddressRange, type AddressRange } from "../ip/range.ts";
import { avoidSet } from "./freeBlocks.ts";
import { growingAvoid } from "./growingAvoid.ts";

const r = (text: string): AddressRange => {
  const parsed = parseAddressRange(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
};
const runs = (set: { runs: readonly AddressRange[] }) =>
  set.runs.map((x) => `${x.first}-${x.last}`);

describe("growingAvoid", () => {
  it("starts as avoidSet does: sorted, merged, one family", () => {
    const start = [r("10.0.4.0/24"), r("10.0.0.0/24"), r("10.0.1.0/24"), r("fd00::/64")];
    expect(runs(growingAvoid(avoidSet("ipv4", start)).set)).toEqual(runs(avoidSet("ipv4", start)));
  });

  it("merges an added range with the runs it overlaps or touches, and no others", () => {
    const g = growingAvoid(
      avoidSet("ipv4", [r("10.0.0.0/24"), r("10.0.2.0/24"), r("10.0.9.0/24")]),
    );
    // 10.0.1.0/24 touches both neighbours (10.0.0.255 + 1 and 10.0.2.0 - 1): one run 0.0-2.255.
    g.add(r("10.0.1.0/24"));
    expect(runs(g.set)).toEqual(
      runs(avoidSet("ipv4", [r("10.0.0.0-10.0.2.255"), r("10.0.9.0/24")])),
    );
    // A range inside an existing run changes nothing; one past the end is appended.
    g.add(r("10.0.0.5-10.0.0.9"));
    g.add(r("10.0.20.0/24"));
    expect(runs(g.set)).toEqual(
      runs(avoidSet("ipv4", [r("10.0.0.0-10.0.2.255"), r("10.0.9.0/24"), r("10.0.20.0/24")])),
    );
    // Another family is ignored.
    g.add(r("fd00::/64"));
    expect(g.set.runs).toHaveLength(3);
  });

  it("merges at address 0 and at the family's last address", () => {
    const g = growingAvoid(avoidSet("ipv4", [r("0.0.0.1-0.0.0.1"), r("255.255.255.255/32")]));
    g.add(r("0.0.0.0/32"));
    g.add(r("255.255.255.254/32"));
    expect(runs(g.set)).toEqual(["0-1", "4294967294-4294967295"]);
  });

  it("answers overlap questions: shared address yes, touching no, other family no", () => {
    const g = growingAvoid(avoidSet("ipv4", [r("10.0.1.0/24"), r("10.0.3.0/24")]));
    expect(g.overlaps(r("10.0.1.255-10.0.2.0"))).toBe(true);
    expect(g.overlaps(r("10.0.0.0/24"))).toBe(false);
    expect(g.overlaps(r("10.0.2.0/24"))).toBe(false);
    expect(g.overlaps(r("10.0.4.0/24"))).toBe(false);
    expect(g.overlaps(r("10.0.0.0/16"))).toBe(true);
    expect(g.overlaps(r("fd00::/8"))).toBe(false);
  });
});
