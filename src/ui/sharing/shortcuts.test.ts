import { describe, expect, it } from "vitest";
import { leaveToBrowser, shortcutOf, type KeyLike, type TargetLike } from "./shortcuts.ts";

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  code: `Key${k.toUpperCase()}`,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe("shortcutOf", () => {
  it.each<[string, KeyLike, string | undefined]>([
    ["Ctrl+Z", key("z", { ctrlKey: true }), "undo"],
    ["Cmd+Z", key("z", { metaKey: true }), "undo"],
    ["Shift+Ctrl+Z", key("Z", { ctrlKey: true, shiftKey: true }), "redo"],
    ["Shift+Cmd+Z", key("Z", { metaKey: true, shiftKey: true }), "redo"],
    ["Ctrl+Y", key("y", { ctrlKey: true }), "redo"],
    ["Cmd+Y (history on macOS, not redo)", key("y", { metaKey: true }), undefined],
    ["Z alone", key("z"), undefined],
    ["Ctrl+Alt+Z", key("z", { ctrlKey: true, altKey: true }), undefined],
    ["Ctrl+A", key("a", { ctrlKey: true }), undefined],
    ["Ctrl+Z on a Cyrillic layout", { ...key("я", { ctrlKey: true }), code: "KeyZ" }, "undo"],
    ["Ctrl+Z on AZERTY (W key types z)", { ...key("z", { ctrlKey: true }), code: "KeyW" }, "undo"],
  ])("%s", (_name, event, command) => {
    expect(shortcutOf(event)).toBe(command);
  });
});

function element(
  tagName: string,
  attrs: Record<string, string> = {},
  inDialog = false,
): TargetLike {
  return {
    tagName,
    type: attrs.type ?? "",
    isContentEditable: attrs.contenteditable === "true",
    getAttribute: (name) => attrs[name] ?? null,
    closest: () => (inDialog ? {} : null),
  };
}

describe("leaveToBrowser", () => {
  it("undoes the design from buttons, sliders, selects and the page", () => {
    expect(leaveToBrowser(null)).toBe(false);
    expect(leaveToBrowser(element("BUTTON"))).toBe(false);
    expect(leaveToBrowser(element("INPUT", { type: "range" }))).toBe(false);
    expect(leaveToBrowser(element("INPUT", { type: "checkbox" }))).toBe(false);
    expect(leaveToBrowser(element("SELECT"))).toBe(false);
    expect(leaveToBrowser(element("BODY"))).toBe(false);
  });

  it("undoes the design in a text field whose text is committed", () => {
    expect(leaveToBrowser(element("INPUT", { type: "text" }))).toBe(false);
    expect(leaveToBrowser(element("INPUT", { type: "text", "aria-invalid": "false" }))).toBe(false);
  });

  it("leaves text undo to the browser in an uncommitted draft, a textarea, editable content and dialogs", () => {
    expect(leaveToBrowser(element("INPUT", { type: "text", "aria-invalid": "true" }))).toBe(true);
    expect(leaveToBrowser(element("TEXTAREA"))).toBe(true);
    expect(leaveToBrowser(element("DIV", { contenteditable: "true" }))).toBe(true);
    expect(leaveToBrowser(element("BUTTON", {}, true))).toBe(true);
  });
});
