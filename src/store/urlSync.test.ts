import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { decodeLink, encodeLink } from "../core/codec/link.ts";
import { PRESETS } from "../core/design/presets.ts";
import { createAppStore } from "./createAppStore.ts";
import { fakeUrlEnv as fakeEnv } from "../../test/store/fakeUrlEnv.ts";
import { deferredLinkCodec } from "../../test/store/fakeLinkCodec.ts";
import { linkCodec } from "./linkCodec.ts";
import { startUrlSync } from "./urlSync.ts";

// The app's codec, loaded: these tests are about what URL sync does with it.
beforeAll(async () => {
  await linkCodec.load();
});
beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("startUrlSync", () => {
  it("writes the link after a quiet time, once for a burst of edits", () => {
    const store = createAppStore(undefined, { storage: null });
    const { env, calls } = fakeEnv();
    startUrlSync(store, env, { delayMs: 300 });
    const { actions } = store.getState();
    for (let n = 10; n <= 60; n += 10) actions.setNodeCount(n, "drag");
    vi.advanceTimersByTime(299);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toHaveLength(1);
    const decoded = decodeLink(env.location.hash);
    expect(decoded.ok && decoded.value.design).toEqual(store.getState().design);
    expect(decoded.ok && decoded.value.design.nodes.count).toBe(60);
    expect(env.location.href.startsWith("https://example.test/app/#d1.")).toBe(true);
  });

  it("does not rewrite an unchanged fragment and does not react to view changes", () => {
    const store = createAppStore(undefined, { storage: null });
    const { env, calls } = fakeEnv();
    const sync = startUrlSync(store, env);
    sync.flush();
    sync.flush();
    store.getState().actions.selectCell("x");
    vi.runAllTimers();
    expect(calls).toHaveLength(1);
  });

  it("lists the fragments the history entry showed, new from each hashchange", () => {
    const store = createAppStore(undefined, { storage: null });
    const { env, navigate } = fakeEnv();
    const sync = startUrlSync(store, env);
    expect(sync.entryFragments()).toEqual([""]);
    sync.flush();
    const first = env.location.hash;
    store.getState().actions.setNodeCount(77);
    sync.flush();
    expect(sync.entryFragments()).toEqual(["", first, env.location.hash]);
    for (let n = 1; n <= 20; n++) {
      store.getState().actions.setNodeCount(n);
      sync.flush();
    }
    expect(sync.entryFragments()).toHaveLength(8);
    expect(sync.entryFragments().at(-1)).toBe(env.location.hash);
    navigate(`#${encodeLink(PRESETS[1]!.design)}`);
    expect(sync.entryFragments()).toEqual([`#${encodeLink(PRESETS[1]!.design)}`]);
  });

  it("shareUrl flushes a pending edit at once", async () => {
    const store = createAppStore(undefined, { storage: null });
    const { env } = fakeEnv();
    const sync = startUrlSync(store, env);
    store.getState().actions.setNodeCount(77);
    const url = await sync.shareUrl();
    expect(url).toBe(env.location.href);
    const decoded = decodeLink(url);
    expect(decoded.ok && decoded.value.design.nodes.count).toBe(77);
  });

  it("opens a link pasted into the same tab as one undoable step", () => {
    const store = createAppStore(undefined, { storage: null });
    const before = store.getState().design;
    const { env, navigate } = fakeEnv();
    const opened = vi.fn();
    startUrlSync(store, env, { onLinkOpened: opened });
    const preset = PRESETS[1]?.design ?? before;
    navigate(`#${encodeLink(preset)}`);
    expect(store.getState().design).toEqual(preset);
    expect(opened).toHaveBeenCalledWith(expect.objectContaining({ ok: true }));
    store.getState().actions.undo();
    expect(store.getState().design).toBe(before);
  });

  it("refuses a bad pasted link, keeps the design and puts its link back", () => {
    const store = createAppStore(undefined, { storage: null });
    const before = store.getState().design;
    const { env, navigate } = fakeEnv();
    const opened = vi.fn();
    startUrlSync(store, env, { onLinkOpened: opened });
    navigate("#d1.<script>alert(1)</script>");
    expect(store.getState().design).toBe(before);
    expect(opened).toHaveBeenCalledWith({
      ok: false,
      error: expect.stringContaining("cannot be opened"),
    });
    expect(env.location.hash).toBe(`#${encodeLink(before)}`);
  });

  it("leaves an in-page anchor alone", () => {
    const store = createAppStore(undefined, { storage: null });
    const before = store.getState().design;
    const { env, navigate, calls } = fakeEnv();
    const opened = vi.fn();
    startUrlSync(store, env, { onLinkOpened: opened, isAnchor: (hash) => hash === "#main" });
    navigate("#main");
    expect(opened).not.toHaveBeenCalled();
    expect(calls).toEqual([]);
    expect(store.getState().design).toBe(before);
  });

  it("stop removes the listener and the pending write", () => {
    const store = createAppStore(undefined, { storage: null });
    const { env, calls, listeners } = fakeEnv();
    const sync = startUrlSync(store, env);
    store.getState().actions.setNodeCount(12);
    sync.stop();
    vi.runAllTimers();
    expect(calls).toEqual([]);
    expect(listeners.size).toBe(0);
  });
});

describe("startUrlSync before the link codec has loaded (ADR 0045)", () => {
  it("fetches the codec on the first edit and writes the due link when it arrives", async () => {
    const store = createAppStore(undefined, { storage: null });
    const { env, calls } = fakeEnv();
    const codec = deferredLinkCodec();
    const sync = startUrlSync(store, env, { current: "", codec: codec.source });
    sync.flush();
    expect(codec.state.loads).toBe(0);
    store.getState().actions.setNodeCount(42);
    expect(codec.state.loads).toBe(1);
    vi.advanceTimersByTime(1000);
    // pagehide: nothing to write with yet (a reload then opens the autosave).
    sync.flush();
    expect(calls).toEqual([]);
    await codec.arrive();
    expect(calls).toHaveLength(1);
    const decoded = decodeLink(env.location.hash);
    expect(decoded.ok && decoded.value.design.nodes.count).toBe(42);
  });

  it("leaves a link still in its quiet time to the quiet time", async () => {
    const store = createAppStore(undefined, { storage: null });
    const { env, calls } = fakeEnv();
    const codec = deferredLinkCodec();
    startUrlSync(store, env, { current: "", codec: codec.source, delayMs: 300 });
    store.getState().actions.setNodeCount(42);
    await codec.arrive();
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(300);
    expect(calls).toHaveLength(1);
  });

  it("opens a pasted link once the codec arrives, unless another took its place", async () => {
    const store = createAppStore(undefined, { storage: null });
    const { env, navigate } = fakeEnv();
    const codec = deferredLinkCodec();
    const opened = vi.fn();
    startUrlSync(store, env, { current: "", codec: codec.source, onLinkOpened: opened });
    navigate(`#${encodeLink(PRESETS[1]!.design)}`);
    navigate(`#${encodeLink(PRESETS[2]!.design)}`);
    expect(opened).not.toHaveBeenCalled();
    await codec.arrive();
    expect(opened).toHaveBeenCalledTimes(1);
    expect(store.getState().design).toEqual(PRESETS[2]!.design);
  });

  it("a pasted link still loading is what a reload opens: pagehide keeps it in the URL", async () => {
    const store = createAppStore(undefined, { storage: null });
    const { env, navigate, calls } = fakeEnv();
    const codec = deferredLinkCodec();
    const sync = startUrlSync(store, env, { current: "", codec: codec.source });
    const link = `#${encodeLink(PRESETS[1]!.design)}`;
    navigate(link);
    // pagehide before the codec arrives: the older design's fragment must not replace the link.
    sync.flush();
    expect(calls).toEqual([]);
    expect(env.location.hash).toBe(link);
    expect(sync.entryFragments()).toEqual([link]);
    await codec.arrive();
    expect(store.getState().design).toEqual(PRESETS[1]!.design);
  });

  it("shareUrl waits for the codec and carries the edit", async () => {
    const store = createAppStore(undefined, { storage: null });
    const { env } = fakeEnv();
    const codec = deferredLinkCodec();
    const sync = startUrlSync(store, env, { current: "", codec: codec.source });
    store.getState().actions.setNodeCount(77);
    const url = sync.shareUrl();
    await codec.arrive();
    const decoded = decodeLink(await url);
    expect(decoded.ok && decoded.value.design.nodes.count).toBe(77);
  });
});
