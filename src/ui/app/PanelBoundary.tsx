import { Component, type ErrorInfo, type ReactNode } from "react";
import { failureText } from "./failureText.ts";

/** Props of {@link PanelBoundary}. */
export interface PanelBoundaryProps {
  /** What the panel is, as the user knows it ("Address map", "Pod range panel"). */
  name: string;
  /** When this value changes (a new design), a failed panel tries again. */
  resetKey: unknown;
  /** Told of each failure (to keep the failing design out of autosave). */
  onError?: (error: unknown) => void;
  /** Opens the last good design; absent when there is none to offer. */
  onRestore?: (() => void) | undefined;
  children: ReactNode;
}

interface PanelBoundaryState {
  /** The caught error, boxed (a component may throw undefined). */
  error: { value: unknown } | undefined;
}

/**
 * An error boundary around one panel or the map: when its content throws while rendering, it
 * shows what failed (a readable message) with a way to reload the panel and to open the last good
 * design, and the rest of the app keeps working. It tries again by itself when `resetKey` (the
 * design) changes, so an undo or an edit that fixes the design brings the panel back.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: undefined };

  static getDerivedStateFromError(error: unknown): PanelBoundaryState {
    return { error: { value: error } };
  }

  override componentDidCatch(error: unknown, _info: ErrorInfo): void {
    this.props.onError?.(error);
  }

  override componentDidUpdate(previous: PanelBoundaryProps): void {
    if (this.state.error && previous.resetKey !== this.props.resetKey)
      this.setState({ error: undefined });
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { name, onRestore } = this.props;
    return (
      <div className="panel-failed" role="alert">
        <h2>{name} could not be shown</h2>
        <p>
          It failed with: <code>{failureText(error.value)}</code>. The rest of the app still works;
          while this design makes it fail, the design is not autosaved.
        </p>
        <div className="panel-failed-actions">
          <button type="button" onClick={() => this.setState({ error: undefined })}>
            Reload this panel
          </button>
          {onRestore && (
            <button type="button" onClick={onRestore}>
              Open the last good design
            </button>
          )}
        </div>
      </div>
    );
  }
}
