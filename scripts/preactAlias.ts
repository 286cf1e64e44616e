import type { Alias } from "vite";

/**
 * The app is written against React's API (types from @types/react) and runs on Preact's
 * compatibility layer: the same components in about a sixth of React's bytes, which the
 * first-load JavaScript target of issue 10 needs (docs/adr/0036-preact-runs-the-ui.md).
 * Used by the app's build and dev server, the bench harness and the unit tests, so every
 * place that runs a component runs the same library.
 */
export const PREACT_ALIAS: Alias[] = [
  { find: /^react-dom\/client$/, replacement: "preact/compat/client" },
  { find: /^react-dom$/, replacement: "preact/compat" },
  { find: /^react\/jsx-runtime$/, replacement: "preact/jsx-runtime" },
  { find: /^react\/jsx-dev-runtime$/, replacement: "preact/jsx-dev-runtime" },
  { find: /^react$/, replacement: "preact/compat" },
];
