import type { CSSProperties } from "react";

/**
 * Stands in, in a list, for `count` entries that wait for the render after the first paint
 * (ADR 0042): an empty, hidden list item as tall as they will be (offscreen.css: as many rows
 * as the rows rendered, ADR 0043), so the boxes below the list do not move when they arrive.
 * Nothing when `count` is 0.
 */
export function PendingRows({ count, className }: { count: number; className: string }) {
  if (count <= 0) return null;
  return (
    <li className={className} aria-hidden="true" style={{ "--pending": count } as CSSProperties} />
  );
}
