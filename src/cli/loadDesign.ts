import { defaultDesign } from "../core/design/defaults.ts";
import { designSchema, type Design } from "../core/design/schema.ts";
import { fail, ok, type Result } from "../core/result.ts";
import { applyFlags, type FlaggedDesign } from "./applyFlags.ts";
import type { DesignFlags } from "./designFlags.ts";
import { errorText, type CliIo } from "./io.ts";

/** Parses design-file text into a design; the message names the first problem and its path. */
function parseDesignText(text: string): Result<Design> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON: ${errorText(error)}`);
  }
  const checked = designSchema.safeParse(data);
  if (checked.success) return ok(checked.data);
  const issue = checked.error.issues[0];
  return fail(`${issue?.path.join(".") || "design"}: ${issue?.message}`);
}

/**
 * The design a command works on: the file (or the default design when there is none) with the
 * flags applied. Failures name the file path or the flag, ready for stderr.
 */
export async function loadDesign(
  io: CliIo,
  file: string | undefined,
  flags: DesignFlags,
): Promise<Result<FlaggedDesign>> {
  let base = defaultDesign();
  if (file !== undefined) {
    const name = file === "-" ? "standard input" : file;
    let text: string;
    try {
      text = await io.readText(file);
    } catch (error) {
      return fail(`cannot read ${name}: ${errorText(error)}`);
    }
    const parsed = parseDesignText(text);
    if (!parsed.ok) return fail(`${name} is not a usable design file: ${parsed.error}`);
    base = parsed.value;
  }
  return applyFlags(base, flags);
}
