import { describe, expect, it } from "vitest";
import {
  HOSTILE_CONFIGS,
  HOSTILE_VALUES,
  hostileConfigText,
} from "../../test/importers/hostileFields.ts";
import { importConfig } from "./importConfig.ts";

/**
 * What a message shows when an importer converted a value it should have checked: a JavaScript
 * error from String() of `{toString: 1}`, an object's default text, or a function found on
 * `Object.prototype` by a lookup of a key such as `constructor`.
 */
const LEAK = /Cannot convert|\[object |native code|could not be read|is not a function/;

describe("every importer, with a wrong-typed value in every field (issue 13)", () => {
  for (const kind of Object.keys(HOSTILE_CONFIGS)) {
    it(`${kind}: says what it could not use, never a JavaScript error or an object's text`, () => {
      for (const value of HOSTILE_VALUES) {
        const text = hostileConfigText(kind, value);
        const r = importConfig(text);
        const leaked = r.messages.filter((m) => LEAK.test(m));
        expect(leaked, `${JSON.stringify(value)} in\n${text}`).toEqual([]);
        if (!r.design) expect(r.messages.length).toBeGreaterThan(0);
      }
    });
  }
});
