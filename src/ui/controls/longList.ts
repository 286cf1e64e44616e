import { useState } from "react";
import { useAppStore } from "../app/useAppStore.ts";
import { firstPassCap, useFirstPass } from "./firstPass.ts";
import { indexInList } from "./indexInList.ts";

/**
 * Entries of a long list (pod ranges, named ranges, table rows) rendered at first; more come a
 * page at a time. A design of 1,000 ranges of each kind put about 100,000 elements in the page
 * and took seconds to open (ADR 0071).
 */
export const LIST_PAGE = 50;

/**
 * Entries of a long list rendered before the page's first paint (about a screenful; firstPassCap,
 * ADR 0042): the rest of its page follows in a render after that paint.
 */
export const FIRST_PASS_ROWS = 12;

/** How many entries of a list of `total` to render: `shown`, and how to show more or all. */
export interface ShownCount {
  shown: number;
  /** Entries of the page not rendered yet: they wait for the render after the first paint. */
  pending: number;
  more: () => void;
  all: () => void;
}

/**
 * How many of `total` entries to render: `count` (the page size or what the user asked for), at
 * least up to entry `must`; before the first paint (`firstPass`) at most FIRST_PASS_ROWS of
 * them, still up to `must`.
 */
export function shownEntries(
  total: number,
  count: number,
  must: number | undefined,
  firstPass: boolean,
): number {
  const least = must === undefined ? 0 : must + 1;
  const wanted = firstPassCap(count, FIRST_PASS_ROWS, firstPass);
  return Math.min(total, Math.max(wanted, least));
}

/**
 * The first `page` entries of a list of `total`, and more on request; at least up to entry
 * `must` (the entry a finding or the map asked to focus, or the selected row), so a focus
 * request always finds its field. Before the page's first paint, a screenful (useFirstPass).
 */
export function useShownCount(total: number, page: number, must?: number): ShownCount {
  const [count, setCount] = useState(page);
  const firstPass = useFirstPass();
  const shown = shownEntries(total, count, must, firstPass);
  const settled = shownEntries(total, count, must, false);
  return {
    shown,
    pending: settled - shown,
    more: () => setCount(settled + page),
    all: () => setCount(Number.POSITIVE_INFINITY),
  };
}

/**
 * The entry of the list at `basePath` the latest focus request points into (a finding's "Go to"
 * or the map's "edit this range"), or undefined.
 */
export function useFocusedIndex(basePath: string): number | undefined {
  return useAppStore((s) => {
    const path = s.view.focusRequest?.path;
    return path === undefined ? undefined : indexInList(path, basePath);
  });
}
