import { useEffect, useId, useRef, useState } from "react";
import { readHistory } from "../../core/codec/designHistory.ts";
import { browserStorage } from "../../store/prefs.ts";
import type { MessageStore } from "./messages.ts";
import { RecentDesigns } from "./RecentDesigns.tsx";
import { useDesignFile } from "./useDesignFile.ts";

/**
 * A "File" disclosure in the toolbar: Download design (.json), Open design file… and the recent
 * designs kept when a link or another tab replaced the autosave. Escape or
 * a click elsewhere closes it (focus returns to the button); the file input stays mounted so
 * the picker can answer after the menu closed.
 */
export function FileMenu({ messages }: { messages: MessageStore }) {
  const { download, open } = useDesignFile(messages);
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const first = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (!expanded) return undefined;
    first.current?.focus();
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setExpanded(false);
    };
    document.addEventListener("pointerdown", onPointer);
    return () => document.removeEventListener("pointerdown", onPointer);
  }, [expanded]);

  const close = (refocus: boolean) => {
    setExpanded(false);
    if (refocus) trigger.current?.focus();
  };

  return (
    <div
      ref={root}
      className="file-menu"
      onKeyDown={(e) => {
        if (e.key === "Escape" && expanded) {
          e.stopPropagation();
          close(true);
        }
      }}
      onBlur={(e) => {
        if (expanded && !root.current?.contains(e.relatedTarget as Node | null)) close(false);
      }}
    >
      <button
        ref={trigger}
        type="button"
        aria-expanded={expanded}
        aria-controls={`${id}-menu`}
        onClick={() => setExpanded((x) => !x)}
      >
        File <span aria-hidden="true">▾</span>
      </button>
      <div id={`${id}-menu`} className="file-menu-popup" hidden={!expanded}>
        <button
          ref={first}
          type="button"
          onClick={() => {
            download();
            close(true);
          }}
        >
          Download design (.json)
        </button>
        <button
          type="button"
          onClick={() => {
            close(true);
            input.current?.click();
          }}
        >
          Open design file…
        </button>
        {expanded && (
          <RecentDesigns
            entries={readHistory(browserStorage() ?? undefined)}
            messages={messages}
            onDone={() => close(true)}
          />
        )}
      </div>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="design-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) void open(file);
        }}
      />
    </div>
  );
}
