import { LINK_WARN_LENGTH } from "../../core/codec/linkPayload.ts";
import { encodePlanLink } from "../../core/codec/planLink.ts";
import { fail, ok, type Result } from "../../core/result.ts";
import { EXIT_OK, EXIT_USAGE } from "../exitCodes.ts";
import type { CliIo } from "../io.ts";
import { loadPlan } from "../loadDesign.ts";
import type { Invocation } from "../parseCli.ts";

/** Checks `--base`: an absolute http(s) URL; any fragment it carries is dropped. */
export function parseLinkBase(text: string): Result<string> {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return fail(`--base: "${text}" is not an absolute URL such as http://127.0.0.1:5173/`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return fail(`--base: "${text}" must be an http or https URL`);
  }
  url.hash = "";
  return ok(url.href);
}

/**
 * `link`: prints the share link of the design (file + flags), `<base>#<encoded design>`, on
 * stdout; a warning on stderr when it passes LINK_WARN_LENGTH characters.
 */
export async function runLink(
  inv: Extract<Invocation, { kind: "link" }>,
  io: CliIo,
): Promise<number> {
  const fatal = (message: string): number => {
    io.err(`k8s-subnet-designer link: ${message}\n`);
    return EXIT_USAGE;
  };
  const base = parseLinkBase(inv.base);
  if (!base.ok) return fatal(base.error);
  const loaded = await loadPlan(io, inv.file, inv.flags);
  if (!loaded.ok) return fatal(loaded.error);
  for (const note of loaded.value.notes) io.err(`note: ${note}\n`);
  const link = `${base.value}#${encodePlanLink(loaded.value.plan)}`;
  if (link.length > LINK_WARN_LENGTH) {
    io.err(
      `warning: the link is ${link.length} characters; links over ${LINK_WARN_LENGTH} break in some chat tools and tickets, so share the design file instead\n`,
    );
  }
  io.out(`${link}\n`);
  return EXIT_OK;
}
