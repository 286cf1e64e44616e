import type { ReactNode } from "react";

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
}) {
  return (
    <details
      className="panel"
      id={`panel-${props.id}`}
      data-paths={props.paths.join(" ")}
      open={props.open ?? true}
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
