import { fixedSettingAt } from "../../core/cni/fixedSettings.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import { IntegerField } from "../controls/IntegerField.tsx";
import { NamedRangeList } from "../controls/NamedRangeList.tsx";
import { useCapacity } from "../app/useDerived.ts";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { Panel } from "./Panel.tsx";
import { ImportOrigins } from "./ImportOrigins.tsx";

/** Node networks, planned node count with headroom, and kubelet maxPods. */
export function NodesPanel() {
  const nodes = useAppStore((s) => s.design.nodes);
  const maxPodsFixed = useAppStore((s) => fixedSettingAt(s.design, "nodes.maxPods")?.reason);
  const capacity = useCapacity();
  const actions = useActions();
  return (
    <Panel id="nodes" title="Nodes" paths={["nodes"]} rows={nodes.networks.length}>
      <fieldset className="list-fieldset">
        <legend>Node networks (machine network / VPC subnets)</legend>
        <NamedRangeList
          basePath="nodes.networks"
          valueKey="cidr"
          noun="node network"
          valueLabel="CIDR"
          rows={nodes.networks.map((n) => ({ name: n.name, value: n.cidr }))}
          onName={(i, name, g) => actions.updateNodeNetwork(i, { name }, g)}
          onValue={(i, cidr, g) => actions.updateNodeNetwork(i, { cidr }, g)}
          onRemove={actions.removeNodeNetwork}
          onAdd={() => actions.addNodeNetwork()}
          empty="No node network: node addresses are not checked."
        />
      </fieldset>
      <ImportOrigins paths={["nodes.networks"]} />
      <div className="field-row">
        <IntegerField
          path="nodes.count"
          label="Planned nodes"
          value={nodes.count}
          min={0}
          max={1_000_000}
          onCommit={actions.setNodeCount}
        />
        <IntegerField
          path="nodes.headroomPercent"
          label="Headroom %"
          value={nodes.headroomPercent}
          min={0}
          max={1000}
          onCommit={actions.setHeadroom}
        />
        <IntegerField
          path="nodes.maxPods"
          label="maxPods (kubelet)"
          value={nodes.maxPods}
          min={1}
          max={100_000}
          onCommit={actions.setMaxPods}
          fixed={maxPodsFixed}
        />
      </div>
      <ImportOrigins paths={["nodes.count", "nodes.maxPods"]} />
      {capacity && (
        <p className="field-hint">
          {formatCount(capacity.nodesNeeded)} nodes needed with headroom; room for{" "}
          {formatCount(capacity.maxNodes)}.
        </p>
      )}
    </Panel>
  );
}
