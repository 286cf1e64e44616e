import { useState } from "react";
import type { ActionResult } from "../../store/createAppStore.ts";
import { describeCni } from "../../core/cni/describeCni.ts";
import type { CniKind } from "../../core/design/schema.ts";
import { SelectField, type Choice } from "../controls/SelectField.tsx";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { CniModeOptions } from "./CniModeOptions.tsx";
import { Panel } from "./Panel.tsx";
import { ImportOrigins } from "./ImportOrigins.tsx";

const KINDS: readonly Choice<CniKind>[] = [
  { value: "generic", label: "Generic (node.spec.podCIDR, host-local)" },
  { value: "kubelet-standalone", label: "kubelet standalone (--pod-cidr)" },
  { value: "cilium", label: "Cilium" },
  { value: "calico", label: "Calico" },
  { value: "flannel", label: "Flannel" },
  { value: "aws-vpc", label: "Amazon VPC CNI (EKS)" },
  { value: "gke", label: "GKE VPC-native" },
  { value: "azure-overlay", label: "Azure CNI Overlay (AKS)" },
  { value: "azure-cni", label: "Azure CNI, node or pod subnet (AKS)" },
  { value: "aks-kubenet", label: "kubenet (AKS, retiring)" },
];

/** The CNI and its IPAM mode, with what the mode means for addressing. */
export function CniPanel() {
  const cni = useAppStore((s) => s.design.cni);
  const actions = useActions();
  const descriptor = describeCni(cni);
  // What the last CNI or IPAM choice changed besides itself (e.g. the AKS /24 mask).
  const [note, setNote] = useState<string | undefined>();
  const noted = (result: ActionResult) => setNote(result.ok ? result.value.note : undefined);
  return (
    <Panel id="cni" title="CNI & IPAM" paths={["cni"]}>
      <SelectField
        path="cni.kind"
        label="CNI"
        value={cni.kind}
        choices={KINDS}
        onChange={(kind) => noted(actions.setCni(kind))}
      />
      <CniModeOptions cni={cni} onResult={noted} />
      <ImportOrigins paths={["cni"]} />
      <p className="field-note" role="status">
        {note}
      </p>
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
