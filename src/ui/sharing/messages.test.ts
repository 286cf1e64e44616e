import { describe, expect, it } from "vitest";
import { createMessageStore } from "./messages.ts";

describe("createMessageStore", () => {
  it("replaces a message of the same topic and dismisses by id", () => {
    const store = createMessageStore();
    const { push, dismiss } = store.getState();
    push({ tone: "error", text: "bad link", topic: "link" });
    const file = push({ tone: "error", text: "bad file", topic: "file" });
    push({ tone: "success", text: "link copied", topic: "link" });
    expect(store.getState().messages.map((m) => m.text)).toEqual(["bad file", "link copied"]);
    dismiss(file);
    expect(store.getState().messages.map((m) => m.text)).toEqual(["link copied"]);
  });

  it("keeps at most four messages and clips long text", () => {
    const store = createMessageStore();
    for (let i = 0; i < 6; i++)
      store.getState().push({ tone: "info", text: `m${i}`, topic: `t${i}` });
    expect(store.getState().messages.map((m) => m.text)).toEqual(["m2", "m3", "m4", "m5"]);
    store.getState().push({ tone: "error", text: "x".repeat(10_000), topic: "big" });
    expect(store.getState().messages.at(-1)?.text.length).toBe(401);
  });
});

describe("messages echo input safely (the status line and the import messages)", () => {
  it("escapes control, bidi and zero-width characters in text and details", () => {
    const store = createMessageStore();
    store.getState().push({
      tone: "error",
      text: "This file cannot be opened: evil\u202eatad.json\x1b[2J",
      details: ["key\u200bname\nforged line"],
      topic: "file",
    });
    const [shown] = store.getState().messages;
    expect(shown?.text).toBe("This file cannot be opened: evil\\u202eatad.json\\u001b[2J");
    expect(shown?.details).toEqual(["key\\u200bname\\nforged line"]);
  });
});
