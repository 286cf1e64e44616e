import { parseArgs } from "node:util";
import { fail, ok, type Result } from "../core/result.ts";
import { IMPORT_FORMATS, type ImportFormat } from "../importers/types.ts";
import { DESIGN_FLAG_OPTIONS, parseDesignFlags, type DesignFlags } from "./designFlags.ts";
import type { ProposeFlags } from "./commands/propose.ts";

/** The CLI's commands. */
export const COMMANDS = ["validate", "export", "import", "link", "propose"] as const;
export type Command = (typeof COMMANDS)[number];

/** The default base address of share links: the dev server `npm start` runs. */
export const DEFAULT_LINK_BASE = "http://127.0.0.1:5173/";

/** What the command line asks for, checked; files are not read yet. */
export type Invocation =
  | { kind: "help"; topic: Command | undefined }
  | {
      kind: "validate";
      file: string | undefined;
      flags: DesignFlags;
      json: boolean;
      /** `--apply-fix N[.K]`: finding N's fix K (1-based; K 1 when left out). */
      applyFix?: { finding: number; fix: number };
      /** `--cluster NAME`: the cluster of a plan file to validate (default: every cluster). */
      cluster?: string;
    }
  | {
      kind: "export";
      file: string | undefined;
      flags: DesignFlags;
      /** A target id, or "all"; undefined only with listTargets. */
      target: string | undefined;
      out: string | undefined;
      listTargets: boolean;
      /** Write exports their tool would refuse, with the refusals named in the files. */
      force: boolean;
      /** `--cluster NAME`: the cluster of a plan file to export (required when it has several). */
      cluster?: string;
    }
  | {
      kind: "import";
      /** The config files in order ("-" for stdin, at most once); several are merged (ADR 0130). */
      files: string[];
      format: ImportFormat | undefined;
      /** A design file to merge into, when given. */
      into: string | undefined;
      /** Field path → the file whose value settles a conflict (`--choose PATH=FILE`). */
      choices: Record<string, string>;
    }
  | { kind: "propose"; flags: ProposeFlags }
  | { kind: "link"; file: string | undefined; flags: DesignFlags; base: string };

const HELP = { help: { type: "boolean", short: "h" } } as const;

const OPTIONS = {
  validate: {
    ...HELP,
    ...DESIGN_FLAG_OPTIONS,
    json: { type: "boolean" },
    "apply-fix": { type: "string" },
    cluster: { type: "string" },
  },
  export: {
    ...HELP,
    ...DESIGN_FLAG_OPTIONS,
    target: { type: "string" },
    out: { type: "string" },
    "list-targets": { type: "boolean" },
    force: { type: "boolean" },
    cluster: { type: "string" },
  },
  import: {
    ...HELP,
    format: { type: "string" },
    into: { type: "string" },
    choose: { type: "string", multiple: true },
  },
  propose: {
    ...HELP,
    budget: { type: "string", multiple: true },
    avoid: { type: "string", multiple: true },
    nodes: { type: "string" },
    "max-nodes": { type: "string" },
    surge: { type: "string" },
    "pods-per-node": { type: "string" },
    services: { type: "string" },
    lb: { type: "string" },
    clusters: { type: "string" },
    cni: { type: "string" },
    ipam: { type: "string" },
    "k8s-version": { type: "string" },
  },
  link: { ...HELP, ...DESIGN_FLAG_OPTIONS, base: { type: "string" } },
} as const;

const isCommand = (text: string | undefined): text is Command => COMMANDS.some((c) => c === text);

/**
 * node:util's messages end with advice on `--`; keep the first sentence, which names the flag,
 * plus the `--flag=-value` hint when a value starting with "-" was taken for an option.
 */
const shortMessage = (error: unknown): string => {
  const text = error instanceof Error ? error.message : String(error);
  const first = text.split(/\.\s/)[0]?.trim() ?? "";
  const dash = /use '(--[^']+=-XYZ)'/.exec(text);
  return dash ? `${first}; for a value starting with "-" write ${dash[1]}` : first;
};

type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

interface Parsed {
  values: Values;
  positionals: string[];
}

function parseCommandArgs(command: Command, args: string[]): Result<Parsed> {
  try {
    const { values, positionals, tokens } = parseArgs({
      args,
      options: OPTIONS[command],
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
    const seen = new Set<string>();
    for (const token of tokens) {
      if (token.kind !== "option") continue;
      const spec: { multiple?: boolean } = OPTIONS[command][token.name as never];
      if (seen.has(token.name) && !spec.multiple) {
        return fail(`--${token.name} is given more than once; give it once`);
      }
      seen.add(token.name);
    }
    return ok({ values: values as Values, positionals });
  } catch (error) {
    return fail(shortMessage(error));
  }
}

function atMostOneFile(command: Command, positionals: string[]): Result<string | undefined> {
  if (positionals.length > 1) {
    return fail(`${command} takes at most one design file, got ${positionals.length}`);
  }
  return ok(positionals[0]);
}

/** Most config files one `import` reads (the provenance names at most this many). */
export const MAX_IMPORT_FILES = 16;

function importInvocation(values: Values, positionals: string[]): Result<Invocation> {
  if (positionals.length === 0) return fail("import takes at least one FILE (or - for stdin)");
  if (positionals.length > MAX_IMPORT_FILES)
    return fail(`import reads at most ${MAX_IMPORT_FILES} files, got ${positionals.length}`);
  if (positionals.filter((f) => f === "-").length > 1)
    return fail("import reads standard input (-) at most once");
  const format = typeof values.format === "string" ? values.format.trim() : undefined;
  if (format !== undefined && !IMPORT_FORMATS.some((f) => f === format)) {
    return fail(`--format: "${format}" is not a format; use one of ${IMPORT_FORMATS.join(", ")}`);
  }
  const choices: Record<string, string> = {};
  const given = Array.isArray(values.choose) ? values.choose : [];
  for (const text of given) {
    const eq = String(text).indexOf("=");
    if (eq <= 0) return fail(`--choose: "${String(text)}" is not FIELD=FILE`);
    choices[String(text).slice(0, eq).trim()] = String(text)
      .slice(eq + 1)
      .trim();
  }
  const into = typeof values.into === "string" ? values.into : undefined;
  return ok({ kind: "import", files: positionals, format: format as ImportFormat, into, choices });
}

function buildInvocation(command: Command, parsed: Parsed): Result<Invocation> {
  const { values, positionals } = parsed;
  if (command === "import") return importInvocation(values, positionals);
  if (command === "propose") {
    if (positionals.length > 0) return fail(`propose takes no file, got "${positionals[0]}"`);
    const str = (name: string): string | undefined =>
      typeof values[name] === "string" ? values[name] : undefined;
    const list = (name: string): string[] =>
      Array.isArray(values[name]) ? values[name].filter((x) => typeof x === "string") : [];
    const flags: ProposeFlags = { budget: list("budget"), avoid: list("avoid") };
    const named: [keyof ProposeFlags, string][] = [
      ["nodes", "nodes"],
      ["maxNodes", "max-nodes"],
      ["surge", "surge"],
      ["podsPerNode", "pods-per-node"],
      ["services", "services"],
      ["lb", "lb"],
      ["clusters", "clusters"],
      ["cni", "cni"],
      ["ipam", "ipam"],
      ["k8sVersion", "k8s-version"],
    ];
    for (const [key, flag] of named) {
      const value = str(flag);
      if (value !== undefined) (flags as unknown as Record<string, string>)[key] = value;
    }
    return ok({ kind: "propose", flags });
  }
  const file = atMostOneFile(command, positionals);
  if (!file.ok) return file;
  const flags = parseDesignFlags(values);
  if (!flags.ok) return flags;
  const text = (name: string): string | undefined =>
    typeof values[name] === "string" ? values[name] : undefined;
  switch (command) {
    case "validate": {
      const json = !!values.json;
      const fixText = text("apply-fix");
      const cluster = text("cluster")?.trim();
      const base = { kind: command, file: file.value, flags: flags.value, json };
      const picked = cluster === undefined ? base : { ...base, cluster };
      if (fixText === undefined) return ok(picked);
      const m = /^([1-9]\d{0,5})(?:\.([1-9]))?$/.exec(fixText.trim());
      if (!m) {
        return fail(
          `--apply-fix: "${fixText}" is not a finding number; give N or N.K (finding N, its fix K), counted from 1`,
        );
      }
      if (json) return fail("give either --json or --apply-fix, not both");
      const applyFix = { finding: Number(m[1]), fix: Number(m[2] ?? 1) };
      return ok({ ...picked, applyFix });
    }
    case "link":
      return ok({
        kind: command,
        file: file.value,
        flags: flags.value,
        base: text("base") ?? DEFAULT_LINK_BASE,
      });
    case "export": {
      const listTargets = !!values["list-targets"];
      const target = text("target")?.trim();
      const out = text("out");
      if (!listTargets && !target) return fail("export needs --target NAME (or --list-targets)");
      if (listTargets && target) return fail("give either --target or --list-targets, not both");
      if (target === "all" && !out) return fail("--target all needs --out DIR");
      const force = !!values.force;
      const cluster = text("cluster")?.trim();
      return ok({
        kind: command,
        file: file.value,
        flags: flags.value,
        target,
        out,
        listTargets,
        force,
        ...(cluster === undefined ? {} : { cluster }),
      });
    }
  }
}

/**
 * Parses the command line (without `node` and the script): a command, its design file and flags.
 * `--help`/`-h` anywhere, `help [command]` or no arguments ask for help. Unknown commands and
 * flags, repeated single-value flags and flag values that do not parse are refused with a
 * message naming the flag.
 */
export function parseCli(argv: readonly string[]): Result<Invocation> & {
  /** On failure, the command whose usage to show (undefined: the overview). */
  command?: Command | undefined;
} {
  const [first, ...rest] = argv;
  if (first === undefined || first === "--help" || first === "-h") {
    return ok({ kind: "help", topic: undefined });
  }
  if (first === "help") {
    if (rest[0] === undefined) return ok({ kind: "help", topic: undefined });
    if (isCommand(rest[0])) return ok({ kind: "help", topic: rest[0] });
    return fail(`unknown command "${rest[0]}"`);
  }
  if (!isCommand(first)) {
    return first.startsWith("-")
      ? fail(`expected a command before ${first}`)
      : fail(`unknown command "${first}"`);
  }
  if (rest.some((arg) => arg === "--help" || arg === "-h")) {
    return ok({ kind: "help", topic: first });
  }
  const parsed = parseCommandArgs(first, rest);
  const result = parsed.ok ? buildInvocation(first, parsed.value) : parsed;
  return result.ok ? result : { ...result, command: first };
}
