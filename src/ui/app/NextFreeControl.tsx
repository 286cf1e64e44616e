import { useId, useState, type FormEvent } from "react";
import { NEW_RANGE_LABEL, addRangeAs, type NewRangeRole } from "../../core/design/addRangeAs.ts";
import { bitsOf, familyLabel, type Family } from "../../core/ip/family.ts";
import { formatPrefix } from "../../core/ip/prefix.ts";
import { nextFreeInDesign } from "../../core/solve/nextFreeInDesign.ts";
import { otherClustersRanges } from "../../store/otherClusters.ts";
import { parseInteger } from "../controls/parseInteger.ts";
import { useActions, useAppStore, useAppStoreApi } from "./useAppStore.ts";

const ROLES = Object.keys(NEW_RANGE_LABEL) as NewRangeRole[];

/**
 * "Next free /N" for the whole map: a family, a prefix length and a role; Preview shows on the
 * map where core's `nextFreeInDesign` puts it (clear of every range of the design, the
 * special-purpose table and the platform's reserved ranges), and Take adds it as one undo step.
 */
export function NextFreeControl() {
  const store = useAppStoreApi();
  const families = useAppStore((s) => s.design.ipFamilies);
  const actions = useActions();
  const id = useId();
  const [familyPick, setFamily] = useState<Family | undefined>(undefined);
  const family = familyPick && families.includes(familyPick) ? familyPick : families[0]!;
  const [length, setLength] = useState(family === "ipv4" ? "24" : "64");
  const [role, setRole] = useState<NewRangeRole>("node-network");
  const [error, setError] = useState<string | undefined>(undefined);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const n = parseInteger(length.replace(/^\//, ""), 8, bitsOf(family));
    if (!n.ok) return setError(n.error);
    const state = store.getState();
    const design = state.design;
    const block = nextFreeInDesign(design, family, n.value, otherClustersRanges(state));
    if (!block.ok) return setError(block.error);
    const cidr = formatPrefix(block.value);
    const added = addRangeAs(design, role, cidr);
    if (!added.ok) return setError(added.error);
    setError(undefined);
    actions.showPreview({
      source: "next-free",
      title: `Next free /${n.value}: ${cidr} as ${NEW_RANGE_LABEL[role].toLowerCase()}`,
      design: added.value.design,
      lines: [
        {
          label: `${NEW_RANGE_LABEL[role]} (${familyLabel(family)})`,
          cidr,
          reason:
            "the first free block of that size outside every range of the design (and of the other clusters) and the special-purpose ranges",
        },
      ],
    });
  };

  return (
    <form className="next-free" onSubmit={submit} noValidate aria-label="Next free block">
      {families.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-family`}>Family</label>
          <select
            id={`${id}-family`}
            value={family}
            onChange={(e) => setFamily(e.target.value as Family)}
          >
            {families.map((f) => (
              <option key={f} value={f}>
                {familyLabel(f)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className={`field field-number${error ? " field-invalid" : ""}`}>
        <label htmlFor={`${id}-n`}>Next free /N</label>
        <input
          id={`${id}-n`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          value={length}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setLength(e.target.value);
            setError(undefined);
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-role`}>Add as</label>
        <select
          id={`${id}-role`}
          value={role}
          onChange={(e) => setRole(e.target.value as NewRangeRole)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {NEW_RANGE_LABEL[r]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">Preview</button>
      {error && (
        <p id={`${id}-error`} className="field-error next-free-error">
          <span aria-hidden="true">✖ </span>
          {error}
        </p>
      )}
    </form>
  );
}
