import { useEffect } from "react";
import { useAppStore } from "./useAppStore.ts";

/**
 * Applies the theme preference to <html data-theme="light|dark">, following
 * prefers-color-scheme (and its changes) when the preference is "system".
 */
export function useTheme(): void {
  const theme = useAppStore((s) => s.prefs.theme);
  useEffect(() => {
    const root = document.documentElement;
    const query = window.matchMedia?.("(prefers-color-scheme: dark)");
    const apply = () => {
      const resolved = theme === "system" ? (query?.matches ? "dark" : "light") : theme;
      root.dataset.theme = resolved;
      root.style.colorScheme = resolved;
    };
    apply();
    if (theme !== "system" || !query) return undefined;
    query.addEventListener("change", apply);
    return () => query.removeEventListener("change", apply);
  }, [theme]);
}
