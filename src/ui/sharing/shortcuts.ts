/** A design-level command a key press can ask for. */
export type ShortcutCommand = "undo" | "redo";

/** The parts of a KeyboardEvent the shortcut decision needs. */
export interface KeyLike {
  key: string;
  code: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The command of a key press: Ctrl/Cmd+Z undo; Shift+Ctrl/Cmd+Z and Ctrl+Y redo. Uses the
 * physical key as a fallback for layouts whose Z key types another letter. Alt combinations
 * are left alone (they type characters on some layouts).
 */
export function shortcutOf(event: KeyLike): ShortcutCommand | undefined {
  if (event.altKey || !(event.ctrlKey || event.metaKey)) return undefined;
  const key = event.key.length === 1 && /[a-z]/i.test(event.key) ? event.key.toLowerCase() : "";
  const letter = key || (event.code === "KeyZ" ? "z" : event.code === "KeyY" ? "y" : "");
  if (letter === "z") return event.shiftKey ? "redo" : "undo";
  if (letter === "y" && event.ctrlKey && !event.shiftKey) return "redo";
  return undefined;
}

/** The parts of an element the decision reads (a fake in tests). */
export interface TargetLike {
  tagName: string;
  type?: string;
  isContentEditable?: boolean;
  getAttribute(name: string): string | null;
  closest(selector: string): unknown;
}

const TEXT_INPUT_TYPES = new Set(["text", "search", "url", "email", "tel", "password", "number"]);

/** True for an element where typing edits text (so the browser has its own text undo). */
export function isTextEntry(target: TargetLike): boolean {
  const tag = target.tagName.toLowerCase();
  if (tag === "textarea" || target.isContentEditable) return true;
  return tag === "input" && TEXT_INPUT_TYPES.has((target.type ?? "text").toLowerCase());
}

/**
 * Whether Ctrl/Cmd+Z should be left to the browser instead of undoing a design step. The rule:
 * design-level undo everywhere, except (1) inside a modal dialog (the import text), (2) in a
 * text area or editable content, and (3) in a design field whose draft is not committed (it is
 * marked aria-invalid: the text differs from the design, so text undo is what the user means).
 * A field whose text is the design's value undoes the design (one typed field is one step).
 */
export function leaveToBrowser(target: TargetLike | null): boolean {
  if (!target) return false;
  if (target.closest("dialog[open], [role='dialog'], [aria-modal='true']")) return true;
  if (!isTextEntry(target)) return false;
  if (target.tagName.toLowerCase() !== "input") return true;
  return target.getAttribute("aria-invalid") === "true";
}
