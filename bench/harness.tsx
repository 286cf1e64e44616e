import { useState } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import { defaultDesign } from "../src/core/design/defaults.ts";
import type { Design } from "../src/core/design/schema.ts";
import type { Finding } from "../src/core/rules/finding.ts";
import { compareRenderers, type RendererTimes } from "./compareRenderers.ts";
import { TreemapView } from "../src/ui/treemap/TreemapView.tsx";

/** What the bench and the e2e spec drive: set a design (rendered synchronously) and read back clicks. */
export interface HarnessApi {
  set(design: Design, findings?: Finding[]): void;
  /** Unmounts the treemap, so the next `set` is a first render. */
  clear(): void;
  findingClicks: Finding[];
  selectedId: string | undefined;
  /** Times canvas against SVG drawing of the same cells (aggregated, and one rect per unit). */
  compareRenderers(design: Design): RendererTimes;
}

declare global {
  interface Window {
    __tm: HarnessApi;
    /** A one-range design to reset to before timing a first render. */
    __tm_blank: Design;
  }
}

type State = { design: Design; findings: Finding[] } | undefined;
let setState: (s: State) => void = () => undefined;

function Harness() {
  const [state, set] = useState<State>({ design: defaultDesign(), findings: [] });
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  setState = set;
  window.__tm.selectedId = selectedId;
  const onFinding = (f: Finding): void => {
    window.__tm.findingClicks.push(f);
  };
  if (!state) return <main />;
  return (
    <main>
      <TreemapView
        design={state.design}
        findings={state.findings}
        selectedId={selectedId}
        onSelect={setSelectedId}
        onFindingClick={onFinding}
      />
    </main>
  );
}

window.__tm_blank = { ...defaultDesign(), nodes: { ...defaultDesign().nodes, networks: [] } };
window.__tm = {
  set: (design, findings = []) => flushSync(() => setState({ design, findings })),
  clear: () => flushSync(() => setState(undefined)),
  findingClicks: [],
  selectedId: undefined,
  compareRenderers,
};
const el = document.getElementById("root");
if (el) createRoot(el).render(<Harness />);
