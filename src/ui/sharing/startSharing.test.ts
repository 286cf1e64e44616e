import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { threeClusterPlan } from "../../../test/core/plan/threeClusters.ts";
import { encodeLink } from "../../core/codec/link.ts";
import { loadSavedPlan, savePlan } from "../../core/codec/storage.ts";
import { defaultDesign } from "../../core/design/defaults.ts";
import { createAppStore } from "../../store/createAppStore.ts";
import { linkCodec } from "../../store/linkCodec.ts";
import { deferredLinkCodec } from "../../../test/store/fakeLinkCodec.ts";
import { startSharing } from "./startSharing.ts";
import { fakeLocation } from "../../../test/store/fakeUrlEnv.ts";

/** A Map-backed Web Storage (the tab's sessionStorage survives a reload of the tab). */
function memoryStorage(): Storage {
  const map = new Map<string, string>();
  return {
    get length() {
      return map.size;
    },
    key: (i) => [...map.keys()][i] ?? null,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
    clear: () => map.clear(),
  };
}

/** A fake window of one page load: a URL, replaceState, sessionStorage and event listeners. */
function fakeWindow(href: string, sessionStorage: Storage) {
  const listeners = new Map<string, Set<() => void>>();
  const { location, history } = fakeLocation(href);
  const win = {
    location,
    history,
    sessionStorage,
    crypto: globalThis.crypto,
    document: { getElementById: () => null },
    addEventListener: (type: string, fn: () => void) => {
      const set = listeners.get(type) ?? new Set();
      set.add(fn);
      listeners.set(type, set);
    },
    removeEventListener: (type: string, fn: () => void) => listeners.get(type)?.delete(fn),
  };
  const fire = (type: string) => {
    for (const fn of listeners.get(type) ?? []) fn();
  };
  return { win: win as unknown as Window, fire };
}

// The app's codec, loaded (startApp loads it before a start with a link).
beforeAll(async () => {
  await linkCodec.load();
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("startSharing: a reload right after an edit", () => {
  const open = (href: string, session: Storage) => {
    const page = fakeWindow(href, session);
    const store = createAppStore(undefined, { storage: null });
    const sharing = startSharing(store, page.win);
    return { ...page, store, sharing };
  };

  it("shows the edit when the reload was asked for before the link caught up", () => {
    const session = memoryStorage();
    const first = open("https://example.test/", session);
    first.store.getState().actions.setNodeCount(321);
    // The user presses reload now: the browser will load the URL as it is at this moment...
    const reloadUrl = first.win.location.href;
    // ...but the page keeps running until the new page answers: the link's quiet time ends.
    vi.advanceTimersByTime(1000);
    expect(first.win.location.href).not.toBe(reloadUrl);
    first.fire("pagehide");
    first.sharing.stop();

    const second = open(reloadUrl, session);
    expect(second.store.getState().design.nodes.count).toBe(321);
    second.sharing.stop();
  });

  it("shows the edit when the page was hidden within the link's quiet time", () => {
    const session = memoryStorage();
    const first = open("https://example.test/", session);
    first.store.getState().actions.setNodeCount(123);
    const reloadUrl = first.win.location.href;
    first.fire("pagehide");
    first.sharing.stop();

    const second = open(reloadUrl, session);
    expect(second.store.getState().design.nodes.count).toBe(123);
    second.sharing.stop();
  });

  it("opens another link in the same tab as that link, not the last edit", async () => {
    const session = memoryStorage();
    const first = open("https://example.test/", session);
    const linkOfDefault = first.win.location.href;
    first.store.getState().actions.setNodeCount(77);
    first.fire("pagehide");
    first.sharing.stop();

    const other = createAppStore(undefined, { storage: null });
    other.getState().actions.setNodeCount(9);
    const page = fakeWindow("https://example.test/", memoryStorage());
    const otherSharing = startSharing(other, page.win);
    // Start-up writes no link (ADR 0036): the share URL is the other design's link.
    const otherLink = await otherSharing.shareUrl();
    otherSharing.stop();
    expect(otherLink).not.toBe(linkOfDefault);

    const second = open(otherLink, session);
    expect(second.store.getState().design.nodes.count).toBe(9);
    second.sharing.stop();
  });
});

describe("startSharing: the autosaved plan", () => {
  let local: Storage;
  beforeEach(() => {
    local = memoryStorage();
    vi.stubGlobal("localStorage", local);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("a later visit without a link brings back every cluster and the one shown", () => {
    const first = fakeWindow("https://example.test/", memoryStorage());
    const store = createAppStore(undefined, { storage: null });
    const sharing = startSharing(store, first.win);
    store.getState().actions.replacePlan(threeClusterPlan());
    store.getState().actions.selectCluster(2);
    first.fire("pagehide");
    sharing.stop();

    const later = fakeWindow("https://example.test/", memoryStorage());
    const again = createAppStore(undefined, { storage: null });
    startSharing(again, later.win).stop();
    expect(again.getState().plan).toEqual(threeClusterPlan());
    expect(again.getState().activeCluster).toBe(2);
    expect(again.getState().actions.canUndo()).toBe(false);
  });

  it("a link over a different autosaved plan keeps the plan one click (one undo step) away", () => {
    savePlan(local, { plan: threeClusterPlan(), active: 1 }, "other-tab");
    const design = { ...defaultDesign(), name: "from-a-link" };
    const page = fakeWindow(`https://example.test/#${encodeLink(design)}`, memoryStorage());
    const store = createAppStore(undefined, { storage: null });
    const sharing = startSharing(store, page.win);
    expect(store.getState().design).toEqual(design);
    const told = sharing.messages.getState().messages.find((m) => m.topic === "history");
    expect(told?.text).toBe(
      'Opened the design from the link. Your previous design "3 clusters: east, west, lab" is kept under File, Recent designs.',
    );
    told?.action?.run();
    expect(store.getState().plan).toEqual(threeClusterPlan());
    expect(store.getState().activeCluster).toBe(1);
    store.getState().actions.undo();
    expect(store.getState().design).toEqual(design);
    sharing.stop();
    expect(loadSavedPlan(local)).toMatchObject({ kind: "restored" });
  });

  it("an edit made before the link codec loads survives a reload, through the autosave", () => {
    const codec = deferredLinkCodec();
    const session = memoryStorage();
    const first = fakeWindow("https://example.test/", session);
    const store = createAppStore(undefined, { storage: null });
    const sharing = startSharing(store, first.win, codec.source);
    store.getState().actions.setNodeCount(77);
    expect(codec.state.loads).toBeGreaterThan(0);
    // Reloaded at once: the codec has not arrived, so no link can be written.
    first.fire("pagehide");
    sharing.stop();
    expect(first.win.location.hash).toBe("");

    const again = fakeWindow(first.win.location.href, session);
    const reopened = createAppStore(undefined, { storage: null });
    startSharing(reopened, again.win, deferredLinkCodec().source).stop();
    expect(reopened.getState().design.nodes.count).toBe(77);
  });

  it("without an autosave to reopen, the codec loads at start", () => {
    vi.stubGlobal("localStorage", undefined);
    const codec = deferredLinkCodec();
    const page = fakeWindow("https://example.test/", memoryStorage());
    const store = createAppStore(undefined, { storage: null });
    startSharing(store, page.win, codec.source).stop();
    expect(codec.state.loads).toBe(1);
  });
});
