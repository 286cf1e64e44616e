import { LINK_WARN_LENGTH } from "../../core/codec/link.ts";
import { copyText } from "../exports/copyText.ts";
import type { Sharing } from "./startSharing.ts";

/**
 * Copies the share URL (the current design in the fragment). Links over LINK_WARN_LENGTH
 * characters are copied too, with a warning that chat tools and tickets may cut them.
 */
export function CopyLinkButton({ sharing }: { sharing: Sharing }) {
  const copy = async () => {
    const url = sharing.shareUrl();
    const copied = await copyText(url);
    const push = sharing.messages.getState().push;
    if (!copied) {
      push({
        tone: "error",
        topic: "link",
        text: "The browser refused to copy the link. Copy it from the address bar instead.",
      });
    } else if (url.length > LINK_WARN_LENGTH) {
      push({
        tone: "warning",
        topic: "link",
        text: `Link copied, but it is ${url.length} characters long (over ${LINK_WARN_LENGTH}); some chat tools and tickets cut long links. Download design shares it as a file instead.`,
      });
    } else {
      push({
        tone: "success",
        topic: "link",
        text: `Link copied (${url.length} characters).`,
        timeoutMs: 5000,
      });
    }
  };
  return (
    <button type="button" onClick={() => void copy()}>
      Copy link
    </button>
  );
}
