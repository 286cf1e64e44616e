import type { Theme } from "../../store/prefs.ts";
import { useActions, useAppStore } from "./useAppStore.ts";

const THEMES: readonly { value: Theme; label: string }[] = [
  { value: "system", label: "System" },
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
];

/** The theme preference: system, light or dark. */
export function ThemeSelect() {
  const theme = useAppStore((s) => s.prefs.theme);
  const actions = useActions();
  return (
    <div className="header-control">
      <label htmlFor="theme-select">Theme</label>
      <select
        id="theme-select"
        value={theme}
        onChange={(e) => {
          const t = THEMES.find((x) => x.value === e.target.value);
          if (t) actions.setTheme(t.value);
        }}
      >
        {THEMES.map((t) => (
          <option key={t.value} value={t.value}>
            {t.label}
          </option>
        ))}
      </select>
    </div>
  );
}
