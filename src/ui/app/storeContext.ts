import { createContext } from "react";
import type { AppStore } from "../../store/createAppStore.ts";

/** The app instance's store; null outside an AppStoreProvider. */
export const AppStoreContext = createContext<AppStore | null>(null);
