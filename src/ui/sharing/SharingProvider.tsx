import type { ReactNode } from "react";
import { SharingContext } from "./sharingContext.ts";
import type { Sharing } from "./startSharing.ts";

/** Supplies the app's running sharing (from startSharing) to the toolbar and message area. */
export function SharingProvider({ sharing, children }: { sharing: Sharing; children: ReactNode }) {
  return <SharingContext value={sharing}>{children}</SharingContext>;
}
