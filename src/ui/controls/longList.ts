import { useState } from "react";
import { useAppStore } from "../app/useAppStore.ts";
import { indexInList } from "./indexInList.ts";

/**
 * Entries of a long list (pod ranges, named ranges, table rows) rendered at first; more come a
 * page at a time. A design of 1,000 ranges of each kind put about 100,000 elements in the page
 * and took seconds to open (ADR 0071).
 */
export const LIST_PAGE = 50;

/** How many entries of a list of `total` to render: `shown`, and how to show more or all. */
export interface ShownCount {
  shown: number;
  more: () => void;
  all: () => void;
}

/**
 * The first `page` entries of a list of `total`, and more on request; at least up to entry
 * `must` (the entry a finding or the map asked to focus, or the selected row), so a focus
 * request always finds its field.
 */
export function useShownCount(total: number, page: number, must?: number): ShownCount {
  const [count, setCount] = useState(page);
  const shown = Math.min(total, Math.max(count, must === undefined ? 0 : must + 1));
  return {
    shown,
    more: () => setCount(shown + page),
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
