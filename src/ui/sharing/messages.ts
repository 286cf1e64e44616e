import { createStore, type StoreApi } from "zustand/vanilla";
import { escapeUnsafe } from "../../core/codec/safeEcho.ts";

/** How a message reads: errors are announced assertively (role=alert), the rest politely. */
export type MessageTone = "error" | "warning" | "info" | "success";

/** One message of the sharing area (link, file, import, storage). */
export interface Message {
  id: number;
  tone: MessageTone;
  /** One plain sentence; always rendered as text, never as markup. */
  text: string;
  /** Extra lines (notices of a restored design), shown as a list. */
  details: string[];
  /** A button in the message ("Undo"); runs and dismisses the message. */
  action: { label: string; run: () => void } | undefined;
  /** Text to show whole and selectable (the copied link), with its length; never clipped. */
  selectable: string | undefined;
  /** Messages with the same topic replace each other (one "link" message at a time). */
  topic: string;
  /** Milliseconds until it goes away by itself; undefined: stays until dismissed. */
  timeoutMs: number | undefined;
}

/** What a caller passes to {@link MessageState.push}. */
export type NewMessage = Pick<Message, "tone" | "text" | "topic"> &
  Partial<Pick<Message, "details" | "timeoutMs" | "selectable" | "action">>;

/** The message list and its verbs. */
export interface MessageState {
  messages: Message[];
  push(message: NewMessage): number;
  dismiss(id: number): void;
}

/** A vanilla store of messages, one per app (made by startSharing, or by the toolbar alone). */
export type MessageStore = StoreApi<MessageState>;

/** Most messages shown at once; the oldest go first. */
const MAX_MESSAGES = 4;
/** Longest message text kept, in characters (a hostile input must not fill the screen). */
const MAX_TEXT = 400;

/** Most detail lines kept (an import lists every key it read and ignored). */
const MAX_DETAILS = 40;

/** Escapes what input may carry (control, bidi, zero-width characters), then caps the length. */
const clip = (raw: string) => {
  const text = escapeUnsafe(raw);
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
};

const clipDetails = (lines: readonly string[]) =>
  lines.length > MAX_DETAILS
    ? [
        ...lines.slice(0, MAX_DETAILS - 1),
        `…and ${lines.length - MAX_DETAILS + 1} more lines.`,
      ].map(clip)
    : lines.map(clip);

/** Makes an empty message store. */
export function createMessageStore(): MessageStore {
  let nextId = 1;
  return createStore<MessageState>()((set, get) => ({
    messages: [],
    push: (message) => {
      const id = nextId++;
      const entry: Message = {
        id,
        tone: message.tone,
        text: clip(message.text),
        details: clipDetails(message.details ?? []),
        selectable: message.selectable,
        action: message.action,
        topic: message.topic,
        timeoutMs: message.timeoutMs,
      };
      const others = get().messages.filter((m) => m.topic !== message.topic);
      set({ messages: [...others, entry].slice(-MAX_MESSAGES) });
      return id;
    },
    dismiss: (id) => set({ messages: get().messages.filter((m) => m.id !== id) }),
  }));
}
