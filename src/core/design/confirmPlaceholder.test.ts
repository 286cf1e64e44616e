import { describe, expect, it } from "vitest";
import { confirmPlaceholder } from "./confirmPlaceholder.ts";
import { defaultDesign } from "./defaults.ts";
import type { Design } from "./schema.ts";

const imported: Design = {
  ...defaultDesign(),
  imported: {
    format: "kubeadm",
    sources: {},
    placeholders: ["nodes.networks", "nodes.count"],
    refusals: [],
    files: ["kubeadm.yaml"],
  },
};

describe("confirmPlaceholder", () => {
  it("drops one placeholder and keeps the value and the rest", () => {
    const out = confirmPlaceholder(imported, "nodes.count");
    expect(out.imported?.placeholders).toEqual(["nodes.networks"]);
    expect(out.nodes).toBe(imported.nodes);
    expect(out.imported?.files).toEqual(["kubeadm.yaml"]);
  });

  it("changes nothing for a path that is no placeholder, or a design not imported", () => {
    expect(confirmPlaceholder(imported, "name")).toBe(imported);
    const plain = defaultDesign();
    expect(confirmPlaceholder(plain, "nodes.count")).toBe(plain);
  });
});
