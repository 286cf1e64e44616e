import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { LbPoolCapacity } from "../../core/capacity/types.ts";
import { describe, expect, it } from "vitest";
import { LIST_PAGE } from "../controls/longList.ts";
import { PoolSizes } from "./PoolSizes.tsx";

const pools = (n: number): LbPoolCapacity[] =>
  Array.from({ length: n }, (_, i) => ({
    index: i,
    name: `p${i}`,
    range: `10.0.${i & 255}.0/24`,
    family: "ipv4",
    addresses: BigInt(256 + i),
  }));

const html = (n: number): string =>
  renderToStaticMarkup(createElement(PoolSizes, { pools: pools(n) }));

describe("LoadBalancer pool sizes", () => {
  it("lists every pool of a short list, with no paging buttons", () => {
    const out = html(3);
    expect(out.match(/class="facts-row"/g)).toHaveLength(3);
    expect(out).toContain("<dt>p2</dt><dd>258 addresses</dd>");
    expect(out).not.toContain("Show all");
  });

  it("shows the first page of a long list and says how many are not shown", () => {
    const out = html(1000);
    expect(out.match(/class="facts-row"/g)).toHaveLength(LIST_PAGE);
    expect(out).toContain(`<dt>p${LIST_PAGE - 1}</dt>`);
    expect(out).not.toContain(`<dt>p${LIST_PAGE}</dt>`);
    expect(out).toContain(`Show ${LIST_PAGE} more pools`);
    expect(out).toContain("Show all 1,000");
    expect(out).toContain(`(${1000 - LIST_PAGE} not shown)`);
  });
});
