import fc from "fast-check";
import { seedFor } from "./fastCheckSeed.ts";

// Vitest setup file: seeds every fast-check property (fixed in CI, random locally; see seedFor).
const seed = seedFor(process.env);
if (seed !== undefined) fc.configureGlobal({ ...fc.readConfigureGlobal(), seed });
