import { designSchema, type Design } from "../design/schema.ts";
import { fail, ok, type Result } from "../result.ts";
import { canonicalDesign } from "./canonical.ts";
import { describeIssue } from "./describeIssue.ts";
import { fillDefaults } from "./fillDefaults.ts";
import { setAsideLists } from "./listsAside.ts";
import { migrateDesign } from "./migrate.ts";
import { describeValue, safeMessage } from "./quote.ts";
import { formatPath, inspectUntrusted, isRecord } from "./untrusted.ts";

/** A design that passed the gate, with what was changed or assumed on the way in. */
export interface RestoredDesign {
  design: Design;
  /** Plain sentences: defaults filled, fields ignored, CIDRs normalised, migrations run. */
  notices: string[];
}

/** The designs this gate returned, by identity: the app treats designs as immutable values. */
const passed = new WeakSet<object>();

/**
 * True when `design` is an object {@link restoreDesign} returned: it passed the gate and is in
 * canonical form, so checking it again would return it unchanged, without notices (restore.test).
 * The app opens a link or an autosave through the gate and then hands the design to the store,
 * which checks designs once, here, instead of twice.
 */
export function passedGate(design: unknown): design is Design {
  return typeof design === "object" && design !== null && passed.has(design);
}

/** Most "ignored field" notices listed one by one; the rest are counted. */
const MAX_IGNORED_LISTED = 5;

/**
 * Lists keys of the input that the schema dropped (unknown fields), walking input and output
 * together in key order. `path` is the walk's own stack (pushed and popped, not copied per value):
 * a path is spelled out only for a dropped key.
 */
function ignoredFields(input: unknown, output: unknown, path: PropertyKey[], out: string[]): void {
  // A list set aside (setAsideLists) is the input's own: nothing in it was dropped.
  if (input === output) return;
  if (Array.isArray(input) && Array.isArray(output)) {
    for (let i = 0; i < input.length; i++) {
      path.push(i);
      ignoredFields(input[i], output[i], path, out);
      path.pop();
    }
  } else if (isRecord(input) && isRecord(output)) {
    for (const key of Object.keys(input)) {
      path.push(key);
      if (!Object.hasOwn(output, key)) out.push(formatPath(path));
      else ignoredFields(input[key], output[key], path, out);
      path.pop();
    }
  }
}

/**
 * The gate every untrusted design passes (share link, design file, localStorage): refuses
 * non-objects and prototype-polluting keys (`__proto__`, `constructor`, `prototype`, anywhere),
 * migrates older `schemaVersion`s, fills missing optional parts with defaults, validates with
 * {@link designSchema} and reports the first problem with its path, drops unknown fields, and
 * returns the design in canonical form (host bits cleared as kube-controller-manager does).
 * Never throws for any input; never mutates it. A design it returned comes back as it is
 * ({@link passedGate}).
 */
export function restoreDesign(input: unknown): Result<RestoredDesign> {
  if (passedGate(input)) return ok({ design: input, notices: [] });
  if (!isRecord(input)) return fail(`a design must be a JSON object, not ${describeValue(input)}`);
  const inspected = inspectUntrusted(input);
  if (!inspected.ok) return inspected;

  const migrated = migrateDesign(input);
  if (!migrated.ok) return migrated;
  const filled = fillDefaults(migrated.value.design);
  const notices = [...migrated.value.notices, ...filled.notices];
  if (!Object.hasOwn(filled.design, "ipFamilies")) {
    return fail("ipFamilies is missing, and there is no ipv4 or ipv6 plan to take it from");
  }

  // Long lists whose every entry the schema takes as it is skip its per-entry work.
  const aside = setAsideLists(filled.design);
  const parsed = designSchema.safeParse(aside ? aside.rest : filled.design, { reportInput: true });
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail(first ? describeIssue(first) : "the design is not valid");
  }
  const checked = aside ? aside.put(parsed.data) : parsed.data;

  const ignored: string[] = [];
  ignoredFields(filled.design, checked, [], ignored);
  for (const field of ignored.slice(0, MAX_IGNORED_LISTED)) {
    notices.push(safeMessage(`${field} is not part of the design and was ignored`));
  }
  if (ignored.length > MAX_IGNORED_LISTED) {
    notices.push(`${ignored.length - MAX_IGNORED_LISTED} more unknown fields were ignored`);
  }
  const design = canonicalDesign(checked, notices);
  passed.add(design);
  return ok({ design, notices });
}
