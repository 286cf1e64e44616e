import { useId } from "react";
import type { CellKind } from "../../layout/scene.ts";
import { KIND_LABEL } from "./kindLabels.ts";
import { KIND_STYLE, PATTERN_TILE, patternInk } from "./kindStyles.ts";
import type { Colours } from "./palette.ts";
import { usePaintedKinds, type PaintedKinds } from "./paintedKinds.ts";

/** Legend order: the kinds in KIND_STYLE's order (ranges, node subnets, addresses). */
const ORDER = Object.keys(KIND_STYLE) as CellKind[];

/** What a legend entry says (a few kinds say how they are drawn). */
const TEXT: Partial<Record<CellKind, string>> = {
  overlap: "Overlap (hatched, outlined)",
};

/** One kind's swatch: its fill with its pattern, as the map draws it. */
function Swatch({ kind, colours, id }: { kind: CellKind; colours: Colours; id: string }) {
  const fill = colours.fill[kind];
  const pattern = KIND_STYLE[kind].pattern;
  const tile = pattern === "solid" ? undefined : PATTERN_TILE[pattern];
  const overlap = kind === "overlap";
  return (
    <svg className="tm-swatch" width="16" height="16" viewBox="0 0 16 16" aria-hidden="true">
      {tile && (
        <defs>
          <pattern id={id} width={tile.size} height={tile.size} patternUnits="userSpaceOnUse">
            {!overlap && <rect width={tile.size} height={tile.size} fill={fill} />}
            <path
              d={tile.d}
              stroke={overlap ? fill : patternInk(fill)}
              strokeWidth={tile.width}
              strokeLinecap={tile.cap}
              fill="none"
            />
          </pattern>
        </defs>
      )}
      <rect
        x="0.5"
        y="0.5"
        width="15"
        height="15"
        fill={tile ? `url(#${id})` : fill}
        stroke={overlap ? fill : "currentColor"}
        strokeOpacity={overlap ? 1 : 0.35}
        strokeWidth={overlap ? 2 : 1}
      />
    </svg>
  );
}

/** Props of a map's legend: the kinds its current view draws, and the theme's colours. */
export interface LegendProps {
  label: string;
  kinds: ReadonlySet<CellKind>;
  colours: Colours | undefined;
}

/**
 * The key of one map: only the kinds drawn in its current view (map root, drill level, visible
 * cells), each with the fill and pattern the map uses (KIND_STYLE), in a fixed order.
 */
export function Legend({ label, kinds, colours }: LegendProps) {
  const base = useId();
  if (!colours || kinds.size === 0) return null;
  return (
    <section className="tm-legend" aria-label={`${label} legend`}>
      <ul>
        {ORDER.filter((k) => kinds.has(k)).map((k) => (
          <li key={k} data-kind={k}>
            <Swatch kind={k} colours={colours} id={`${base}-${k}`} />
            {TEXT[k] ?? KIND_LABEL[k]}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A map's legend of the kinds its last paint drew (re-rendered alone when a paint changes them). */
export function PaintedLegend({
  kinds,
  ...rest
}: Omit<LegendProps, "kinds"> & { kinds: PaintedKinds }) {
  return <Legend {...rest} kinds={usePaintedKinds(kinds)} />;
}
