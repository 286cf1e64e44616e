import type { LinkCodec, LinkCodecSource } from "../../src/store/linkCodec.ts";

/**
 * A link codec source whose load the test finishes by hand (`arrive`), as a slow network would:
 * until then `now()` is undefined. The codec that arrives is the real one.
 */
export function deferredLinkCodec() {
  let loaded: LinkCodec | undefined;
  let resolve: (codec: LinkCodec) => void = () => {};
  const pending = new Promise<LinkCodec>((r) => (resolve = r));
  const state = { loads: 0 };
  const source: LinkCodecSource = {
    now: () => loaded,
    load: () => {
      state.loads += 1;
      return pending;
    },
  };
  /** Loads the real codec and hands it to every waiting load; resolves once they have run. */
  const arrive = async () => {
    loaded = await import("../../src/core/codec/linkCodec.ts");
    resolve(loaded);
    await pending;
    await Promise.resolve();
  };
  return { source, state, arrive };
}
