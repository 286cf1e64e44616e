import { describe, expect, it } from "vitest";
import { familyModesFor } from "../../core/cni/familyModes.ts";
import { defaultCni } from "../../core/design/defaults.ts";
import { flagParts } from "./FlagText.tsx";

describe("flag text", () => {
  it("sets each flag apart whole, and loses no text", () => {
    const reason = familyModesFor(defaultCni("azure-overlay")).reason ?? "";
    const parts = flagParts(reason);
    expect(parts.filter((_, i) => i % 2 === 1)).toEqual(["--ip-families"]);
    expect(parts.join("")).toBe(reason);
    expect(flagParts("a --pod-cidr and --node-cidr-mask-size-ipv6 b")).toEqual([
      "a ",
      "--pod-cidr",
      " and ",
      "--node-cidr-mask-size-ipv6",
      " b",
    ]);
    expect(flagParts("IPv6-only, no flag")).toEqual(["IPv6-only, no flag"]);
  });
});
