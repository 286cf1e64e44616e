import { CheckboxField } from "../controls/CheckboxField.tsx";
import { NamedRangeList } from "../controls/NamedRangeList.tsx";
import { SelectField } from "../controls/SelectField.tsx";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { Panel } from "./Panel.tsx";

/** LoadBalancer provider, avoidBuggyIPs and the address pools (CIDR or start-end). */
export function LoadBalancerPanel() {
  const lb = useAppStore((s) => s.design.loadBalancer);
  const actions = useActions();
  return (
    <Panel
      id="load-balancer"
      title="LoadBalancer pools"
      paths={["loadBalancer"]}
      rows={lb.pools.length}
    >
      <div className="field-row">
        <SelectField
          path="loadBalancer.provider"
          label="Provider"
          value={lb.provider}
          choices={[
            { value: "metallb", label: "MetalLB" },
            { value: "cilium", label: "Cilium LB-IPAM" },
          ]}
          onChange={actions.setLbProvider}
        />
        <CheckboxField
          path="loadBalancer.avoidBuggyIPs"
          label={lb.provider === "metallb" ? "avoidBuggyIPs" : 'allowFirstLastIPs: "No"'}
          checked={lb.avoidBuggyIPs}
          onChange={actions.setAvoidBuggyIPs}
          hint="Skip each pool's .0 and .255 addresses."
        />
      </div>
      <fieldset className="list-fieldset">
        <legend>Pools (a CIDR or start-end)</legend>
        <NamedRangeList
          basePath="loadBalancer.pools"
          valueKey="range"
          noun="pool"
          valueLabel="Range"
          rows={lb.pools.map((p) => ({ name: p.name, value: p.range }))}
          onName={(i, name, g) => actions.updateLbPool(i, { name }, g)}
          onValue={(i, range, g) => actions.updateLbPool(i, { range }, g)}
          onRemove={actions.removeLbPool}
          onAdd={actions.addLbPool}
          empty="No pools: Services of type LoadBalancer stay pending."
        />
      </fieldset>
    </Panel>
  );
}
