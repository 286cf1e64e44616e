import { useEffect } from "react";
import { entryKey, type HistoryEntry } from "../../core/codec/designHistory.ts";
import { linkCodec, prefetchLinkCodec } from "../../store/linkCodec.ts";
import { useActions } from "../app/useAppStore.ts";
import type { MessageStore } from "./messages.ts";

/** "14:05" today, else "1 Dec 14:05": when a recent design was kept, in the user's time zone. */
function keptAt(iso: string, now: Date = new Date()): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return "";
  const time = `${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;
  if (at.toDateString() === now.toDateString()) return time;
  const month = at.toLocaleDateString("en-GB", { month: "short" });
  return `${at.getDate()} ${month} ${time}`;
}

/**
 * The File menu's "Recent designs": plans kept when a link or another tab replaced the
 * autosaved one, newest first, each named by planName ("3 clusters: east, west, lab"). Opening
 * one replaces the whole plan as one undo step (after the link codec has loaded: the list fetches
 * it when it is shown).
 */
export function RecentDesigns({
  entries,
  messages,
  onDone,
}: {
  entries: readonly HistoryEntry[];
  messages: MessageStore;
  onDone: () => void;
}) {
  const actions = useActions();
  const any = entries.length > 0;
  useEffect(() => {
    if (any) prefetchLinkCodec();
  }, [any]);
  if (!any) return null;
  return (
    <div role="group" aria-labelledby="recent-designs-title" className="recent-designs">
      <p id="recent-designs-title" className="recent-designs-title">
        Recent designs
      </p>
      {entries.map((entry) => (
        <button
          key={entryKey(entry)}
          type="button"
          onClick={async () => {
            const codec = await linkCodec.load().catch(() => undefined);
            const plan = codec?.openHistoryEntry(entry);
            const done = plan ? actions.replacePlan(plan) : undefined;
            messages.getState().push(
              done?.ok
                ? {
                    tone: "success",
                    topic: "history",
                    text: `Opened "${entry.name}". Undo goes back to the design you had.`,
                    timeoutMs: 6000,
                  }
                : { tone: "error", topic: "history", text: `"${entry.name}" no longer opens.` },
            );
            onDone();
          }}
        >
          {entry.name} <span className="recent-designs-time">{keptAt(entry.savedAt)}</span>
        </button>
      ))}
    </div>
  );
}
