import { describe, expect, it } from "vitest";
import { rowMatches, type RangeRow } from "./rangeRows.ts";

const row: RangeRow = {
  id: "ipv4:10.0.2.128/25:lb",
  kind: "range",
  field: "loadBalancer.pools.0.range",
  role: "LoadBalancer pool",
  name: "p0",
  cidr: "10.0.2.10-10.0.3.20",
  first: "10.0.2.10",
  last: "10.0.3.20",
  size: 267n,
  usable: 267n,
  notes: ["6 aligned blocks", "overlaps external range 10.0.3.0/24"],
};

describe("the range table's filter", () => {
  it("matches any of a row's texts, ignoring case; an empty filter matches every row", () => {
    for (const needle of ["", "loadbalancer", "p0", "10.0.2.10-", "10.0.3.20", "external range"])
      expect(rowMatches(row, needle)).toBe(true);
  });

  it("does not match text the row does not hold", () => {
    for (const needle of ["node network", "p1", "10.0.4."])
      expect(rowMatches(row, needle)).toBe(false);
  });
});
