import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "../scripts/chromium.ts";

/** A CDP message from the browser: a reply (`id`) or an event (`method`). */
interface Message {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message: string };
  sessionId?: string;
}

/** A page in a fresh browser context, driven with raw CDP. */
export interface PipePage {
  /** Navigates (or reloads, without `url`) and resolves at the load event. */
  go(url?: string): Promise<void>;
  /** Evaluates `expression` in the page, awaiting a promise; returns its value. */
  evaluate(expression: string): Promise<unknown>;
  /** Sends any CDP command to the page's session. */
  send(method: string, params?: object): Promise<Record<string, unknown>>;
  /** Listens to the page's CDP events; returns the function that stops listening. */
  on(listener: (method: string, params: Record<string, unknown>) => void): () => void;
  /** Closes the page and its context. */
  close(): Promise<void>;
}

/** Headless Chromium driven over `--remote-debugging-pipe` with raw CDP, no Playwright. */
export interface PipeBrowser {
  /** A page in a fresh context (empty cache and storage), `init` run before each document. */
  newPage(viewport: { width: number; height: number }, init?: string): Promise<PipePage>;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium (the bench's flags) driven over a pipe with raw CDP. Unlike
 * Playwright, it never enables the page's Runtime domain: with it enabled, V8 collects source
 * positions for every Error created while a script runs, and React creates five as its module
 * loads, so the whole start chunk was parsed again (132-166 ms in traces at load 7-8) inside
 * every open the bench timed; a user's page pays nothing of the kind (ADR 0039).
 */
export async function launchPipeBrowser(): Promise<PipeBrowser> {
  const profile = mkdtempSync(path.join(tmpdir(), "bench-cdp-"));
  const proc = spawn(
    chromiumPath() ?? chromium.executablePath(),
    ["--headless=new", ...CHROMIUM_ARGS, `--user-data-dir=${profile}`, "--remote-debugging-pipe"],
    { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] },
  );
  const toBrowser = proc.stdio[3] as NodeJS.WritableStream;
  const fromBrowser = proc.stdio[4] as NodeJS.ReadableStream;
  let lastId = 0;
  const replies = new Map<number, (m: Message) => void>();
  const listeners = new Set<(m: Message) => void>();
  let pending = "";
  fromBrowser.on("data", (chunk: Buffer) => {
    pending += chunk.toString("utf8");
    for (let end = pending.indexOf("\0"); end >= 0; end = pending.indexOf("\0")) {
      const message = JSON.parse(pending.slice(0, end)) as Message;
      pending = pending.slice(end + 1);
      const reply = message.id === undefined ? undefined : replies.get(message.id);
      if (reply && message.id !== undefined) {
        replies.delete(message.id);
        reply(message);
      } else for (const listener of listeners) listener(message);
    }
  });
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const id = ++lastId;
      replies.set(id, (m) =>
        m.error ? reject(new Error(`${method}: ${m.error.message}`)) : resolve(m.result ?? {}),
      );
      toBrowser.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
    });
  const exited = new Promise<void>((resolve) => proc.once("exit", () => resolve()));

  const newPage = async (viewport: { width: number; height: number }, init?: string) => {
    const { browserContextId } = await send("Target.createBrowserContext");
    const { targetId } = await send("Target.createTarget", {
      url: "about:blank",
      browserContextId,
    });
    const { sessionId } = (await send("Target.attachToTarget", { targetId, flatten: true })) as {
      sessionId: string;
    };
    const on = (listener: (method: string, params: Record<string, unknown>) => void) => {
      const own = (m: Message) => {
        if (m.sessionId === sessionId && m.method) listener(m.method, m.params ?? {});
      };
      listeners.add(own);
      return () => void listeners.delete(own);
    };
    const loadEvent = () =>
      new Promise<void>((resolve) => {
        const stop = on((method) => {
          if (method !== "Page.loadEventFired") return;
          stop();
          resolve();
        });
      });
    await send("Page.enable", {}, sessionId);
    await send(
      "Emulation.setDeviceMetricsOverride",
      { ...viewport, deviceScaleFactor: 1, mobile: false },
      sessionId,
    );
    if (init) await send("Page.addScriptToEvaluateOnNewDocument", { source: init }, sessionId);
    const page: PipePage = {
      go: async (url) => {
        const loaded = loadEvent();
        await (url
          ? send("Page.navigate", { url }, sessionId)
          : send("Page.reload", {}, sessionId));
        await loaded;
      },
      evaluate: async (expression) => {
        const { result, exceptionDetails } = (await send(
          "Runtime.evaluate",
          { expression, awaitPromise: true, returnByValue: true },
          sessionId,
        )) as {
          result: { value?: unknown };
          exceptionDetails?: { exception?: { description?: string }; text: string };
        };
        if (exceptionDetails)
          throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
        return result.value;
      },
      send: (method, params) => send(method, params, sessionId),
      on,
      close: async () => void (await send("Target.disposeBrowserContext", { browserContextId })),
    };
    return page;
  };

  return {
    newPage,
    close: async () => {
      await send("Browser.close").catch(() => undefined);
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
