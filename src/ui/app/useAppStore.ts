import { useContext } from "react";
import { useStore } from "zustand";
import type { AppActions, AppState, AppStore } from "../../store/createAppStore.ts";
import { AppStoreContext } from "./storeContext.ts";

/** The store instance of the surrounding AppStoreProvider; throws outside one (a programming error). */
export function useAppStoreApi(): AppStore {
  const store = useContext(AppStoreContext);
  if (!store) throw new Error("useAppStore must be used inside <AppStoreProvider>");
  return store;
}

/** Subscribes to a slice of the app state; re-renders when the selected value changes (Object.is). */
export function useAppStore<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStoreApi(), selector);
}

/** The store's actions (a stable object). */
export function useActions(): AppActions {
  return useAppStore((s) => s.actions);
}
