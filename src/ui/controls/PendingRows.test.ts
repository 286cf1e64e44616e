import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PendingRows } from "./PendingRows.tsx";

const html = (count: number): string =>
  renderToStaticMarkup(createElement(PendingRows, { count, className: "rows-pending" }));

describe("PendingRows", () => {
  it("stands in for the entries still to come with one hidden item sized by their count", () => {
    expect(html(38)).toBe('<li class="rows-pending" aria-hidden="true" style="--pending:38"></li>');
  });

  it("is nothing once every entry of the page is rendered", () => {
    expect(html(0)).toBe("");
  });
});
