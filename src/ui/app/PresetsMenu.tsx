import { useState } from "react";
import { PRESETS } from "../../core/design/presets.ts";
import { useActions } from "./useAppStore.ts";

/** Choose a preset and load it (one undo step). */
export function PresetsMenu() {
  const actions = useActions();
  const [choice, setChoice] = useState(PRESETS[0]?.id ?? "");
  const preset = PRESETS.find((p) => p.id === choice);
  return (
    <div className="header-control presets">
      <label htmlFor="preset-select">Preset</label>
      <select
        id="preset-select"
        value={choice}
        aria-describedby="preset-description"
        onChange={(e) => setChoice(e.target.value)}
      >
        {PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => actions.loadPreset(choice)}>
        Load preset
      </button>
      <span id="preset-description" className="visually-hidden">
        {preset?.description}
      </span>
    </div>
  );
}
