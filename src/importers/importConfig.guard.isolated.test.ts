import { describe, expect, it, vi } from "vitest";
import { importConfig } from "./importConfig.ts";

// An importer with a bug: detection and reading both throw. The guard must turn that into a
// message, for every step of importConfig (detection ran outside the guard before issue 13).
vi.mock("./kubeadmConfig.ts", () => ({
  isKubeadmDocument: (doc: unknown) => {
    if (typeof doc === "object" && doc !== null && "boom" in doc) throw new TypeError("boom");
    return false;
  },
  importKubeadm: () => {
    throw new RangeError("Maximum call stack size exceeded");
  },
}));

describe("importConfig: the guard around every importer", () => {
  it("turns a throw during detection into a message", () => {
    const r = importConfig("boom: 1\n");
    expect(r).toEqual({
      format: "unknown",
      messages: ["the config could not be read: boom"],
      findings: [],
    });
  });

  it("turns a throw while reading into a message", () => {
    const r = importConfig("a: 1\n", "kubeadm");
    expect(r.design).toBeUndefined();
    expect(r.messages).toEqual(["the config could not be read: Maximum call stack size exceeded"]);
  });
});
