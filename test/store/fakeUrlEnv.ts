import type { UrlEnv } from "../../src/store/urlSync.ts";

/** A fake window: a URL, a history that counts replaceState calls, and hashchange listeners. */
export function fakeUrlEnv(href = "https://example.test/app/") {
  const listeners = new Set<() => void>();
  const calls: string[] = [];
  let url = href;
  const env: UrlEnv = {
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
      replaceState: (_data, _unused, next) => {
        calls.push(next);
        url = next;
      },
    },
    addEventListener: (_type, fn) => listeners.add(fn),
    removeEventListener: (_type, fn) => listeners.delete(fn),
  };
  /** What a user does when pasting a link into the address bar of the same tab. */
  const navigate = (hash: string) => {
    url = `${url.split("#")[0]}${hash}`;
    for (const fn of listeners) fn();
  };
  return { env, calls, navigate, listeners };
}
