import type { NamedCidr } from "../../core/design/schema.ts";
import { NamedRangeList } from "../controls/NamedRangeList.tsx";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { Panel } from "./Panel.tsx";

/** Ranges people commonly need to keep clear of (reference/kubernetes.md section 8). */
const COMMON: readonly (NamedCidr & { label: string })[] = [
  { label: "Docker bridge", name: "docker-bridge", cidr: "172.17.0.0/16" },
  { label: "Link-local / metadata", name: "link-local", cidr: "169.254.0.0/16" },
  { label: "CGNAT", name: "cgnat", cidr: "100.64.0.0/10" },
  { label: "Docker default pools", name: "docker-pools", cidr: "172.16.0.0/12" },
  { label: "Office LAN", name: "office-lan", cidr: "192.168.0.0/16" },
];

/** Networks the cluster must never overlap, with quick-add buttons for the usual suspects. */
export function ExternalRangesPanel() {
  const ranges = useAppStore((s) => s.design.externalRanges);
  const actions = useActions();
  const present = new Set(ranges.map((r) => r.cidr));
  return (
    <Panel id="external" title="External ranges" paths={["externalRanges"]} rows={ranges.length}>
      <fieldset className="list-fieldset">
        <legend>Networks the cluster must not overlap (VPC peers, on-prem, VPN)</legend>
        <NamedRangeList
          basePath="externalRanges"
          valueKey="cidr"
          noun="external range"
          valueLabel="CIDR"
          rows={ranges.map((r) => ({ name: r.name, value: r.cidr }))}
          onName={(i, name, g) => actions.updateExternalRange(i, { name }, g)}
          onValue={(i, cidr, g) => actions.updateExternalRange(i, { cidr }, g)}
          onRemove={actions.removeExternalRange}
          onAdd={() => actions.addExternalRange()}
          empty="None yet."
        />
      </fieldset>
      <div className="quick-add" role="group" aria-label="Quick add external range">
        {COMMON.map((c) => (
          <button
            key={c.cidr}
            type="button"
            className="chip"
            disabled={present.has(c.cidr)}
            onClick={() => actions.addExternalRange({ name: c.name, cidr: c.cidr })}
          >
            + {c.label} <code>{c.cidr}</code>
          </button>
        ))}
      </div>
    </Panel>
  );
}
