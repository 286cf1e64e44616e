import { cniSchema, type CniKind } from "../design/schema.ts";

/** Every CNI kind the design schema accepts, read off the schema's union, in its order. */
export const CNI_KINDS: readonly CniKind[] = cniSchema.def.options.flatMap(
  (o) => o.shape.kind.def.values,
);
