import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { decodeLink, encodeLink } from "../core/codec/link.ts";
import { encodePlanLink } from "../core/codec/planLink.ts";
import type * as PlanLinkModule from "../core/codec/planLink.ts";
import { PRESETS } from "../core/design/presets.ts";
import { fakeUrlEnv as fakeEnv } from "../../test/store/fakeUrlEnv.ts";
import { createAppStore } from "./createAppStore.ts";
import { linkCodec } from "./linkCodec.ts";
import { startUrlSync } from "./urlSync.ts";

// The real encoder, counted: start-up must not call it (ADR 0036).
vi.mock("../core/codec/planLink.ts", async (importOriginal) => {
  const real = await importOriginal<typeof PlanLinkModule>();
  return { ...real, encodePlanLink: vi.fn(real.encodePlanLink) };
});

beforeAll(async () => {
  await linkCodec.load();
});
beforeEach(() => {
  vi.useFakeTimers();
  vi.mocked(encodePlanLink).mockClear();
});
afterEach(() => {
  vi.useRealTimers();
});

describe("startUrlSync with the start's fragment (no encoding at start-up)", () => {
  it("leaves an unchanged default design without a fragment and encodes nothing", () => {
    const store = createAppStore(undefined, { storage: null });
    const { env, calls } = fakeEnv();
    const sync = startUrlSync(store, env, { current: "" });
    sync.flush();
    store.getState().actions.selectCell("x");
    vi.runAllTimers();
    expect(calls).toEqual([]);
    expect(encodePlanLink).not.toHaveBeenCalled();
    // The first edit writes the link.
    store.getState().actions.setNodeCount(42);
    vi.runAllTimers();
    expect(encodePlanLink).toHaveBeenCalledTimes(1);
    const decoded = decodeLink(env.location.hash);
    expect(decoded.ok && decoded.value.design.nodes.count).toBe(42);
  });

  it("keeps an opened link as it is, and still shares the right link", async () => {
    const preset = PRESETS[1]!.design;
    const store = createAppStore(preset, { storage: null });
    const link = `#${encodeLink(preset)}`;
    const { env, calls } = fakeEnv(`https://example.test/app/${link}`);
    const sync = startUrlSync(store, env, { current: link });
    sync.flush();
    expect(calls).toEqual([]);
    expect(encodePlanLink).not.toHaveBeenCalled();
    const url = await sync.shareUrl();
    const decoded = decodeLink(url);
    expect(decoded.ok && decoded.value.design).toEqual(store.getState().design);
  });

  it("shares the default design's whole link though the URL shows none", async () => {
    const store = createAppStore(undefined, { storage: null });
    const { env } = fakeEnv();
    const sync = startUrlSync(store, env, { current: "" });
    const url = await sync.shareUrl();
    expect(url).toBe(`https://example.test/app/#${encodeLink(store.getState().design)}`);
    expect(env.location.href).toBe(url);
  });

  it("an edit undone writes the start design's link, not the edit's", () => {
    const store = createAppStore(undefined, { storage: null });
    const { env } = fakeEnv();
    startUrlSync(store, env, { current: "" });
    const start = store.getState().design;
    store.getState().actions.setNodeCount(99);
    vi.runAllTimers();
    store.getState().actions.undo();
    vi.runAllTimers();
    const decoded = decodeLink(env.location.hash);
    expect(decoded.ok && decoded.value.design).toEqual(start);
  });

  it("shows a start fragment the URL lacks (a reload's kept link) without encoding", () => {
    const store = createAppStore(undefined, { storage: null });
    const { env, calls } = fakeEnv("https://example.test/app/#d1.older");
    startUrlSync(store, env, { current: "#d1.kept" }).flush();
    expect(calls).toEqual(["https://example.test/app/#d1.kept"]);
    expect(encodePlanLink).not.toHaveBeenCalled();
  });
});
