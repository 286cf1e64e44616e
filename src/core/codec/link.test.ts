import { cloudPresets } from "../cloud/cloudPresets.ts";
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { designSchema, type Design } from "../design/schema.ts";
import { decodeLink, encodeLink } from "./link.ts";
import { LINK_WARN_LENGTH } from "./linkPayload.ts";
import { LINK_DICTIONARY_D1 } from "./linkDictionary.ts";
import { largeDesign } from "../../../test/core/codec/largeDesign.ts";
import { usedBlocksOnly } from "../../../test/core/codec/usedBlocksOnly.ts";

/** An origin and path a deployed app might have, counted into a link's length. */
const ORIGIN = "https://k8s-subnet-designer.example.org/#";

const decoded = (fragment: string): Design => {
  const r = decodeLink(fragment);
  if (!r.ok) throw new Error(r.error);
  return r.value.design;
};

describe("encodeLink / decodeLink", () => {
  it("starts with the link format, apart from the design's schema version", () => {
    expect(encodeLink(defaultDesign())).toMatch(/^d1\.[A-Za-z0-9_-]+$/);
  });

  it("keeps the default design and every preset under 200 characters", () => {
    const lengths: Record<string, number> = {
      default: (ORIGIN + encodeLink(defaultDesign())).length,
    };
    // The managed-cloud presets (EKS zones, warm pool) came after the frozen d1 dictionary and
    // compress less: they are held to 350 characters instead.
    const cloud = new Set(cloudPresets(defaultDesign()).map((p) => p.id));
    for (const p of PRESETS) lengths[p.id] = (ORIGIN + encodeLink(p.design)).length;
    for (const [id, length] of Object.entries(lengths)) {
      expect(length, id).toBeLessThan(cloud.has(id) ? 350 : 200);
    }
    for (const p of PRESETS) expect(decoded(encodeLink(p.design))).toEqual(p.design);
  });

  it("keeps a large design (8 pools, 8 external ranges, dual-stack) under 1,000 characters", () => {
    const d = largeDesign();
    expect(designSchema.safeParse(d).success).toBe(true);
    const link = ORIGIN + encodeLink(d);
    expect(link.length).toBeLessThan(1000);
    expect(decoded(link)).toEqual(usedBlocksOnly(d));
  });

  it("exports the warning threshold of 2,000 characters", () => {
    expect(LINK_WARN_LENGTH).toBe(2000);
  });

  it("accepts a leading # or a whole URL", () => {
    const fragment = encodeLink(PRESETS[1]!.design);
    expect(decoded(`#${fragment}`)).toEqual(PRESETS[1]!.design);
    expect(decoded(`https://example.org/app/?x=1#${fragment}`)).toEqual(PRESETS[1]!.design);
  });

  it("keeps the frozen d1 dictionary byte for byte (old links depend on it)", () => {
    // Pinned when link format d1 shipped; a change here breaks every d1 link ever shared.
    const sha = createHash("sha256").update(LINK_DICTIONARY_D1).digest("hex");
    expect({ bytes: LINK_DICTIONARY_D1.length, sha }).toEqual(DICTIONARY_PIN);
  });
});

const DICTIONARY_PIN = {
  bytes: 4042,
  sha: "0d6b30c13e3638b2c81e5f62216eadfbd635ea74861133adfc8897edd8e9128e",
};
