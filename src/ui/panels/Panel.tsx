import type { CSSProperties, ReactNode } from "react";
import { LIST_PAGE } from "../controls/longList.ts";

/**
 * A collapsible panel of the editor (a native disclosure, keyboard-operable). `paths` lists the
 * design path heads it edits, so a finding without a specific field can still reach it.
 */
export function Panel(props: {
  id: string;
  title: string;
  paths: readonly string[];
  children: ReactNode;
  open?: boolean;
  /** Told when the panel opens or closes. */
  onToggle?: (open: boolean) => void;
  /** Told when the pointer enters the panel or focus moves into it (it may be opened next). */
  onIntent?: () => void;
  /**
   * Entries of the panel's long list (its first LIST_PAGE are shown at open): sizes the panel's
   * stand-in height while it is off screen and not yet rendered (offscreen.css, ADR 0041).
   */
  rows?: number;
}) {
  const rows = Math.min(props.rows ?? 0, LIST_PAGE);
  return (
    <details
      className="panel"
      id={`panel-${props.id}`}
      data-paths={props.paths.join(" ")}
      open={props.open ?? true}
      style={rows > 1 ? ({ "--rows": rows } as CSSProperties) : undefined}
      onToggle={
        props.onToggle && ((e) => props.onToggle?.((e.currentTarget as HTMLDetailsElement).open))
      }
      onPointerEnter={props.onIntent}
      onFocus={props.onIntent}
    >
      <summary>
        <h2>{props.title}</h2>
      </summary>
      <div className="panel-body">{props.children}</div>
    </details>
  );
}
