import { LINK_WARN_LENGTH } from "../../core/codec/linkPayload.ts";
import { prefetchLinkCodec } from "../../store/linkCodec.ts";
import { useAppStoreApi } from "../app/useAppStore.ts";
import { unappliedSentence } from "../app/useUnapplied.ts";
import { copyText } from "../exports/copyText.ts";
import type { Sharing } from "./startSharing.ts";

/**
 * Copies the share URL (the current design in the fragment) and shows it, selectable, with its
 * length; the link codec is fetched when the pointer or focus reaches the button. Links over LINK_WARN_LENGTH characters are copied too, with a warning that chat tools
 * and tickets may cut them. While a field holds refused text the message says the link carries
 * the last applied design.
 */
export function CopyLinkButton({ sharing }: { sharing: Sharing }) {
  const store = useAppStoreApi();
  const copy = async () => {
    const push = sharing.messages.getState().push;
    const url = await sharing.shareUrl().catch(() => undefined);
    if (url === undefined) {
      push({
        tone: "error",
        topic: "link",
        text: "The link could not be made: its code did not load. Check the connection and try again.",
      });
      return;
    }
    const copied = await copyText(url);
    const labels = Object.values(store.getState().view.invalidFields).map((f) => f.label);
    const stale =
      labels.length > 0 ? ` It carries the last applied design: ${unappliedSentence(labels)}.` : "";
    if (!copied) {
      push({
        tone: "error",
        topic: "link",
        text: `The browser refused to copy the link (${url.length} characters); select it here or copy it from the address bar.${stale}`,
        selectable: url,
      });
    } else if (url.length > LINK_WARN_LENGTH) {
      push({
        tone: "warning",
        topic: "link",
        text: `Link copied, but it is ${url.length} characters long (over ${LINK_WARN_LENGTH}); some chat tools and tickets cut long links. Download design shares it as a file instead.${stale}`,
        selectable: url,
      });
    } else {
      push({
        tone: stale ? "warning" : "success",
        topic: "link",
        text: `Link copied (${url.length} characters).${stale}`,
        selectable: url,
      });
    }
  };
  return (
    <button
      type="button"
      onPointerEnter={prefetchLinkCodec}
      onFocus={prefetchLinkCodec}
      onClick={() => void copy()}
    >
      Copy link
    </button>
  );
}
