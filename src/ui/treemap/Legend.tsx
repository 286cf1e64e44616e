import { KIND_LABEL } from "./kindLabels.ts";
import type { CellKind } from "../../layout/scene.ts";
import { KIND_VAR } from "./palette.ts";

const RANGES: CellKind[] = [
  "node-allocated",
  "node-headroom",
  "node-free",
  "node-withheld",
  "mixed",
  "services",
  "nodes",
  "lb",
  "external",
  "free",
];
const INSIDE: CellKind[] = [
  "addr-network",
  "addr-gateway",
  "addr-health",
  "addr-pod",
  "svc-kubernetes",
  "svc-dns",
  "svc-static",
  "svc-dynamic",
];

/** The colour key: roles, node-subnet states, overlaps and the address roles inside a block. */
export function Legend() {
  const item = (k: CellKind, label = KIND_LABEL[k]) => (
    <li key={k}>
      <span
        className="tm-swatch"
        style={{ background: `var(${KIND_VAR[k]})` }}
        aria-hidden="true"
      />
      {label}
    </li>
  );
  return (
    <section className="tm-legend" aria-label="Treemap legend">
      <ul>
        {RANGES.map((k) => item(k))}
        <li>
          <span className="tm-swatch tm-hatch" aria-hidden="true" />
          Overlap (hatched, outlined)
        </li>
      </ul>
      <ul>
        {INSIDE.map((k) =>
          item(
            k,
            k === "addr-network"
              ? "Network / broadcast"
              : k === "addr-gateway"
                ? "Gateway / Cilium router"
                : k === "addr-health"
                  ? "Cilium health IP"
                  : undefined,
          ),
        )}
      </ul>
    </section>
  );
}
