import { useLayoutEffect, useState, type RefObject } from "react";
import { readColours, sameColours, type Colours } from "./palette.ts";

/**
 * The theme's resolved colours, re-read when `data-theme` or the system colour scheme changes;
 * the same object while they stay the same (the map repaints when its colours change).
 */
export function useColours(ref: RefObject<HTMLElement | null>): Colours | undefined {
  const [colours, setColours] = useState<Colours | undefined>(undefined);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const read = (): void => {
      const next = readColours(el);
      setColours((was) => (was && sameColours(was, next) ? was : next));
    };
    read();
    const observer = new MutationObserver(read);
    observer.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ["data-theme", "class"],
    });
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", read);
    return () => {
      observer.disconnect();
      media.removeEventListener("change", read);
    };
  }, [ref]);
  return colours;
}
