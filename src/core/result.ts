/** The outcome of parsing untrusted input: a value, or a message a user can act on. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

/** Wraps a value as a successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** Wraps a message as a failed result. */
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** Marks a `switch` as exhaustive: the compiler errors when a union member is left out. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
