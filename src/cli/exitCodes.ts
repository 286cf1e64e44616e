/** Exit status: the design is usable and no finding is an error. */
export const EXIT_OK = 0;
/** Exit status: at least one finding is an error (a real component refuses it or the cluster breaks). */
export const EXIT_FINDING_ERRORS = 1;
/** Exit status: unusable input (bad flag or value, unreadable or invalid file, unknown command). */
export const EXIT_USAGE = 2;
/** Exit status: the CLI itself failed (a bug); a one-line message goes to stderr. */
export const EXIT_INTERNAL = 3;
/**
 * Exit status: standard output could not be written (EPIPE from a reader that closed, as with
 * `| head -1`; ENOSPC; any other write error). The CLI stops at once and prints nothing more,
 * so a CI job never reads it as exit 1 (findings).
 */
export const EXIT_OUTPUT = 4;
