import { LINK_WARN_LENGTH } from "../../core/codec/link.ts";
import { useAppStoreApi } from "../app/useAppStore.ts";
import { unappliedSentence } from "../app/useUnapplied.ts";
import { copyText } from "../exports/copyText.ts";
import type { Sharing } from "./startSharing.ts";

/**
 * Copies the share URL (the current design in the fragment) and shows it, selectable, with its
 * length. Links over LINK_WARN_LENGTH characters are copied too, with a warning that chat tools
 * and tickets may cut them. While a field holds refused text the message says the link carries
 * the last applied design.
 */
export function CopyLinkButton({ sharing }: { sharing: Sharing }) {
  const store = useAppStoreApi();
  const copy = async () => {
    const url = sharing.shareUrl();
    const copied = await copyText(url);
    const labels = Object.values(store.getState().view.invalidFields).map((f) => f.label);
    const stale =
      labels.length > 0 ? ` It carries the last applied design: ${unappliedSentence(labels)}.` : "";
    const push = sharing.messages.getState().push;
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
    <button type="button" onClick={() => void copy()}>
      Copy link
    </button>
  );
}
