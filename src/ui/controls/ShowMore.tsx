import { formatCount } from "../../core/text/formatCount.ts";
import type { ShownCount } from "./longList.ts";

/**
 * The buttons under a long list showing part of its entries: "Show N more" and "Show all",
 * saying how many are not shown. Nothing when every entry is shown. Before the first paint they
 * count the entries still to come (`count.pending`, which stand in below the list) as shown: the
 * buttons say then what they say after, and are there from the first paint, so nothing below
 * the list moves when the rest arrives (ADR 0043).
 */
export function ShowMore({
  total,
  page,
  count,
  noun,
}: {
  total: number;
  page: number;
  count: ShownCount;
  /** Plural noun for the entries ("pod ranges", "rows"). */
  noun: string;
}) {
  const rest = total - count.shown - count.pending;
  if (rest <= 0) return null;
  return (
    <p className="show-more">
      <button type="button" onClick={count.more}>
        Show {formatCount(Math.min(page, rest))} more {noun}
      </button>{" "}
      <button type="button" onClick={count.all}>
        Show all {formatCount(total)}
      </button>{" "}
      <span className="muted">({formatCount(rest)} not shown)</span>
    </p>
  );
}
