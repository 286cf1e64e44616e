import { useEffect } from "react";
import { useAppStore } from "./useAppStore.ts";

/** The app's name, the tab title's suffix. */
export const APP_TITLE = "k8s-subnet-designer";

/** Names the design in the browser tab: "my-cluster — k8s-subnet-designer". */
export function useDocumentTitle(): void {
  const name = useAppStore((s) => s.design.name);
  useEffect(() => {
    document.title = name.trim() === "" ? APP_TITLE : `${name} — ${APP_TITLE}`;
  }, [name]);
}
