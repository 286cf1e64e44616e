import { describeCni } from "../../core/cni/describeCni.ts";
import type { CniKind } from "../../core/design/schema.ts";
import { SelectField, type Choice } from "../controls/SelectField.tsx";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { CniModeOptions } from "./CniModeOptions.tsx";
import { Panel } from "./Panel.tsx";

const KINDS: readonly Choice<CniKind>[] = [
  { value: "generic", label: "Generic (node.spec.podCIDR, host-local)" },
  { value: "kubelet-standalone", label: "kubelet standalone (--pod-cidr)" },
  { value: "cilium", label: "Cilium" },
  { value: "calico", label: "Calico" },
  { value: "flannel", label: "Flannel" },
  { value: "azure-overlay", label: "Azure CNI Overlay (AKS)" },
];

/** The CNI and its IPAM mode, with what the mode means for addressing. */
export function CniPanel() {
  const cni = useAppStore((s) => s.design.cni);
  const actions = useActions();
  const descriptor = describeCni(cni);
  return (
    <Panel id="cni" title="CNI & IPAM" paths={["cni"]}>
      <SelectField
        path="cni.kind"
        label="CNI"
        value={cni.kind}
        choices={KINDS}
        onChange={actions.setCni}
      />
      <CniModeOptions cni={cni} />
      <div className="cni-notes" aria-label={`About ${descriptor.label}`} role="note">
        <p className="cni-notes-title">{descriptor.label}</p>
        <ul>
          {descriptor.notes.map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      </div>
    </Panel>
  );
}
