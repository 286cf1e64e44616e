import type { Fix } from "../rules/finding.ts";
import { fail, ok, type Result } from "../result.ts";
import type { Edit } from "./edit.ts";
import { updateNamed } from "./namedRanges.ts";
import { setNodeMask } from "./nodeMask.ts";
import { setMaxPods, setNodeNumbers } from "./nodes.ts";
import { updateLbPool } from "./lbPools.ts";
import { setPodCidr } from "./podRanges.ts";
import type { Design } from "./schema.ts";
import { setServiceCidr } from "./serviceRange.ts";
import { setCniOption } from "./cniEdits.ts";

type Step = (d: Design, match: RegExpExecArray, value: unknown) => Result<Edit>;

const text = (value: unknown, path: string): Result<string> =>
  typeof value === "string" ? ok(value) : fail(`${path} takes CIDR text`);
const whole = (value: unknown, path: string): Result<number> =>
  typeof value === "number" && Number.isInteger(value)
    ? ok(value)
    : fail(`${path} takes a whole number`);
const family = (m: RegExpExecArray) => m[1] as "ipv4" | "ipv6";

/** Each path a fix may change, and the design edit that changes it. */
const STEPS: readonly [RegExp, Step][] = [
  [
    /^(ipv4|ipv6)\.podCidrs\.(\d+)$/,
    (d, m, v) => {
      const t = text(v, m[0]);
      return t.ok ? setPodCidr(d, family(m), Number(m[2]), t.value) : t;
    },
  ],
  [
    /^(ipv4|ipv6)\.nodeMask$/,
    (d, m, v) => {
      const n = whole(v, m[0]);
      return n.ok ? setNodeMask(d, family(m), n.value) : n;
    },
  ],
  [
    /^(ipv4|ipv6)\.serviceCidr$/,
    (d, m, v) => {
      const t = text(v, m[0]);
      return t.ok ? setServiceCidr(d, family(m), t.value) : t;
    },
  ],
  [
    /^nodes\.networks\.(\d+)\.cidr$/,
    (d, m, v) => {
      const t = text(v, m[0]);
      return t.ok ? updateNamed(d, "nodeNetworks", Number(m[1]), { cidr: t.value }) : t;
    },
  ],
  [
    /^loadBalancer\.pools\.(\d+)\.range$/,
    (d, m, v) => {
      const t = text(v, m[0]);
      return t.ok ? updateLbPool(d, Number(m[1]), { range: t.value }) : t;
    },
  ],
  [
    /^nodes\.maxPods$/,
    (d, m, v) => {
      const n = whole(v, m[0]);
      return n.ok ? setMaxPods(d, n.value) : n;
    },
  ],
  [
    /^nodes\.(count|headroomPercent)$/,
    (d, m, v) => {
      const n = whole(v, m[0]);
      return n.ok ? setNodeNumbers(d, { [m[1] as "count"]: n.value }) : n;
    },
  ],
  [
    /^cni\.clusterId$/,
    (d, m, v) => {
      const n = whole(v, m[0]);
      return n.ok ? setCniOption(d, { clusterId: n.value }) : n;
    },
  ],
];

/**
 * Applies a fix: each change of `fix.changes`, in order, through the design edit that owns its
 * path (setPodCidr, setNodeMask, setServiceCidr, updateNamed, updateLbPool, setMaxPods,
 * setNodeNumbers, setCniOption for Cilium's cluster.id), so a
 * fix changes the design exactly as typing the values would. Refused, with the path, when a path
 * has no edit or a value is of the wrong kind; the notes of the edits are joined.
 */
export function applyFix(design: Design, fix: Fix): Result<Edit> {
  let next = design;
  const notes: string[] = [];
  for (const [path, value] of Object.entries(fix.changes)) {
    const step = STEPS.map(([re, fn]) => [re.exec(path), fn] as const).find(([m]) => m);
    if (!step || !step[0]) return fail(`a fix cannot change ${path}`);
    const edit = step[1](next, step[0], value);
    if (!edit.ok) return fail(`${path}: ${edit.error}`);
    next = edit.value.design;
    if (edit.value.note) notes.push(edit.value.note);
  }
  return ok(notes.length > 0 ? { design: next, note: notes.join("; ") } : { design: next });
}
