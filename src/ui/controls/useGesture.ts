import { useCallback, useRef } from "react";

let counter = 0;

/**
 * One undo step per gesture: `begin()` starts a new gesture (on focus or pointer down) and
 * `current()` names it, so every change until the next `begin()` coalesces into one step.
 */
export function useGesture(scope: string): { begin: () => void; current: () => string } {
  const ref = useRef<string | undefined>(undefined);
  const begin = useCallback(() => {
    counter += 1;
    ref.current = `${scope}#${counter}`;
  }, [scope]);
  const current = useCallback(() => {
    if (ref.current === undefined) {
      counter += 1;
      ref.current = `${scope}#${counter}`;
    }
    return ref.current;
  }, [scope]);
  return { begin, current };
}
