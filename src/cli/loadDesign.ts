import { defaultDesign } from "../core/design/defaults.ts";
import { parseDesignFile } from "../core/codec/designFile.ts";
import { fail, ok, type Result } from "../core/result.ts";
import { applyFlags, type FlaggedDesign } from "./applyFlags.ts";
import type { DesignFlags } from "./designFlags.ts";
import { errorText, inputName, type CliIo } from "./io.ts";

/**
 * The design a command works on: the design file read through parseDesignFile (or the default
 * design when there is none) with the flags applied; the file's restore notices become notes.
 * Failures name the file path or the flag, ready for stderr.
 */
export async function loadDesign(
  io: CliIo,
  file: string | undefined,
  flags: DesignFlags,
): Promise<Result<FlaggedDesign>> {
  let base = defaultDesign();
  const fileNotes: string[] = [];
  if (file !== undefined) {
    const name = inputName(file);
    let text: string;
    try {
      text = await io.readText(file);
    } catch (error) {
      return fail(`cannot read ${name}: ${errorText(error)}`);
    }
    const parsed = parseDesignFile(text);
    if (!parsed.ok) return fail(`${name}: ${parsed.error}`);
    base = parsed.value.design;
    for (const notice of parsed.value.notices) fileNotes.push(`${name}: ${notice}`);
  }
  const flagged = applyFlags(base, flags);
  return flagged.ok
    ? ok({ ...flagged.value, notes: [...fileNotes, ...flagged.value.notes] })
    : flagged;
}
