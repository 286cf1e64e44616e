import type { Cni } from "../../core/design/schema.ts";
import { awsZoneSchema } from "../../core/cloud/cniSchemas.ts";
import { fail } from "../../core/result.ts";
import { SelectField } from "../controls/SelectField.tsx";
import { TextField } from "../controls/TextField.tsx";
import { useActions, useAppStore } from "../app/useAppStore.ts";

type AwsVpc = Extract<Cni, { kind: "aws-vpc" }>;
type Zone = AwsVpc["zones"][number];

const ZONE_NAME = awsZoneSchema.shape.zone;

/** The next zone name after the last one (eu-west-1a → eu-west-1b), or a first example. */
function nextZone(zones: readonly Zone[]): string {
  const last = zones.at(-1)?.zone;
  const m = last ? /^(.*[0-9])([a-y])$/.exec(last) : null;
  return m ? `${m[1]}${String.fromCharCode((m[2] ?? "a").charCodeAt(0) + 1)}` : "us-east-1a";
}

/**
 * Node subnets per availability zone: each zone names the node network its nodes start in and,
 * under custom networking, the ENIConfig (pod) subnet. Rows can be added and removed.
 */
export function AwsZones({ cni }: { cni: AwsVpc }) {
  const actions = useActions();
  const networks = useAppStore((s) => s.design.nodes.networks);
  const custom = cni.ipam === "custom-networking";
  const setZones = (zones: Zone[], gesture?: string) => actions.setCniOption({ zones }, gesture);
  const update = (i: number, patch: Partial<Zone>, gesture?: string) =>
    setZones(
      cni.zones.map((z, j) => (j === i ? { ...z, ...patch } : z)),
      gesture,
    );
  const networkChoices = (current: string | undefined) => [
    ...(current === undefined || networks.some((n) => n.name === current)
      ? []
      : [{ value: current, label: `${current} (missing)` }]),
    ...(current === undefined ? [{ value: "", label: "— choose —" }] : []),
    ...networks.map((n) => ({ value: n.name, label: n.name })),
  ];
  const firstFree = networks.find((n) => !cni.zones.some((z) => z.network === n.name));
  return (
    <fieldset className="list-fieldset aws-zones">
      <legend>Node subnets per availability zone</legend>
      {cni.zones.length === 0 && (
        <p className="field-hint">No zone yet: every IPv4 node network counts as a node subnet.</p>
      )}
      {cni.zones.map((z, i) => (
        <div className="field-row" key={i} role="group" aria-label={`Zone ${i + 1}`}>
          <TextField
            path={`cni.zones.${i}.zone`}
            label="Zone"
            value={z.zone}
            onCommit={(text, g) => {
              const parsed = ZONE_NAME.safeParse(text.trim());
              if (!parsed.success)
                return fail(parsed.error.issues[0]?.message ?? "not a zone name");
              return update(i, { zone: parsed.data }, g);
            }}
          />
          <SelectField
            path={`cni.zones.${i}.network`}
            label="Node subnet"
            value={z.network}
            choices={networkChoices(z.network)}
            onChange={(network) => update(i, { network })}
          />
          {custom && (
            <SelectField
              path={`cni.zones.${i}.podNetwork`}
              label="ENIConfig subnet"
              value={z.podNetwork ?? ""}
              choices={networkChoices(z.podNetwork)}
              onChange={(podNetwork) => update(i, podNetwork ? { podNetwork } : {})}
            />
          )}
          <button
            type="button"
            className="add-button"
            aria-label={`Remove zone ${z.zone}`}
            onClick={() => setZones(cni.zones.filter((_, j) => j !== i))}
          >
            Remove
          </button>
        </div>
      ))}
      <button
        type="button"
        className="add-button"
        disabled={cni.zones.length >= 16 || networks.length === 0}
        onClick={() =>
          setZones([
            ...cni.zones,
            { zone: nextZone(cni.zones), network: (firstFree ?? networks[0])?.name ?? "nodes" },
          ])
        }
      >
        Add zone
      </button>
    </fieldset>
  );
}
