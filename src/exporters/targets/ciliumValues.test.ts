import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { defaultCni, defaultDesign } from "../../core/design/defaults.ts";
import type { Design } from "../../core/design/schema.ts";
import { readFileSync } from "node:fs";
import path from "node:path";
import { schemasDir } from "../../../test/exporters/schemas.ts";
import { renderCiliumValues } from "./ciliumValues.ts";

const cilium = (clusterId?: number): Design =>
  ({
    ...defaultDesign(),
    name: "east",
    cni: { ...defaultCni("cilium"), ...(clusterId === undefined ? {} : { clusterId }) },
  }) as Design;

describe("Cilium values: ClusterMesh identity", () => {
  it("writes cluster.name and cluster.id when the design has an id, valid for chart 1.20.0 and 1.19.6", () => {
    const [file] = renderCiliumValues(cilium(3));
    const values = parse(file!.text) as Record<string, unknown>;
    expect(values.cluster).toEqual({ name: "east", id: 3 });
    expect(file!.text).toContain("# ClusterMesh identity");
    // The chart's own values schema types the keys (read directly: compiling it is slow-tier work).
    for (const chart of ["1.20.0", "1.19.6"]) {
      const schema = JSON.parse(
        readFileSync(path.join(schemasDir(), `cilium-${chart}-values.schema.json`), "utf8"),
      ) as { properties: { cluster: { properties: Record<string, { type: string }> } } };
      const keys = schema.properties.cluster.properties;
      expect([keys.name?.type, keys.id?.type]).toEqual(["string", "integer"]);
    }
  });

  it("writes no cluster block without an id (0 is Cilium's unset)", () => {
    for (const d of [cilium(), cilium(0)]) {
      const values = parse(renderCiliumValues(d)[0]!.text) as Record<string, unknown>;
      expect(values.cluster).toBeUndefined();
    }
  });
});
