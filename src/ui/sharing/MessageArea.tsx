import { useEffect } from "react";
import { useStore } from "zustand";
import type { Message, MessageStore } from "./messages.ts";

function MessageItem({ message, dismiss }: { message: Message; dismiss: (id: number) => void }) {
  const { timeoutMs, id } = message;
  useEffect(() => {
    if (timeoutMs === undefined) return undefined;
    const timer = setTimeout(() => dismiss(id), timeoutMs);
    return () => clearTimeout(timer);
  }, [timeoutMs, id, dismiss]);
  const icon = { error: "✖", warning: "▲", info: "ℹ", success: "✔" }[message.tone];
  return (
    <div className={`sharing-message sharing-message-${message.tone}`} data-topic={message.topic}>
      <span className="sharing-message-icon" aria-hidden="true">
        {icon}
      </span>
      <div className="sharing-message-body">
        <p>{message.text}</p>
        {message.selectable !== undefined && (
          <input
            type="text"
            readOnly
            className="sharing-selectable"
            aria-label={`${message.text} (${message.selectable.length} characters)`}
            value={message.selectable}
            onFocus={(e) => e.currentTarget.select()}
          />
        )}
        {message.details.length > 0 && (
          <ul>
            {message.details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
      {message.action && (
        <button
          type="button"
          className="sharing-action"
          onClick={() => {
            message.action?.run();
            dismiss(id);
          }}
        >
          {message.action.label}
        </button>
      )}
      <button
        type="button"
        className="sharing-dismiss"
        onClick={() => dismiss(id)}
        aria-label="Dismiss message"
      >
        ×
      </button>
    </div>
  );
}

/**
 * The app's one status line: messages about links, files, imports, presets and storage, always as
 * text (never markup). It sits in the header's flow (it pushes content down, never covers it).
 * Errors sit in a role=alert region, the rest in a role=status one; both regions always exist so
 * screen readers announce what is added. Each message can be dismissed; successes go by themselves.
 */
export function MessageArea({ messages }: { messages: MessageStore }) {
  const list = useStore(messages, (s) => s.messages);
  const dismiss = useStore(messages, (s) => s.dismiss);
  const render = (items: Message[]) =>
    items.map((m) => <MessageItem key={m.id} message={m} dismiss={dismiss} />);
  return (
    <div className="sharing-messages">
      <div role="alert" className="sharing-region">
        {render(list.filter((m) => m.tone === "error"))}
      </div>
      <div role="status" className="sharing-region">
        {render(list.filter((m) => m.tone !== "error"))}
      </div>
    </div>
  );
}
