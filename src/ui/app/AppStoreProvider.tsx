import { useState, type ReactNode } from "react";
import { createAppStore, type AppStore } from "../../store/createAppStore.ts";
import { AppStoreContext } from "./storeContext.ts";

/** Supplies one store to the tree: the given one, or a fresh default store made once. */
export function AppStoreProvider({ store, children }: { store?: AppStore; children: ReactNode }) {
  const [instance] = useState(() => store ?? createAppStore());
  return <AppStoreContext value={instance}>{children}</AppStoreContext>;
}
