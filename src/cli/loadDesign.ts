import { defaultDesign } from "../core/design/defaults.ts";
import { restoreDesign, type RestoredDesign } from "../core/codec/restore.ts";
import { fail, ok, type Result } from "../core/result.ts";
import { applyFlags, type FlaggedDesign } from "./applyFlags.ts";
import type { DesignFlags } from "./designFlags.ts";
import { errorText, type CliIo } from "./io.ts";

/** Parses design-file text through the restore gate; the message names the first problem and its path. */
function parseDesignText(text: string): Result<RestoredDesign> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail(`not valid JSON: ${errorText(error)}`);
  }
  return restoreDesign(data);
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
  const fileNotes: string[] = [];
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
    base = parsed.value.design;
    fileNotes.push(...parsed.value.notices.map((notice) => `${name}: ${notice}`));
  }
  const flagged = applyFlags(base, flags);
  return flagged.ok
    ? ok({ ...flagged.value, notes: [...fileNotes, ...flagged.value.notes] })
    : flagged;
}
