import { PRESETS } from "../../core/design/presets.ts";
import { presetStatus } from "../../store/presetStatus.ts";
import { useSharing } from "../sharing/useSharing.ts";
import { useActions, useAppStore } from "./useAppStore.ts";

/**
 * The Preset box: choosing a preset loads it at once (one undo step) and says so with an Undo
 * button in the status line. The box names the preset the design equals, "<preset>, edited" or
 * "Custom", with the one-line description visible under it.
 */
export function PresetsMenu() {
  const actions = useActions();
  const sharing = useSharing();
  const design = useAppStore((s) => s.design);
  const history = useAppStore((s) => s.history);
  const origin = useAppStore((s) => s.view.presetOrigin);
  const status = presetStatus(design, history, origin);

  const choose = (id: string) => {
    const preset = PRESETS.find((p) => p.id === id);
    if (!preset || !actions.loadPreset(id).ok) return;
    sharing.messages.getState().push({
      tone: preset.showsError ? "warning" : "success",
      topic: "preset",
      text: `Loaded the ${preset.label} preset. ${preset.description}`,
      action: { label: "Undo", run: actions.undo },
      timeoutMs: preset.showsError ? undefined : 8000,
    });
  };

  return (
    <div className="header-control presets">
      <label htmlFor="preset-select">Preset</label>
      <div className="presets-choice">
        <select
          id="preset-select"
          value={status.id ?? ""}
          aria-describedby="preset-description"
          onChange={(e) => choose(e.target.value)}
        >
          {status.id === undefined && (
            <option value="" disabled>
              {status.label}
            </option>
          )}
          {PRESETS.map((p) => (
            <option key={p.id} value={p.id} title={p.description}>
              {p.label}
            </option>
          ))}
        </select>
        <span id="preset-description" className="preset-description" title={status.description}>
          {status.description}
        </span>
      </div>
    </div>
  );
}
