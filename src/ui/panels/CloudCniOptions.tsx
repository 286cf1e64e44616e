import { eniLimitsOf, instanceTypes } from "../../core/cloud/aws/eniLimits.ts";
import {
  AKS_DATAPLANES,
  AWS_VPC_IPAM_MODES,
  AWS_WARM_LIMITS,
  AZURE_CNI_IPAM_MODES,
  AZURE_POD_IP_ALLOCATION,
  GKE_MODES,
} from "../../core/cloud/cniSchemas.ts";
import type { Cni } from "../../core/design/schema.ts";
import { fail } from "../../core/result.ts";
import type { ActionResult } from "../../store/createAppStore.ts";
import { CheckboxField } from "../controls/CheckboxField.tsx";
import { IntegerField } from "../controls/IntegerField.tsx";
import { SelectField, type Choice } from "../controls/SelectField.tsx";
import { TextField } from "../controls/TextField.tsx";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { AwsZones } from "./AwsZones.tsx";

type OnResult = (result: ActionResult) => void;
type AwsVpc = Extract<Cni, { kind: "aws-vpc" }>;

/** The aws-node warm-pool variables shown per mode: prefixes (prefix delegation) or IPs. */
type WarmKey = keyof AwsVpc["warm"];
const WARM_LABELS = {
  warmEniTarget: "WARM_ENI_TARGET",
  warmIpTarget: "WARM_IP_TARGET",
  minimumIpTarget: "MINIMUM_IP_TARGET",
  warmPrefixTarget: "WARM_PREFIX_TARGET",
} as const satisfies Record<WarmKey, string>;
const fields = (...keys: WarmKey[]) => keys.map((k) => [k, WARM_LABELS[k]] as const);
const PREFIX_WARM_FIELDS = fields("warmPrefixTarget", "warmIpTarget", "minimumIpTarget");
const IP_WARM_FIELDS = fields("warmEniTarget", "warmIpTarget", "minimumIpTarget");

const choices = <T extends string>(values: readonly T[], labels?: Partial<Record<T, string>>) =>
  values.map((value): Choice<T> => ({ value, label: labels?.[value] ?? value }));

const AWS_MODE_LABELS = {
  "secondary-ip": "secondary IPs",
  "prefix-delegation": "prefix delegation (/28)",
  "custom-networking": "custom networking (ENIConfig)",
  ipv6: "IPv6 (/80 per node)",
} as const;

const INSTANCE_LIST = "eni-instance-types";

/** The instance-type combobox: suggestions from the VPC CNI's ENI table, unknown types refused inline. */
function InstanceTypeField({ cni }: { cni: AwsVpc }) {
  const actions = useActions();
  const limits = eniLimitsOf(cni.instanceType);
  return (
    <>
      <TextField
        path="cni.instanceType"
        label="Instance type"
        value={cni.instanceType}
        list={INSTANCE_LIST}
        hint={
          limits
            ? `${limits.enis} ENIs × ${limits.ipv4PerEni} IPv4 each (${limits.hypervisor})`
            : undefined
        }
        onCommit={(text, g) => {
          const type = text.trim().toLowerCase();
          if (!eniLimitsOf(type)) {
            return fail(`"${text}" is not an instance type in the VPC CNI's ENI table`);
          }
          return actions.setCniOption({ instanceType: type }, g);
        }}
      />
      <datalist id={INSTANCE_LIST}>
        {instanceTypes().map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
    </>
  );
}

function AwsVpcOptions({ cni, onResult }: { cni: AwsVpc; onResult: OnResult }) {
  const actions = useActions();
  const warm = (key: WarmKey) => (n: number, g: string) =>
    actions.setCniOption({ warm: { ...cni.warm, [key]: n } }, g);
  const prefixes =
    cni.ipam === "prefix-delegation" || (cni.ipam === "custom-networking" && cni.prefixDelegation);
  return (
    <>
      <div className="field-row">
        <SelectField
          path="cni.ipam"
          label="VPC CNI mode"
          value={cni.ipam}
          choices={choices(AWS_VPC_IPAM_MODES, AWS_MODE_LABELS)}
          onChange={(ipam) => onResult(actions.setCniOption({ ipam }))}
        />
        <InstanceTypeField cni={cni} />
        {cni.ipam === "custom-networking" && (
          <CheckboxField
            path="cni.prefixDelegation"
            label="Prefix delegation (/28)"
            checked={cni.prefixDelegation}
            onChange={(prefixDelegation) => actions.setCniOption({ prefixDelegation })}
          />
        )}
      </div>
      {cni.ipam !== "ipv6" && (
        <fieldset className="list-fieldset">
          <legend>Warm pool (aws-node; 0 = unset)</legend>
          <div className="field-row">
            {(prefixes ? PREFIX_WARM_FIELDS : IP_WARM_FIELDS).map(([key, label]) => (
              <IntegerField
                key={key}
                path={`cni.warm.${key}`}
                label={label}
                value={cni.warm[key]}
                min={0}
                max={AWS_WARM_LIMITS[key]}
                onCommit={warm(key)}
              />
            ))}
          </div>
        </fieldset>
      )}
      <AwsZones cni={cni} />
    </>
  );
}

/** Options of the managed-platform CNIs: EKS's VPC CNI, GKE, Azure CNI and Overlay on AKS. */
export function CloudCniOptions({ cni, onResult }: { cni: Cni; onResult: OnResult }) {
  const actions = useActions();
  const networks = useAppStore((s) => s.design.nodes.networks);
  switch (cni.kind) {
    case "aws-vpc":
      return <AwsVpcOptions cni={cni} onResult={onResult} />;
    case "gke":
      return (
        <div className="field-row">
          <SelectField
            path="cni.mode"
            label="GKE mode"
            value={cni.mode}
            choices={choices(GKE_MODES, { standard: "Standard", autopilot: "Autopilot" })}
            onChange={(mode) => onResult(actions.setCniOption({ mode }))}
          />
          <CheckboxField
            path="cni.managedServices"
            label="GKE-managed Service range (34.118.224.0/20)"
            checked={cni.managedServices}
            onChange={(managedServices) => actions.setCniOption({ managedServices })}
          />
        </div>
      );
    case "azure-cni":
      return (
        <div className="field-row">
          <SelectField
            path="cni.ipam"
            label="Pod addresses"
            value={cni.ipam}
            choices={choices(AZURE_CNI_IPAM_MODES, {
              flat: "node subnet",
              "pod-subnet": "pod subnet",
            })}
            onChange={(ipam) => onResult(actions.setCniOption({ ipam }))}
          />
          {cni.ipam === "pod-subnet" && (
            <>
              <SelectField
                path="cni.podNetwork"
                label="Pod subnet"
                value={cni.podNetwork ?? "pods"}
                choices={[
                  ...(networks.some((n) => n.name === (cni.podNetwork ?? "pods"))
                    ? []
                    : [
                        {
                          value: cni.podNetwork ?? "pods",
                          label: `${cni.podNetwork ?? "pods"} (missing)`,
                        },
                      ]),
                  ...networks.map((n) => ({ value: n.name, label: n.name })),
                ]}
                onChange={(podNetwork) => actions.setCniOption({ podNetwork })}
              />
              <SelectField
                path="cni.podIpAllocation"
                label="Allocation"
                value={cni.podIpAllocation}
                choices={choices(AZURE_POD_IP_ALLOCATION, {
                  dynamic: "dynamic (batches of 16)",
                  "static-block": "static /28 blocks",
                })}
                onChange={(podIpAllocation) => actions.setCniOption({ podIpAllocation })}
              />
            </>
          )}
          <SelectField
            path="cni.dataplane"
            label="Data plane"
            value={cni.dataplane}
            choices={choices(AKS_DATAPLANES, { azure: "Azure", cilium: "Cilium" })}
            onChange={(dataplane) => actions.setCniOption({ dataplane })}
          />
        </div>
      );
    case "azure-overlay":
      return (
        <SelectField
          path="cni.dataplane"
          label="Data plane"
          value={cni.dataplane ?? "azure"}
          choices={choices(AKS_DATAPLANES, { azure: "Azure", cilium: "Cilium" })}
          onChange={(dataplane) => actions.setCniOption({ dataplane })}
        />
      );
    default:
      return null;
  }
}
