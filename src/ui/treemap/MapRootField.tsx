import { useId } from "react";
import { familyLabel, type Family } from "../../core/ip/family.ts";
import { formatPrefix, type Prefix } from "../../core/ip/prefix.ts";
import { outsideRoot, parseMapRoot } from "../../layout/mapRoot.ts";
import type { RangeItem } from "../../layout/rangeItems.ts";

/** Props of the map root field: the family, its ranges, and the field text owned by the map. */
export interface MapRootFieldProps {
  family: Family;
  items: readonly RangeItem[];
  text: string;
  onText: (text: string) => void;
}

/**
 * The "Map root" field of one family's map: a budget block the map shows instead of the smallest
 * block holding every range (view state only, never part of the design or its link). Validated
 * inline; ranges outside it are listed in a note. Shown in the true-scale view only (the plan view
 * shows every range whatever their spread).
 */
export function MapRootField({ family, items, text, onText }: MapRootFieldProps) {
  const id = useId();
  const label = familyLabel(family);
  const parsed = parseMapRoot(text, family);
  const budget: Prefix | undefined = parsed.ok ? parsed.value : undefined;
  const outside = budget ? outsideRoot(items, budget) : [];
  return (
    <div className="tm-rootbar">
      <label htmlFor={`${id}-root`}>{label} map root</label>
      <input
        id={`${id}-root`}
        type="text"
        spellCheck={false}
        autoComplete="off"
        placeholder={family === "ipv4" ? "e.g. 10.0.0.0/8" : "e.g. fd00::/48"}
        value={text}
        aria-invalid={!parsed.ok}
        aria-describedby={`${id}-root-note`}
        onChange={(e) => onText(e.target.value)}
      />
      {text !== "" && (
        <button type="button" onClick={() => onText("")}>
          Clear root
        </button>
      )}
      <p id={`${id}-root-note`} className="tm-root-note" role="status">
        {!parsed.ok
          ? `${parsed.error}; the map shows the smallest block holding every range.`
          : outside.length > 0
            ? `Outside the map: ${outside.map((i) => `${i.name} ${i.span ? i.source : formatPrefix(i.prefix)}`).join(", ")}.`
            : ""}
      </p>
    </div>
  );
}
