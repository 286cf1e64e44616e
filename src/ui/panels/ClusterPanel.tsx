import type { Family } from "../../core/ip/family.ts";
import { familyModesFor, servesFamilies, type FamilyMode } from "../../core/cni/familyModes.ts";
import { FlagText } from "../controls/FlagText.tsx";
import { SelectField, type Choice } from "../controls/SelectField.tsx";
import { TextField } from "../controls/TextField.tsx";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { Panel } from "./Panel.tsx";
import { ImportOrigins } from "./ImportOrigins.tsx";

const VERSIONS = ["1.29", "1.30", "1.31", "1.32", "1.33", "1.34", "1.35", "1.36"];

const FAMILY_MODES: readonly Choice<FamilyMode>[] = [
  { value: "ipv4", label: "IPv4" },
  { value: "ipv6", label: "IPv6" },
  { value: "dual", label: "Dual-stack" },
];

const PRIMARY: readonly Choice<Family>[] = [
  { value: "ipv4", label: "IPv4 first" },
  { value: "ipv6", label: "IPv6 first" },
];

/** Cluster name, target Kubernetes version and IP families. */
export function ClusterPanel() {
  const name = useAppStore((s) => s.design.name);
  const version = useAppStore((s) => s.design.kubernetesVersion);
  const families = useAppStore((s) => s.design.ipFamilies);
  const served = familyModesFor(useAppStore((s) => s.design.cni));
  const actions = useActions();
  const mode: FamilyMode = families.length === 2 ? "dual" : (families[0] ?? "ipv4");
  const primary = families[0] ?? "ipv4";
  const versions = VERSIONS.includes(version) ? VERSIONS : [version, ...VERSIONS];

  return (
    <Panel id="cluster" title="Cluster" paths={["name", "kubernetesVersion", "ipFamilies"]}>
      <TextField path="name" label="Cluster name" value={name} onCommit={actions.setName} />
      <div className="field-row">
        <SelectField
          path="kubernetesVersion"
          label="Kubernetes version"
          value={version}
          choices={versions.map((v) => ({ value: v, label: v }))}
          onChange={(v) => actions.setKubernetesVersion(v)}
        />
        <SelectField
          path="ipFamilies"
          label="IP families"
          value={mode}
          choices={FAMILY_MODES.filter((c) => c.value === mode || served.modes.includes(c.value))}
          onChange={(m) => actions.setIpFamilies(m, m === "dual" ? primary : m)}
          hint={served.reason && <FlagText text={served.reason} />}
        />
        {mode === "dual" && (
          <SelectField
            path="ipFamilies.primary"
            label="Primary family"
            value={primary}
            choices={PRIMARY.filter(
              (c) => c.value === primary || servesFamilies(served, "dual", c.value),
            )}
            onChange={(p) => actions.setIpFamilies("dual", p)}
          />
        )}
      </div>
      <ImportOrigins paths={["name", "kubernetesVersion", "ipFamilies"]} />
    </Panel>
  );
}
