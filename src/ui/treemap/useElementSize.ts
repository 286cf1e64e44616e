import { useLayoutEffect, useState, type RefObject } from "react";

/**
 * The CSS-px content size of an element, kept current with a ResizeObserver. With `heightUsed`
 * (read when the element resizes), a height change alone re-renders the caller only while
 * `heightUsed.current` is true: a map whose height its plan sets (the plan view) would otherwise
 * render once more on every open just to learn the height it set itself. `measure` reads the
 * size at once (a caller calls it when it starts using the height again).
 */
export function useElementSize(
  ref: RefObject<HTMLElement | null>,
  heightUsed?: RefObject<boolean>,
): { width: number; height: number; measure: () => void } {
  const [size, setSize] = useState({ width: 0, height: 0 });
  const [measure] = useState(() => (): void => {
    const el = ref.current;
    if (!el) return;
    const width = Math.round(el.clientWidth);
    const height = Math.round(el.clientHeight);
    const keep = heightUsed?.current === false;
    setSize((s) => (s.width === width && (keep || s.height === height) ? s : { width, height }));
  });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, measure]);
  return { ...size, measure };
}
