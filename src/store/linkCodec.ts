import type * as LinkCodecModule from "../core/codec/linkCodec.ts";

/** The link codec (DEFLATE, base64url, the link gate): core/codec/linkCodec.ts. */
export type LinkCodec = typeof LinkCodecModule;

/** Where URL sync and autosave get the codec: now if loaded, or by loading it (a fake in tests). */
export interface LinkCodecSource {
  /** The codec when it has loaded, else undefined. */
  now(): LinkCodec | undefined;
  /** Loads the codec (once; a failed load is tried again on the next call). */
  load(): Promise<LinkCodec>;
}

let loaded: LinkCodec | undefined;
let loading: Promise<LinkCodec> | undefined;

/**
 * The app's link codec, loaded on intent (ADR 0045): a link to open at start, the first edit of
 * the plan (its link is written after a quiet time), Copy link, Recent designs, a pasted link.
 */
export const linkCodec: LinkCodecSource = {
  now: () => loaded,
  load: () => {
    loading ??= import("../core/codec/linkCodec.ts").then(
      (codec) => (loaded = codec),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  },
};

/** Starts loading the link codec ahead of a likely use (a pointer or focus on Copy link); a failure is left to the use. */
export function prefetchLinkCodec(): void {
  linkCodec.load().catch(() => undefined);
}
