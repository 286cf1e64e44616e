import type { MouseEvent } from "react";
import { WANT_EXPORTS } from "../exports/LazyExportPanel.tsx";

/** Moves keyboard focus to the first element matching `selector` (made focusable if need be). */
export function jumpTo(selector: string): void {
  const el = document.querySelector<HTMLElement>(selector);
  if (!el) return;
  if (el.tabIndex < 0 && !el.hasAttribute("tabindex")) el.tabIndex = -1;
  el.focus({ preventScroll: true });
  el.scrollIntoView({ block: "start" });
}

const TARGETS = [
  ["Map", ".tm-map"],
  ["Table", ".tm-table"],
  ["Findings", "#findings-column"],
  ["Exports", "#exports"],
] as const;

/**
 * Skip links, first in the tab order and shown when focused: to the map (Tab, Enter: the map has
 * focus), the table of ranges, the findings and the exports (which start loading when asked for).
 */
export function SkipLinks() {
  const go = (e: MouseEvent<HTMLAnchorElement>, selector: string): void => {
    e.preventDefault();
    if (selector === "#exports") window.dispatchEvent(new Event(WANT_EXPORTS));
    jumpTo(selector);
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      {TARGETS.map(([label, selector]) => (
        <a
          key={label}
          href={selector.startsWith("#") ? selector : "#"}
          onClick={(e) => go(e, selector)}
        >
          Skip to {label.toLowerCase()}
        </a>
      ))}
    </nav>
  );
}

/** The header's Exports entry: scrolls to the exports and loads them. */
export function ExportsButton() {
  return (
    <button
      type="button"
      onClick={() => {
        window.dispatchEvent(new Event(WANT_EXPORTS));
        jumpTo("#exports");
      }}
    >
      Exports
    </button>
  );
}
