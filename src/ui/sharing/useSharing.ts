import { useContext, useState } from "react";
import { linkCodec } from "../../store/linkCodec.ts";
import { useAppStoreApi } from "../app/useAppStore.ts";
import { createMessageStore } from "./messages.ts";
import { SharingContext } from "./sharingContext.ts";
import type { Sharing } from "./startSharing.ts";

/**
 * The running sharing of the app; without a SharingProvider (tests, embedding) a local one with
 * its own messages and a share URL built from the current location, so the toolbar still works.
 */
export function useSharing(): Sharing {
  const provided = useContext(SharingContext);
  const store = useAppStoreApi();
  const [local] = useState<Sharing>(() => ({
    messages: createMessageStore(),
    shareUrl: async () => {
      const codec = await linkCodec.load();
      return `${window.location.href.split("#")[0]}#${codec.encodePlanLink(store.getState().plan)}`;
    },
    stop: () => undefined,
  }));
  return provided ?? local;
}
