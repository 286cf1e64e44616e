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
