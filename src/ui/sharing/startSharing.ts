import { keepInHistory, planName } from "../../core/codec/designHistory.ts";
import { samePlan } from "../../core/codec/linkPayload.ts";
import { AUTOSAVE_KEY, loadSavedPlan, type KeyValueStore } from "../../core/codec/storage.ts";
import { singleClusterPlan } from "../../core/plan/plan.ts";
import { startAutosave } from "../../store/autosave.ts";
import type { AppStore } from "../../store/createAppStore.ts";
import { linkCodec, type LinkCodecSource } from "../../store/linkCodec.ts";
import { browserStorage } from "../../store/prefs.ts";
import { startUrlSync } from "../../store/urlSync.ts";
import { initialDesign } from "./initialDesign.ts";
import { createMessageStore, type MessageStore } from "./messages.ts";
import { keepUnsynced, takeStartHash } from "./unsyncedLink.ts";

/** The running sharing machinery of one app: messages, the share URL, and a stop for tests/HMR. */
export interface Sharing {
  messages: MessageStore;
  /**
   * The share URL of the current design (the fragment is brought up to date first), once the
   * link codec has loaded.
   */
  shareUrl(): Promise<string>;
  stop(): void;
}

/** The storage autosave uses, or undefined where the browser refuses it. */
function designStorage(): KeyValueStore | undefined {
  return browserStorage() ?? undefined;
}

/** sessionStorage key of this tab's id (kept across reloads of the tab, not shared by tabs). */
const TAB_KEY = "k8s-subnet-designer.tab";

/** This tab's id, made once per tab; a fresh one each load where session storage is refused. */
function tabId(win: Window): string {
  const fresh = () => {
    const bytes = new Uint8Array(8);
    win.crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  };
  try {
    const known = win.sessionStorage.getItem(TAB_KEY);
    if (known) return known;
    const made = fresh();
    win.sessionStorage.setItem(TAB_KEY, made);
    return made;
  } catch {
    return fresh();
  }
}

/** True when the fragment names an element of the page (a skip link's `#main`), not a design. */
function isPageAnchor(doc: Document, hash: string): boolean {
  const id = hash.replace(/^#/, "");
  if (id === "" || id.length > 200) return false;
  try {
    return doc.getElementById(decodeURIComponent(id)) !== null;
  } catch {
    return false;
  }
}

/**
 * Starts sharing for `store` in this window: opens the link in the fragment (or the autosaved
 * design, or the default) as a fresh history, then keeps the fragment current, autosaves,
 * opens links pasted into the same tab, and saves pending changes on `pagehide`. Problems
 * (hostile link, corrupt or full storage) become messages; nothing throws. A link to open needs
 * the link codec loaded before this runs (startApp waits for it when `hasStartLink`, ADR 0045);
 * otherwise it loads on intent, or at once when the autosave cannot carry a reload.
 */
export function startSharing(
  store: AppStore,
  win: Window = window,
  codec: LinkCodecSource = linkCodec,
): Sharing {
  const messages = createMessageStore();
  const push = messages.getState().push;
  const storage = designStorage();

  const startHash = takeStartHash(win);
  const loaded = codec.now();
  const first = initialDesign(startHash, storage, loaded?.decodePlanLink);
  // The fragment that already stands for the opened design: its link, or none (ADR 0036).
  let current = "";
  if (first.design) {
    const { actions } = store.getState();
    const replaced = first.plan
      ? actions.replacePlan(first.plan, { resetHistory: true, active: first.active })
      : actions.replaceDesign(first.design, { resetHistory: true });
    if (!replaced.ok) push({ tone: "error", topic: "link", text: replaced.error });
    else if (first.source === "link") current = startHash;
  }
  for (const message of first.messages) push(message);
  // Opening a link over a different autosaved plan keeps that plan one click away.
  const saved = first.source === "link" ? loadSavedPlan(storage) : undefined;
  const opened = first.plan ?? (first.design && singleClusterPlan(first.design));
  if (
    saved?.kind === "restored" &&
    opened &&
    !samePlan(saved.plan, opened) &&
    keepInHistory(storage, saved.plan, undefined, loaded?.packLink)
  ) {
    const { plan: previous, active } = saved;
    push({
      tone: "info",
      topic: "history",
      text: `Opened the design from the link. Your previous design "${planName(previous)}" is kept under File, Recent designs.`,
      action: {
        label: "Open it",
        run: () => void store.getState().actions.replacePlan(previous, { active }),
      },
    });
  }

  // Without an autosave to reopen, a reload can only take the design from the link: have the
  // codec ready to write it.
  if (!storage || first.keepsUnreadable) codec.load().catch(() => undefined);
  const urlSync = startUrlSync(store, win, {
    current,
    codec,
    isAnchor: (hash) => isPageAnchor(win.document, hash),
    onLinkOpened: (result) => {
      if (!result.ok) {
        push({ tone: "error", topic: "link", text: `${result.error}. Your design was kept.` });
        return;
      }
      push({
        tone: "success",
        topic: "link",
        text: "Opened the design from the link. Undo goes back to the previous design.",
        details: result.value.notices,
        timeoutMs: result.value.notices.length > 0 ? undefined : 6000,
      });
    },
  });
  // Encodes nothing: shows a link kept for a reload (takeStartHash) or drops a refused one.
  urlSync.flush();

  const tab = tabId(win);
  const autosave = startAutosave(store, storage, {
    tab,
    codec,
    // An autosave that could not be read nor moved aside is not overwritten until the user says so.
    paused: first.keepsUnreadable === true,
    onOtherTabKept: (name) =>
      push({
        tone: "info",
        topic: "history",
        text: `Another tab had autosaved "${name}"; it is kept under File, Recent designs, and this tab's design is saved.`,
      }),
    onStatusChange: (status) => {
      if (status.ok)
        push({ tone: "success", topic: "storage", text: "Autosave works again.", timeoutMs: 4000 });
      else push({ tone: "warning", topic: "storage", text: status.message });
    },
  });
  const onPageHide = () => {
    autosave.flush();
    urlSync.flush();
    keepUnsynced(win, urlSync.entryFragments(), win.location.hash);
  };
  win.addEventListener("pagehide", onPageHide);
  // Another tab saving: say so once; this tab's next save keeps that design in the history.
  let toldOtherTab = false;
  const onStorage = (e: StorageEvent) => {
    if (e.key !== AUTOSAVE_KEY || e.newValue === null || toldOtherTab) return;
    toldOtherTab = true;
    push({
      tone: "info",
      topic: "history",
      text: "Another tab is autosaving a design too. Before this tab saves over it, that design is kept under File, Recent designs.",
    });
  };
  win.addEventListener("storage", onStorage);
  if (first.keepsUnreadable) {
    push({
      tone: "warning",
      topic: "storage",
      text: "Autosave is off so the unreadable autosaved design is not overwritten.",
      action: { label: "Save over it", run: () => autosave.resume() },
    });
  }

  return {
    messages,
    shareUrl: urlSync.shareUrl,
    stop: () => {
      win.removeEventListener("pagehide", onPageHide);
      win.removeEventListener("storage", onStorage);
      urlSync.stop();
      autosave.stop();
    },
  };
}
