import { createContext } from "react";
import type { Sharing } from "./startSharing.ts";

/** The app's running sharing (from startSharing in main.tsx); null when none was started. */
export const SharingContext = createContext<Sharing | null>(null);
