import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { importConfig } from "./importConfig.ts";

describe("importConfig never throws", () => {
  it("on random text, random YAML-ish mappings and flag soup", () => {
    const word = fc.constantFrom(
      "--cluster-cidr",
      "--node-cidr-mask-size",
      "ipam:",
      "  mode:",
      "cluster-cidr:",
      "- ",
      "10.0.0.0/8",
      "fd00::/48",
      "x",
      "=",
      ",",
      "\n",
      "apiVersion: kubeadm.k8s.io/v1beta4",
      "&a",
      "*a",
      "{",
      "[",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.array(word, { maxLength: 40 }).map((w) => w.join(" ")),
        ),
        (text) => {
          const r = importConfig(text);
          expect(Array.isArray(r.messages)).toBe(true);
          if (!r.design) expect(r.messages.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
