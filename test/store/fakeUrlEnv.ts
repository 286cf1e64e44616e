import type { UrlEnv } from "../../src/store/urlSync.ts";

/** A fake address bar: `location` and a `history` whose replaceState moves it (told to `onReplace`). */
export function fakeLocation(href: string, onReplace: (next: string) => void = () => {}) {
  let url = href;
  return {
    location: {
      get hash() {
        const i = url.indexOf("#");
        return i < 0 ? "" : url.slice(i);
      },
      get href() {
        return url;
      },
    },
    history: {
      state: null,
      replaceState: (_data: unknown, _unused: string, next: string) => {
        onReplace(next);
        url = next;
      },
    },
    /** Moves the URL as the browser does (a pasted link), without replaceState. */
    setUrl: (next: string) => {
      url = next;
    },
  };
}

/** A fake window: a URL, a history that counts replaceState calls, and hashchange listeners. */
export function fakeUrlEnv(href = "https://example.test/app/") {
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  const bar = fakeLocation(href, (next) => calls.push(next));
  const env: UrlEnv = {
    location: bar.location,
    history: bar.history,
    addEventListener: (_type, fn) => listeners.add(fn),
    removeEventListener: (_type, fn) => listeners.delete(fn),
  };
  /** What a user does when pasting a link into the address bar of the same tab. */
  const navigate = (hash: string) => {
    bar.setUrl(`${bar.location.href.split("#")[0]}${hash}`);
    for (const fn of listeners) fn();
  };
  return { env, calls, navigate, listeners };
}
