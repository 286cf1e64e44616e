import { z } from "zod/mini";
import { en } from "zod/locales";

// zod/mini: the same zod 4 core with a functional API, so the app ships only the schema kinds and
// checks it uses (ADR 0044). Two settings, before any schema is built (every module that builds a
// schema imports `z` from here):
// - jitless: no code generation; zod would otherwise probe `new Function`, which the built app's
//   Content-Security-Policy (no 'unsafe-eval') refuses and reports as a violation;
// - the English messages ("Too big: expected number to be <=64"), which classic zod sets itself
//   and zod/mini leaves out; describeIssue quotes them.
z.config({ ...en(), jitless: true });

/** zod/mini, configured once for the whole project (jitless, English messages). */
export { z };
