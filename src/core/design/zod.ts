import { z } from "zod";

// No code generation: zod would otherwise probe `new Function`, which the built app's
// Content-Security-Policy (no 'unsafe-eval') refuses and reports as a violation. It must run
// before any schema is built, so every module that builds a schema imports `z` from here.
z.config({ jitless: true });

/** zod, configured once for the whole project (jitless, so it never evaluates code). */
export { z };
