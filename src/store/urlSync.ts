import type { RestoredPlan } from "../core/codec/restorePlan.ts";
import type { Result } from "../core/result.ts";
import type { AppState, AppStore } from "./createAppStore.ts";
import { linkCodec, type LinkCodec, type LinkCodecSource } from "./linkCodec.ts";

/** The parts of `window` URL sync uses (a fake in tests). */
export interface UrlEnv {
  location: { readonly hash: string; readonly href: string };
  history: {
    readonly state: unknown;
    replaceState(data: unknown, unused: string, url: string): void;
  };
  addEventListener(type: "hashchange", listener: () => void): void;
  removeEventListener(type: "hashchange", listener: () => void): void;
}

/** Options of {@link startUrlSync}. */
export interface UrlSyncOptions {
  /** Quiet time after the last edit before the fragment is rewritten, in milliseconds. */
  delayMs?: number;
  /** Told when a link pasted into the address bar was opened or refused. */
  onLinkOpened?: (result: Result<RestoredPlan>) => void;
  /** True for a fragment that is an in-page anchor (`#main` of a skip link), not a design link. */
  isAnchor?: (hash: string) => boolean;
  /**
   * The fragment that already stands for the store's plan at start: the link it was opened from,
   * or "" for a design that needs none in this tab (the default, the autosaved one). Given, the
   * plan is not encoded until it changes or a share URL is asked for; without it, the first
   * flush writes the plan's link.
   */
  current?: string;
  /** The link codec (default: the app's, loaded on intent; ADR 0045). */
  codec?: LinkCodecSource;
}

/** A running URL sync. */
export interface UrlSync {
  /** Writes the current design into the fragment now (no-op when it is already there). */
  flush(): void;
  /**
   * The fragments the current history entry showed since it was loaded or entered, oldest first
   * (the last few): a reload asked for at any of them loads that older URL (see unsyncedLink).
   */
  entryFragments(): readonly string[];
  /**
   * The whole share URL of the current design (also flushed into the address bar), once the
   * link codec has loaded.
   */
  shareUrl(): Promise<string>;
  stop(): void;
}

/** Default quiet time before the fragment follows an edit, in milliseconds. */
export const URL_SYNC_DELAY_MS = 300;

/** Fragments of the current history entry remembered by `entryFragments`. */
const ENTRY_FRAGMENTS = 8;

/** `href` without its fragment. */
const withoutHash = (href: string) => {
  const i = href.indexOf("#");
  return i < 0 ? href : href.slice(0, i);
};

/**
 * Keeps the URL fragment equal to the share link of the current plan (one cluster: the design's
 * own `d1` link; several: a `d2` plan link): after each change (and
 * a quiet time, so a slider drag writes once) it calls `history.replaceState`, which adds no
 * history entry and fires no `hashchange`. A `hashchange` from outside (a link pasted into the
 * same tab, back/forward) opens that link as one undoable step; a bad one is reported and the
 * fragment goes back to the current design. With `current`, start-up encodes nothing: an
 * unchanged default design keeps a bare URL and an opened link stays as it is (ADR 0036).
 * The link codec loads on the first change of the plan (ADR 0045); a link due before it arrives
 * is written when it does. A reload before then opens the autosave, which saved the change
 * without the codec; a link pasted into the URL while the codec loads stays in it, so a reload
 * then opens that link. Framework-free.
 */
export function startUrlSync(store: AppStore, env: UrlEnv, options: UrlSyncOptions = {}): UrlSync {
  const delay = options.delayMs ?? URL_SYNC_DELAY_MS;
  const codec = options.codec ?? linkCodec;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** The fragment the URL should show for a plan (its link, or the start's `current`). */
  let written: { plan: unknown; fragment: string } | undefined =
    options.current === undefined
      ? undefined
      : { plan: store.getState().plan, fragment: options.current };
  /** The last plan encoded, with its link: one encoding per plan, however often it is asked. */
  let encoded: { plan: unknown; fragment: string } | undefined;
  let entry: string[] = [env.location.hash];
  /**
   * A link pasted into the URL that waits for the codec: until it opens, it is the newest intent,
   * so a flush (pagehide before a reload) leaves it in the URL rather than the older plan's link.
   */
  let pasted: string | undefined;

  let stopped = false;
  /** The plan's link, or undefined while the codec is still loading (its arrival flushes). */
  const linkOf = (plan: AppState["plan"]) => {
    const loaded = codec.now();
    if (!loaded) {
      loadThenFlush();
      return undefined;
    }
    if (encoded?.plan !== plan) encoded = { plan, fragment: `#${loaded.encodePlanLink(plan)}` };
    return encoded.fragment;
  };
  const fragmentOf = () => {
    const plan = store.getState().plan;
    if (written?.plan === plan) return written.fragment;
    const fragment = linkOf(plan);
    if (fragment !== undefined) written = { plan, fragment };
    return fragment;
  };
  const show = (fragment: string) => {
    if (env.location.hash === fragment) return;
    env.history.replaceState(env.history.state, "", `${withoutHash(env.location.href)}${fragment}`);
    entry = [...entry, fragment].slice(-ENTRY_FRAGMENTS);
  };
  const flush = () => {
    clearTimeout(timer);
    timer = undefined;
    if (pasted !== undefined && env.location.hash === pasted) return;
    const fragment = fragmentOf();
    if (fragment !== undefined) show(fragment);
  };
  /** Loads the codec; once there, writes a link that is due (none is while the quiet time runs). */
  function loadThenFlush(): void {
    codec.load().then(
      () => {
        if (!stopped && timer === undefined) flush();
      },
      () => undefined, // Not loaded: the next change or flush tries again.
    );
  }
  const unsubscribe = store.subscribe((state, previous) => {
    if (state.plan === previous.plan) return;
    // The link is written after the quiet time: fetch the codec meanwhile.
    if (!codec.now()) loadThenFlush();
    clearTimeout(timer);
    timer = setTimeout(flush, delay);
  });
  const onHashChange = () => {
    const hash = env.location.hash;
    // A hashchange is a new history entry (a pasted link, back/forward, an anchor).
    entry = [hash];
    pasted = undefined;
    if (hash === written?.fragment || hash === "" || hash === "#") {
      flush();
      return;
    }
    if (options.isAnchor?.(hash)) return;
    const open = (loaded: LinkCodec) => {
      pasted = undefined;
      const result = loaded.decodePlanLink(hash);
      if (result.ok) store.getState().actions.replacePlan(result.value.plan);
      options.onLinkOpened?.(result);
      flush();
    };
    const loaded = codec.now();
    if (loaded) return open(loaded);
    pasted = hash;
    codec.load().then(
      (arrived) => {
        // Another link pasted (or the URL put back) while the codec loaded: that one counts.
        if (!stopped && env.location.hash === hash) open(arrived);
      },
      () => undefined,
    );
  };
  env.addEventListener("hashchange", onHashChange);

  return {
    flush,
    entryFragments: () => entry,
    shareUrl: async () => {
      await codec.load();
      clearTimeout(timer);
      timer = undefined;
      const plan = store.getState().plan;
      const fragment = linkOf(plan) ?? "";
      written = { plan, fragment };
      show(fragment);
      return `${withoutHash(env.location.href)}${fragment}`;
    },
    stop: () => {
      stopped = true;
      clearTimeout(timer);
      unsubscribe();
      env.removeEventListener("hashchange", onHashChange);
    },
  };
}
