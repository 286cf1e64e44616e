import { describeCni } from "../../core/cni/describeCni.ts";
import { fixedSettingAt } from "../../core/cni/fixedSettings.ts";
import type { IpamDescriptor } from "../../core/cni/descriptor.ts";
import { bitsOf, familyLabel, type Family } from "../../core/ip/family.ts";
import { prefixOf } from "../../core/ip/prefix.ts";
import { fieldIdOf } from "../controls/fieldId.ts";
import { formatCount } from "../../core/text/formatCount.ts";
import { IntegerField } from "../controls/IntegerField.tsx";
import { TextField } from "../controls/TextField.tsx";
import { useGesture } from "../controls/useGesture.ts";
import { useCapacity } from "../app/useDerived.ts";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import { Panel } from "./Panel.tsx";
import { LIST_PAGE, useFocusedIndex, useShownCount } from "../controls/longList.ts";
import { PendingRows } from "../controls/PendingRows.tsx";
import { ShowMore } from "../controls/ShowMore.tsx";
import { ImportOrigins } from "./ImportOrigins.tsx";

/** What the per-node mask is called under the mode (the setting a user will look for). */
function maskLabel(d: IpamDescriptor, family: Family): string {
  const v = family === "ipv4" ? "IPv4" : "IPv6";
  if (d.nodeRanges === "calico") return "Block size per node (blockSize)";
  if (d.nodeRanges === "cilium-operator") return `Node mask (clusterPool${v}MaskSize)`;
  return `Node mask (--node-cidr-mask-size-${family})`;
}

/** One family's pod ranges and per-node mask, with the pod IPs per node the allocator gives. */
export function PodsPanel({ family }: { family: Family }) {
  const plan = useAppStore((s) => s.design[family]);
  const cni = useAppStore((s) => s.design.cni);
  const fixed = useAppStore((s) => fixedSettingAt(s.design, `${family}.nodeMask`)?.reason);
  const maxPods = useAppStore((s) => s.design.nodes.maxPods);
  const capacity = useCapacity()?.[family];
  const actions = useActions();
  const slider = useGesture(`${family}-nodeMask-slider`);
  const focused = useFocusedIndex(`${family}.podCidrs`);
  const count = useShownCount(plan?.podCidrs.length ?? 0, LIST_PAGE, focused);
  if (!plan) return null;

  const descriptor = describeCni(cni);
  const label = familyLabel(family);
  const maxRanges = Math.max(descriptor.maxPodCidrsPerFamily, 1);
  const shortest = plan.podCidrs.reduce(
    (m, c) => Math.min(m, prefixOf(c)?.length ?? 0),
    plan.nodeMask,
  );
  const allocator = capacity?.podIPsRule.split(":")[0];
  const hint = capacity && (
    <>
      <strong>
        /{plan.nodeMask} → {formatCount(capacity.podIPsPerNode)} pod IPs per node
      </strong>{" "}
      ({allocator}) · {formatCount(capacity.podsPerNode)} pods per node (maxPods{" "}
      {formatCount(maxPods)}) · {formatCount(capacity.usableNodeSubnets)} node ranges
    </>
  );

  return (
    <Panel
      id={`${family}-pods`}
      title={`${label} pods`}
      paths={[family]}
      rows={plan.podCidrs.length}
    >
      {!descriptor.usesPodRange && (
        <p className="panel-note">
          {descriptor.label}: pods take addresses from the node networks; this pod range is not used
          by the CNI.
        </p>
      )}
      <fieldset className="list-fieldset">
        <legend>
          {label} pod ranges
          <span className="muted">
            {" "}
            ({maxRanges === 1 ? "one range in this mode" : `up to ${maxRanges}`})
          </span>
        </legend>
        <ul className="cidr-list">
          {plan.podCidrs.slice(0, count.shown).map((cidr, i) => (
            <li key={i} className="cidr-row">
              <TextField
                path={`${family}.podCidrs.${i}`}
                label={`${label} pod range ${i + 1}`}
                labelHidden
                value={cidr}
                onCommit={(text, g) => actions.setPodCidr(family, i, text, g)}
              />
              {plan.podCidrs.length > 1 && (
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Remove ${label} pod range ${cidr}`}
                  onClick={() => actions.removePodCidr(family, i)}
                >
                  <span aria-hidden="true">✕</span>
                </button>
              )}
            </li>
          ))}
          <PendingRows count={count.pending} className="rows-pending" />
        </ul>
        <ShowMore
          total={plan.podCidrs.length}
          page={LIST_PAGE}
          count={count}
          noun={`${label} pod ranges`}
        />
        {plan.podCidrs.length < maxRanges && (
          <button type="button" className="add-button" onClick={() => actions.addPodCidr(family)}>
            + Add {label} pod range
          </button>
        )}
      </fieldset>
      <ImportOrigins paths={[`${family}.podCidrs`]} />
      <div className="mask-row">
        <IntegerField
          path={`${family}.nodeMask`}
          label={maskLabel(descriptor, family)}
          value={plan.nodeMask}
          min={0}
          max={bitsOf(family)}
          onCommit={(n, g) => actions.setNodeMask(family, n, g)}
          hint={hint}
          fixed={fixed}
        />
        <input
          type="range"
          id={`${fieldIdOf(`${family}.nodeMask`)}-slider`}
          aria-label={`${label} node mask slider`}
          aria-valuetext={`/${plan.nodeMask}`}
          aria-describedby={fixed ? `${fieldIdOf(`${family}.nodeMask`)}-fixed` : undefined}
          disabled={fixed !== undefined}
          min={shortest}
          max={bitsOf(family)}
          value={plan.nodeMask}
          onPointerDown={slider.begin}
          onFocus={slider.begin}
          onChange={(e) => actions.setNodeMask(family, Number(e.target.value), slider.current())}
        />
      </div>
      <ImportOrigins paths={[`${family}.nodeMask`]} />
    </Panel>
  );
}
