import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { LbPoolCapacity } from "../../core/capacity/types.ts";
import { describe, expect, it } from "vitest";
import { FIRST_PASS_ROWS, LIST_PAGE } from "../controls/longList.ts";
import { ShowMore } from "../controls/ShowMore.tsx";
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

  it("renders a screenful of a long list before the first paint, the paging buttons as after", () => {
    // The server renders what the browser's first pass renders (useFirstPass is true).
    const out = html(1000);
    expect(out.match(/class="facts-row"/g)).toHaveLength(FIRST_PASS_ROWS);
    expect(out).toContain(`<dt>p${FIRST_PASS_ROWS - 1}</dt>`);
    expect(out).not.toContain(`<dt>p${FIRST_PASS_ROWS}</dt>`);
    expect(out).toContain(`(${1000 - LIST_PAGE} not shown)`);
  });
});

describe("ShowMore", () => {
  const count = (shown: number, pending: number) => ({
    shown,
    pending,
    more: () => undefined,
    all: () => undefined,
  });
  const more = (shown: number, pending: number): string =>
    renderToStaticMarkup(
      createElement(ShowMore, {
        total: 1000,
        page: LIST_PAGE,
        count: count(shown, pending),
        noun: "pools",
      }),
    );

  it("says how many entries of a long list are not shown, and offers more or all", () => {
    const out = more(LIST_PAGE, 0);
    expect(out).toContain(`Show ${LIST_PAGE} more pools`);
    expect(out).toContain("Show all 1,000");
    expect(out).toContain(`(${1000 - LIST_PAGE} not shown)`);
    expect(more(980, 0)).toContain("Show 20 more pools");
  });

  it("says the same while the rest of the page waits for the render after the first paint", () => {
    expect(more(FIRST_PASS_ROWS, LIST_PAGE - FIRST_PASS_ROWS)).toBe(more(LIST_PAGE, 0));
    expect(more(1000, 0)).toBe("");
    expect(more(FIRST_PASS_ROWS, 1000 - FIRST_PASS_ROWS)).toBe("");
  });
});
