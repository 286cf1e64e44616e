import type { FamilyCapacity } from "../../core/capacity/types.ts";
import { fixedSettingAt } from "../../core/cni/fixedSettings.ts";
import { familyLabel, type Family } from "../../core/ip/family.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import { TextField } from "../controls/TextField.tsx";
import { useCapacity } from "../app/useDerived.ts";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { Panel } from "./Panel.tsx";
import { ImportOrigins } from "./ImportOrigins.tsx";

function ServiceFacts({ capacity }: { capacity: FamilyCapacity }) {
  return (
    <dl className="facts">
      <dt>Service IPs</dt>
      <dd>{formatCount(capacity.serviceIPs)}</dd>
      <dt>kubernetes</dt>
      <dd>
        <code>{capacity.kubernetesServiceIP}</code>
      </dd>
      <dt>DNS (10th)</dt>
      <dd>{capacity.clusterDNSIP ? <code>{capacity.clusterDNSIP}</code> : "range too small"}</dd>
      <dt>Static band</dt>
      <dd>
        {capacity.staticBand ? (
          <>
            <code>{capacity.staticBand.first}</code>–<code>{capacity.staticBand.last}</code> (
            {formatCount(capacity.staticBand.size)})
          </>
        ) : (
          "none (16 addresses or fewer)"
        )}
      </dd>
    </dl>
  );
}

function ServiceRangeField({ family }: { family: Family }) {
  const cidr = useAppStore((s) => s.design[family]?.serviceCidr);
  const fixed = useAppStore((s) => fixedSettingAt(s.design, `${family}.serviceCidr`)?.reason);
  const capacity = useCapacity()?.[family];
  const actions = useActions();
  if (cidr === undefined) return null;
  return (
    <div className="service-family">
      <TextField
        path={`${family}.serviceCidr`}
        label={`${familyLabel(family)} Service range (--service-cluster-ip-range)`}
        value={cidr}
        onCommit={(text, g) => actions.setServiceCidr(family, text, g)}
        fixed={fixed}
      />
      {capacity && <ServiceFacts capacity={capacity} />}
    </div>
  );
}

/** Service ranges per family with their well-known IPs, the NodePort range and the cluster domain. */
export function ServicesPanel() {
  const families = useAppStore((s) => s.design.ipFamilies);
  const nodePortRange = useAppStore((s) => s.design.nodePortRange);
  const clusterDomain = useAppStore((s) => s.design.clusterDomain);
  const ports = useCapacity()?.nodePorts;
  const actions = useActions();
  const band = ports?.staticBand;
  return (
    <Panel
      id="services"
      title="Services"
      paths={["ipv4.serviceCidr", "ipv6.serviceCidr", "nodePortRange", "clusterDomain"]}
    >
      {families.map((family) => (
        <ServiceRangeField key={family} family={family} />
      ))}
      <ImportOrigins paths={families.map((f) => `${f}.serviceCidr`)} />
      <div className="field-row">
        <TextField
          path="nodePortRange"
          label="NodePort range"
          value={nodePortRange}
          onCommit={actions.setNodePortRange}
          hint={
            ports &&
            `${formatCount(ports.size)} ports; static band ${band ? `${band.first}–${band.last}` : "none"}`
          }
        />
        <TextField
          path="clusterDomain"
          label="Cluster domain"
          value={clusterDomain}
          onCommit={actions.setClusterDomain}
        />
      </div>
      <ImportOrigins paths={["nodePortRange", "clusterDomain"]} />
    </Panel>
  );
}
