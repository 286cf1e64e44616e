import { describe, expect, it } from "vitest";
import { addCompileHint, COMPILE_HINT, type HintedChunk } from "./compileHint.ts";

describe("addCompileHint", () => {
  const bundle = (): Record<string, HintedChunk> => ({
    "assets/react-a.js": { type: "chunk", name: "react", code: "var t=1;" },
    "assets/startApp-b.js": { type: "chunk", name: "startApp", code: "var s=2;" },
    "assets/react-c.css": { type: "asset", name: "react" },
  });

  it("puts the hint on the first line of the named chunk only", () => {
    const b = bundle();
    expect(addCompileHint(b, "react")).toBe(1);
    expect(b["assets/react-a.js"]!.code).toBe(`${COMPILE_HINT}\nvar t=1;`);
    expect(b["assets/startApp-b.js"]!.code).toBe("var s=2;");
    expect(b["assets/react-c.css"]!.code).toBeUndefined();
  });

  it("hints once, and reports when no chunk has the name", () => {
    const b = bundle();
    addCompileHint(b, "react");
    addCompileHint(b, "react");
    expect(b["assets/react-a.js"]!.code!.split(COMPILE_HINT)).toHaveLength(2);
    expect(addCompileHint(bundle(), "vendor")).toBe(0);
  });
});
