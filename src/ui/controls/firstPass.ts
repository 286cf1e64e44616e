import { useDeferredValue } from "react";

/**
 * True while a component renders for the page's first paint, false from the render React does
 * after it (and ever after). A long list renders a screenful in the first pass and the rest of
 * its page in the next one, which React runs after the first frame is painted, in slices that
 * yield to input (a deferred value's initial value: the deferred render is a transition). A
 * component mounted later renders once more the same way. ADR 0042.
 */
export function useFirstPass(): boolean {
  return !useDeferredValue(true, false);
}

/**
 * How many of `count` entries a list renders in this pass: all of them once the first paint is
 * done, at most `cap` (about a screenful of that list) before it; the rest of the page follows
 * in the render after that paint (ADR 0042). Each list names its own cap.
 */
export function firstPassCap(count: number, cap: number, firstPass: boolean): number {
  return firstPass ? Math.min(count, cap) : count;
}
