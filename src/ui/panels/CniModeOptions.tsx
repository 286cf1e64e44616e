import {
  CALICO_ENCAPSULATIONS,
  CALICO_IPAM_MODES,
  CILIUM_IPAM_MODES,
  FLANNEL_BACKENDS,
  type Cni,
} from "../../core/design/schema.ts";
import {
  CALICO_IPAM_DEFAULTS,
  CALICO_MAX_BLOCKS_LIMIT,
  calicoIpamSettings,
} from "../../core/cni/calico.ts";
import { CheckboxField } from "../controls/CheckboxField.tsx";
import { IntegerField } from "../controls/IntegerField.tsx";
import { SelectField } from "../controls/SelectField.tsx";
import type { ActionResult } from "../../store/createAppStore.ts";
import { useActions } from "../app/useAppStore.ts";
import { CloudCniOptions } from "./CloudCniOptions.tsx";

/** Receives the result of a mode change, whose note says what else it changed. */
type OnResult = (result: ActionResult) => void;

const choices = <T extends string>(values: readonly T[]) =>
  values.map((value) => ({ value, label: value }));

type Cilium = Extract<Cni, { kind: "cilium" }>;

function CiliumOptions({ cni, onResult }: { cni: Cilium; onResult: OnResult }) {
  const actions = useActions();
  return (
    <>
      <div className="field-row">
        <SelectField
          path="cni.ipam"
          label="IPAM mode (ipam.mode)"
          value={cni.ipam}
          choices={choices(CILIUM_IPAM_MODES)}
          onChange={(ipam) => onResult(actions.setCniOption({ ipam }))}
        />
        <SelectField
          path="cni.routingMode"
          label="Routing mode"
          value={cni.routingMode}
          choices={choices(["tunnel", "native"] as const)}
          onChange={(routingMode) => actions.setCniOption({ routingMode })}
        />
        {cni.routingMode === "tunnel" && (
          <SelectField
            path="cni.tunnelProtocol"
            label="Tunnel protocol"
            value={cni.tunnelProtocol}
            choices={choices(["vxlan", "geneve"] as const)}
            onChange={(tunnelProtocol) => actions.setCniOption({ tunnelProtocol })}
          />
        )}
      </div>
      {cni.ipam === "eni" && (
        <div className="field-row">
          <IntegerField
            path="cni.eni.enis"
            label="ENIs per node"
            value={cni.eni.enis}
            min={1}
            max={64}
            onCommit={(enis, g) => actions.setCniOption({ eni: { ...cni.eni, enis } }, g)}
          />
          <IntegerField
            path="cni.eni.ipsPerEni"
            label="IPv4 addresses per ENI"
            value={cni.eni.ipsPerEni}
            min={2}
            max={64}
            onCommit={(ipsPerEni, g) => actions.setCniOption({ eni: { ...cni.eni, ipsPerEni } }, g)}
          />
          <CheckboxField
            path="cni.eni.prefixDelegation"
            label="Prefix delegation (/28)"
            checked={cni.eni.prefixDelegation}
            onChange={(prefixDelegation) =>
              actions.setCniOption({ eni: { ...cni.eni, prefixDelegation } })
            }
          />
        </div>
      )}
    </>
  );
}

type Calico = Extract<Cni, { kind: "calico" }>;

/**
 * Calico's settings: IPAM, encapsulation, BGP, and with Calico IPAM the IPAMConfiguration's
 * maxBlocksPerHost and strictAffinity (Calico's defaults from core/cni/calico.ts when unset).
 */
function CalicoOptions({ cni, onResult }: { cni: Calico; onResult: OnResult }) {
  const actions = useActions();
  const ipamConfig = calicoIpamSettings(cni);
  return (
    <>
      <div className="field-row">
        <SelectField
          path="cni.ipam"
          label="IPAM"
          value={cni.ipam}
          choices={choices(CALICO_IPAM_MODES)}
          onChange={(ipam) => onResult(actions.setCniOption({ ipam }))}
        />
        <SelectField
          path="cni.encapsulation"
          label="Encapsulation"
          value={cni.encapsulation}
          choices={choices(CALICO_ENCAPSULATIONS)}
          onChange={(encapsulation) => actions.setCniOption({ encapsulation })}
        />
        <CheckboxField
          path="cni.bgp"
          label="BGP"
          checked={cni.bgp}
          onChange={(bgp) => actions.setCniOption({ bgp })}
        />
      </div>
      {cni.ipam === "calico-ipam" && (
        <div className="field-row">
          <IntegerField
            path="cni.maxBlocksPerHost"
            label="Max blocks per node (maxBlocksPerHost)"
            value={ipamConfig.maxBlocksPerHost}
            min={0}
            max={CALICO_MAX_BLOCKS_LIMIT}
            hint={`0 means no limit; Calico's default is ${CALICO_IPAM_DEFAULTS.maxBlocksPerHost}.`}
            onCommit={(maxBlocksPerHost, g) => actions.setCniOption({ maxBlocksPerHost }, g)}
          />
          <CheckboxField
            path="cni.strictAffinity"
            label="Strict affinity"
            checked={ipamConfig.strictAffinity}
            hint="No borrowing: a node takes addresses only from its own blocks."
            onChange={(strictAffinity) => actions.setCniOption({ strictAffinity })}
          />
        </div>
      )}
    </>
  );
}

/** The settings of the chosen CNI that change addressing (mode, routing, encapsulation, backend). */
export function CniModeOptions({ cni, onResult }: { cni: Cni; onResult: OnResult }) {
  const actions = useActions();
  switch (cni.kind) {
    case "generic":
    case "kubelet-standalone":
    case "aks-kubenet":
      return null;
    case "azure-overlay":
    case "aws-vpc":
    case "gke":
    case "azure-cni":
      return <CloudCniOptions cni={cni} onResult={onResult} />;
    case "cilium":
      return <CiliumOptions cni={cni} onResult={onResult} />;
    case "calico":
      return <CalicoOptions cni={cni} onResult={onResult} />;
    case "flannel":
      return (
        <SelectField
          path="cni.backend"
          label="Backend"
          value={cni.backend}
          choices={choices(FLANNEL_BACKENDS)}
          onChange={(backend) => actions.setCniOption({ backend })}
        />
      );
  }
}
