import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

const TESTS = ["src/**/*.test.ts", "src/**/*.test.tsx"];

/** Production code never imports test support (test/) or test-only libraries. */
const testSupportPatterns = [
  { group: ["**/test/**"], message: "Production code may not import test support (test/)." },
  ...["vitest", "fast-check", "ajv", "ajv-formats", "@playwright/test"].map((pkg) => ({
    group: [pkg, `${pkg}/**`],
    message: `${pkg} is a test-only library.`,
  })),
];

/**
 * Layers point one way: ui -> store -> layout | exporters | importers -> core. Production files
 * of a layer also stay clear of test support; its tests may use it.
 */
const layer = (files, forbidden, extra = []) => {
  const patterns = [
    ...forbidden.map((dir) => ({
      group: [`**/${dir}/**`, `**/${dir}`],
      message: `This layer may not import from src/${dir} (see house-style.md).`,
    })),
    ...extra.map((pkg) => ({
      group: [pkg, `${pkg}/**`],
      message: `This layer stays free of ${pkg}.`,
    })),
  ];
  return [
    {
      files,
      ignores: TESTS,
      rules: {
        "no-restricted-imports": ["error", { patterns: [...patterns, ...testSupportPatterns] }],
      },
    },
    {
      files: files.map((f) => f.replace(/\*\*$/, "**/*.test.{ts,tsx}")),
      rules: { "no-restricted-imports": ["error", { patterns }] },
    },
  ];
};

const frameworks = ["react", "react-dom", "zustand", "d3-*"];

/**
 * Spreading an array into a call's arguments puts every element on the stack: a large array
 * (user data) throws "Maximum call stack size exceeded". Loop, or use reduce, instead.
 */
const unboundedSpread = [
  {
    selector:
      "CallExpression[callee.property.name=/^(push|unshift|splice|concat|apply)$/] > SpreadElement",
    message:
      "No argument spread into push/unshift/splice/concat: a large array overflows the stack; loop instead.",
  },
  {
    selector:
      "CallExpression[callee.object.name=/^(Math|String|BigInt64Array|Array|Reflect)$/] > SpreadElement",
    message:
      "No argument spread into Math.max/min, String.fromCharCode and the like: a large array overflows the stack; loop or reduce instead.",
  },
];

/**
 * Counts are printed by one function, `core/text/formatCount.ts`: exact, locale-independent, and
 * without the ICU start-up that `toLocaleString` costs the CLI (about 23 ms).
 */
const ownNumberFormat = [
  {
    selector: "CallExpression[callee.property.name='toLocaleString']",
    message: "Print counts with formatCount (core/text/formatCount.ts), the one number formatter.",
  },
  {
    selector: "NewExpression[callee.object.name='Intl'][callee.property.name='NumberFormat']",
    message: "Print counts with formatCount (core/text/formatCount.ts), the one number formatter.",
  },
];

/** `vi.mock` needs a module registry of its own: only `*.isolated.test.ts` files get one (ADR 0008). */
const mockOnlyWhenIsolated = {
  selector:
    "CallExpression[callee.object.name='vi'][callee.property.name=/^(mock|doMock|unmock|resetModules)$/]",
  message:
    "Tests share a module registry (ADR 0008): move this test to a file named *.isolated.test.ts.",
};

export default tseslint.config(
  {
    ignores: [
      "dist",
      "dist-*",
      "node_modules",
      "playwright-report",
      "test-results",
      "bin",
      ".stryker-tmp",
      "reports",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
      "no-restricted-syntax": ["error", ...unboundedSpread, ...ownNumberFormat],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx"],
    ignores: ["**/*.isolated.test.ts"],
    rules: {
      "no-restricted-syntax": [
        "error",
        ...unboundedSpread,
        ...ownNumberFormat,
        mockOnlyWhenIsolated,
      ],
    },
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },
  ...layer(["src/core/**"], ["store", "ui", "layout", "exporters", "importers", "cli"], frameworks),
  ...layer(["src/exporters/**", "src/importers/**"], ["store", "ui", "layout", "cli"], frameworks),
  ...layer(
    ["src/layout/**"],
    ["store", "ui", "exporters", "importers", "cli"],
    ["react", "react-dom", "zustand"],
  ),
  ...layer(["src/store/**"], ["ui", "cli"], ["react", "react-dom"]),
  ...layer(["src/ui/**"], ["cli"]),
  ...layer(["src/cli/**"], ["ui", "store", "layout"], frameworks),
  ...layer(["src/*.{ts,tsx}"], []),
);
