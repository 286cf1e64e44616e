import { useMemo, useState } from "react";
import type { Design } from "../../core/design/schema.ts";
import { bitsOf, type Family } from "../../core/ip/family.ts";
import { contains, formatPrefix, parsePrefix, type Prefix } from "../../core/ip/prefix.ts";
import { parseMapRoot } from "../../layout/mapRoot.ts";
import { buildPlanScene, type OtherClusters } from "../../layout/planScene.ts";
import { buildScene, type Scene } from "../../layout/scene.ts";
import type { Cell } from "../../layout/visibleCells.ts";
import { canvasMeasure } from "./labels.ts";

/** How a family's map is drawn at its top level. */
export type MapMode = "plan" | "scale";

/** One step of the drill path: its label and the path that goes back to it. */
export interface Step {
  label: string;
  path: string[];
}

/** A map's navigation: the scene in view and the ways to move between levels. */
export interface MapNavigation {
  mode: MapMode;
  setMode: (mode: MapMode) => void;
  /** The scene in view (plan, true scale, or a drilled-in block), undefined with no range. */
  scene: Scene | undefined;
  /** The plan view's scene (for finding ranges and gaps whatever level is shown). */
  plan: Scene | undefined;
  /** The height the map needs (the plan view's rows), or undefined to keep the CSS height. */
  wantHeight: number | undefined;
  steps: Step[];
  rootText: string;
  setRootText: (text: string) => void;
  /** Whether `cell` can be opened (drilled into). */
  canOpen: (cell: Cell | undefined) => boolean;
  open: (cell: Cell | undefined) => void;
  up: () => void;
  goTo: (path: string[]) => void;
}

/**
 * The navigation state of one family's map, kept in the map (view state: never undoable, never in
 * the design or its link; see docs/adr/0030). At the top the map shows the plan view (every range
 * in address order, gaps collapsed) or, one toggle away, the true-scale view of the smallest block
 * holding every range (or the "Map root" the user typed). Opening a cell drills into its block at
 * true scale; every scene is rebuilt from the design, so the view follows edits. The plan view
 * draws `others` (a plan's other clusters' ranges) too; they are not opened (the true-scale and
 * drilled views show the active cluster only).
 */
export function useMapNavigation(
  design: Design,
  family: Family,
  width: number,
  height: number,
  onMove: () => void,
  others?: OtherClusters,
): MapNavigation {
  const [mode, setModeState] = useState<MapMode>("plan");
  const [path, setPath] = useState<string[]>([]);
  const [rootText, setRootTextState] = useState("");
  const budget = useMemo(() => {
    const parsed = parseMapRoot(rootText, family);
    return parsed.ok ? parsed.value : undefined;
  }, [rootText, family]);
  const plan = useMemo(
    () => (width > 0 ? buildPlanScene(design, family, width, canvasMeasure(), others) : undefined),
    [design, family, width, others],
  );
  const drilled = useMemo(() => {
    const out: Prefix[] = [];
    for (const p of path) {
      const parsed = parsePrefix(p);
      if (parsed.ok && parsed.value.prefix.family === family) out.push(parsed.value.prefix);
    }
    return out;
  }, [path, family]);
  const view = drilled[drilled.length - 1];
  const scene = useMemo(() => {
    if (width <= 0) return undefined;
    if (!view && mode === "plan") return plan;
    if (height <= 0) return undefined;
    return buildScene(design, family, width, height, view, mode === "scale" ? budget : undefined);
  }, [design, family, width, height, view, mode, budget, plan]);
  const top = mode === "plan" ? "Plan" : scene ? formatPrefix(scene.familyRoot) : "Map";
  const steps: Step[] = [
    { label: top, path: [] },
    ...drilled.map((p, i) => ({ label: formatPrefix(p), path: path.slice(0, i + 1) })),
  ];
  const goTo = (next: string[]): void => {
    setPath(next);
    onMove();
  };
  const targetOf = (cell: Cell | undefined): Prefix | undefined => {
    if (!cell || !scene || cell.span || cell.item?.cluster) return undefined;
    const target =
      cell.item && (scene.mode === "plan" || !contains(cell.item.prefix, scene.root))
        ? cell.item.prefix
        : cell.prefix;
    if (target.length >= bitsOf(family)) return undefined;
    if (
      scene.mode === "scale" &&
      target.length === scene.root.length &&
      target.network === scene.root.network
    )
      return undefined;
    return target;
  };
  return {
    mode,
    setMode: (next) => {
      setModeState(next);
      goTo([]);
    },
    scene,
    plan,
    wantHeight: !view && mode === "plan" ? plan?.height : undefined,
    steps,
    rootText,
    setRootText: (text) => {
      setRootTextState(text);
      goTo([]);
    },
    canOpen: (cell) => targetOf(cell) !== undefined,
    open: (cell) => {
      const target = targetOf(cell);
      if (target) goTo([...path, formatPrefix(target)]);
    },
    up: () => {
      if (path.length > 0) goTo(path.slice(0, -1));
      else onMove();
    },
    goTo,
  };
}
