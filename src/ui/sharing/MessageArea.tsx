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
        {message.details.length > 0 && (
          <ul>
            {message.details.map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        )}
      </div>
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
 * Messages about links, files, imports and storage, always as text (never markup). Errors sit
 * in a role=alert region, the rest in a role=status one; both regions always exist so screen
 * readers announce what is added. Each message can be dismissed; successes go by themselves.
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
