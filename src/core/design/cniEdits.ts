import { AWS_VPC_IPAM_MODES, AZURE_CNI_IPAM_MODES } from "../cloud/cniSchemas.ts";
import type { KeepSettings } from "../cloud/platformDefaults.ts";
import { withFixedSettings } from "../cni/fixedSettings.ts";
import { chooseCni, type CniChoice } from "./chooseCni.ts";
import { settleEdit } from "./settleEdit.ts";
import { defaultCni } from "./defaults.ts";
import type { Edit } from "./edit.ts";
import {
  CALICO_IPAM_MODES,
  CILIUM_IPAM_MODES,
  cniSchema,
  type Cni,
  type CniKind,
  type Design,
} from "./schema.ts";
import { fail, ok, type Result } from "../result.ts";

/** Settings of the current CNI that a user may change, by kind (the kind itself stays). */
export type CniPatch =
  | Partial<Omit<Extract<Cni, { kind: "cilium" }>, "kind">>
  | Partial<Omit<Extract<Cni, { kind: "calico" }>, "kind">>
  | Partial<Omit<Extract<Cni, { kind: "flannel" }>, "kind">>
  | Partial<Omit<Extract<Cni, { kind: "azure-overlay" }>, "kind">>
  | Partial<Omit<Extract<Cni, { kind: "aws-vpc" }>, "kind">>
  | Partial<Omit<Extract<Cni, { kind: "gke" }>, "kind">>
  | Partial<Omit<Extract<Cni, { kind: "azure-cni" }>, "kind">>;

/** The managed-platform kinds that start from their platform's defaults when picked in the app. */
const PLATFORM_DEFAULT_KINDS: readonly CniKind[] = [
  "aws-vpc",
  "gke",
  "aks-kubenet",
  "azure-cni",
  "azure-overlay",
];

/**
 * The CNI with the IPAM mode named by `ipam` (text from a user), or a message naming the modes
 * the kind has. Only the mode changes: other options stay for the rules to judge.
 */
export function withIpamMode(cni: Cni, ipam: string): Result<Cni> {
  switch (cni.kind) {
    case "cilium": {
      const mode = CILIUM_IPAM_MODES.find((m) => m === ipam);
      return mode
        ? ok({ ...cni, ipam: mode })
        : fail(`"${ipam}" is not a Cilium IPAM mode; use one of ${CILIUM_IPAM_MODES.join(", ")}`);
    }
    case "calico": {
      const mode = CALICO_IPAM_MODES.find((m) => m === ipam);
      return mode
        ? ok({ ...cni, ipam: mode })
        : fail(`"${ipam}" is not a Calico IPAM mode; use one of ${CALICO_IPAM_MODES.join(", ")}`);
    }
    case "aws-vpc": {
      const mode = AWS_VPC_IPAM_MODES.find((m) => m === ipam);
      return mode
        ? ok({ ...cni, ipam: mode })
        : fail(
            `"${ipam}" is not an Amazon VPC CNI mode; use one of ${AWS_VPC_IPAM_MODES.join(", ")}`,
          );
    }
    case "azure-cni": {
      const mode = AZURE_CNI_IPAM_MODES.find((m) => m === ipam);
      return mode
        ? ok({ ...cni, ipam: mode })
        : fail(`"${ipam}" is not an Azure CNI mode; use one of ${AZURE_CNI_IPAM_MODES.join(", ")}`);
    }
    default:
      return fail(`the CNI "${cni.kind}" has no IPAM modes to choose`);
  }
}

/**
 * Switches to another CNI kind, starting from that kind's defaults (reference/cni.md) with the
 * IPAM mode `ipam` when given, through `chooseCni` (which repairs refused option combinations
 * and fixes the Azure CNI Overlay /24 node mask, each with a note).
 */
export function switchCni(
  d: Design,
  kind: CniKind,
  ipam?: string,
  platformDefaults?: KeepSettings,
): Result<CniChoice> {
  let cni = defaultCni(kind);
  if (ipam !== undefined) {
    const moded = withIpamMode(cni, ipam);
    if (!moded.ok) return moded;
    cni = moded.value;
  }
  return ok(chooseCni(d, cni, platformDefaults));
}

/** A CNI choice as an edit, its notes joined into the edit's note. */
function choiceEdit({ design, notes }: CniChoice): Edit {
  return notes.length > 0 ? { design, note: notes.join("; ") } : { design };
}

/** A CNI choice made in the app, settled (`settleEdit`) against the design before it. */
function settledChoice(before: Design, choice: CniChoice): Edit {
  const settled = settleEdit(before, choice.design);
  return choiceEdit({ design: settled.design, notes: [...choice.notes, ...settled.notes] });
}

/**
 * The app's CNI picker: switchCni to a new kind; picking the current kind changes nothing. EKS,
 * GKE, AKS kubenet and Azure CNI bring their platform's defaults (Service and pod ranges, max
 * pods), each named in the note, as the CLI's --cni does; then `settleEdit` sizes and moves what
 * the switch made wrong (families the mode does not serve, Calico's block size, node networks).
 */
export function setCni(d: Design, kind: CniKind): Result<Edit> {
  if (d.cni.kind === kind) return ok({ design: d });
  const choice = switchCni(
    d,
    kind,
    undefined,
    PLATFORM_DEFAULT_KINDS.includes(kind) ? {} : undefined,
  );
  return choice.ok ? ok(settledChoice(d, choice.value)) : choice;
}

/**
 * Changes settings of the current CNI; keys that do not belong to its kind are refused. A new IPAM
 * mode goes through `chooseCni`, which repairs the options that mode refuses (with a note); any
 * other option brings the settings it fixes (`withFixedSettings`: GKE Autopilot's 32 pods, the
 * GKE-managed Service range), each with a note. A new IPAM mode is then settled, as for `setCni`.
 */
export function setCniOption(d: Design, patch: CniPatch): Result<Edit> {
  // The kind's schema keys: optional settings (a data plane, a pod subnet) may be set too.
  const schema = cniSchema.def.options.find((o) => o.shape.kind.def.values[0] === d.cni.kind);
  const allowed = new Set(Object.keys(schema?.shape ?? d.cni));
  const foreign = Object.keys(patch).filter((k) => !allowed.has(k) || k === "kind");
  if (foreign.length > 0) return fail(`${d.cni.kind} has no setting ${foreign.join(", ")}`);
  const parsed = cniSchema.safeParse({ ...d.cni, ...patch });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(`cni.${issue?.path.join(".") ?? ""}: ${issue?.message ?? "invalid"}`);
  }
  const cni = parsed.data;
  const newMode = "ipam" in patch && patch.ipam !== (d.cni as { ipam?: string }).ipam;
  // A new IPAM mode brings defaults (settled); any other option is the user's explicit choice,
  // whose consequences the rules report.
  return ok(
    newMode ? settledChoice(d, chooseCni(d, cni)) : choiceEdit(withFixedSettings({ ...d, cni })),
  );
}
