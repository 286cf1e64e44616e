import { describe, expect, it } from "vitest";
import {
  LOAD_FAILED,
  START_FALLBACK_MS,
  loadApp,
  preloadLinkCodec,
  startAfterShellPaint,
  type StartPage,
} from "./startSequence.ts";

/** A page whose paint report, frames and timers happen only when the test says so. */
function fakePage({ hidden = false, paintTiming = true } = {}) {
  const painted: (() => void)[] = [];
  const frames: (() => void)[] = [];
  const timers: { run: () => void; ms: number }[] = [];
  const page: StartPage = {
    hidden,
    onFirstPaint: (run) => paintTiming && painted.push(run) > 0,
    nextFrame: (run) => frames.push(run),
    later: (run, ms) => timers.push({ run, ms }),
  };
  const paint = () => painted.splice(0).forEach((run) => run());
  const frame = () => frames.splice(0).forEach((run) => run());
  const tick = (ms: number) =>
    timers
      .filter((t) => t.ms <= ms)
      .forEach((t) => {
        timers.splice(timers.indexOf(t), 1);
        t.run();
      });
  return { page, paint, frame, tick };
}

describe("startAfterShellPaint", () => {
  it("starts when the shell's paint is reported, not at a frame or a task before, and once", () => {
    const { page, paint, frame, tick } = fakePage();
    let starts = 0;
    startAfterShellPaint(page, () => starts++);
    frame();
    tick(0);
    expect(starts).toBe(0);
    paint();
    expect(starts).toBe(1);
    tick(START_FALLBACK_MS);
    expect(starts).toBe(1);
  });

  it("starts at once in a hidden tab, which paints nothing", () => {
    const { page } = fakePage({ hidden: true });
    let starts = 0;
    startAfterShellPaint(page, () => starts++);
    expect(starts).toBe(1);
  });

  it("without paint timing, starts in a task after the next frame", () => {
    const { page, frame, tick } = fakePage({ paintTiming: false });
    let starts = 0;
    startAfterShellPaint(page, () => starts++);
    tick(0);
    expect(starts).toBe(0);
    frame();
    tick(0);
    expect(starts).toBe(1);
  });

  it("starts after the fallback time when no paint is ever reported", () => {
    const { page, frame, tick } = fakePage();
    let starts = 0;
    startAfterShellPaint(page, () => starts++);
    frame();
    tick(START_FALLBACK_MS - 1);
    expect(starts).toBe(0);
    tick(START_FALLBACK_MS);
    expect(starts).toBe(1);
  });
});

describe("loadApp", () => {
  const line = () => ({ textContent: "Loading the designer…" }) as unknown as Element;

  it("starts the loaded app and leaves the shell's status alone", async () => {
    const status = line();
    let started = false;
    await loadApp(
      async () => void (started = true),
      () => status,
    );
    expect(started).toBe(true);
    expect(status.textContent).toBe("Loading the designer…");
  });

  it("says so in the shell when the app's code cannot load", async () => {
    const status = line();
    await loadApp(
      () => Promise.reject(new TypeError("Failed to fetch dynamically imported module")),
      () => status,
    );
    expect(status.textContent).toBe(LOAD_FAILED);
  });

  it("says so when the app fails to start, and does not throw without a shell", async () => {
    const status = line();
    const failing = () => Promise.resolve().then(() => Promise.reject(new Error("no codec")));
    await loadApp(failing, () => status);
    expect(status.textContent).toBe(LOAD_FAILED);
    await expect(loadApp(failing, () => null)).resolves.toBeUndefined();
  });
});

describe("preloadLinkCodec", () => {
  const listed = "./assets/linkCodec-a.js ./assets/link-b.js";
  const preloaded = (hasLink: boolean, list: string | null | undefined) => {
    const files: string[] = [];
    preloadLinkCodec(hasLink, list, (file) => files.push(file));
    return files;
  };

  it("preloads every listed script when the start may open a link", () => {
    expect(preloaded(true, listed)).toEqual(["./assets/linkCodec-a.js", "./assets/link-b.js"]);
  });

  it("preloads nothing without a link (the default design needs no codec, ADR 0045)", () => {
    expect(preloaded(false, listed)).toEqual([]);
  });

  it("preloads nothing without a list (the dev server writes none) or from an empty one", () => {
    expect(preloaded(true, null)).toEqual([]);
    expect(preloaded(true, undefined)).toEqual([]);
    expect(preloaded(true, "")).toEqual([]);
  });
});
