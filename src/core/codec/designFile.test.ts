import { describe, expect, it } from "vitest";
import { refusalOf } from "../../../test/core/codec/refusal.ts";
import { defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { parseDesignFile, serializeDesign } from "./designFile.ts";
import { MAX_INPUT_BYTES } from "./inputSize.ts";
import { parseJsonText } from "./jsonText.ts";

const errorOf = (text: string): string => refusalOf(parseDesignFile(text));

describe("serializeDesign / parseDesignFile", () => {
  it("writes pretty JSON without an unresolvable $schema, keys in schema order", () => {
    const text = serializeDesign(PRESETS.find((p) => p.id === "dual-stack")!.design);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true);
    expect(text).not.toContain("$schema");
    expect(text.endsWith("}\n")).toBe(true);
    const keys = Object.keys(JSON.parse(text) as object);
    expect(keys.indexOf("ipv6")).toBe(keys.indexOf("ipv4") + 1);
  });

  it("leaves out the eni block outside ENI mode and restores old files that have it", () => {
    const cilium = PRESETS.find((p) => p.id === "cilium")!.design;
    const text = serializeDesign(cilium);
    expect(JSON.parse(text).cni).toEqual({
      kind: "cilium",
      ipam: "cluster-pool",
      routingMode: "tunnel",
      tunnelProtocol: "vxlan",
    });
    const back = parseDesignFile(text);
    expect(back.ok && back.value).toEqual({ design: cilium, notices: [] });
    const old = JSON.stringify({ $schema: "./schema/design.schema.json", ...cilium });
    const restored = parseDesignFile(old);
    expect(restored.ok && restored.value).toEqual({ design: cilium, notices: [] });
    const eni = { ...cilium, cni: { ...cilium.cni, ipam: "eni" } };
    expect(JSON.parse(serializeDesign(eni as typeof cilium)).cni.eni).toEqual({
      enis: 3,
      ipsPerEni: 10,
      prefixDelegation: false,
    });
  });

  it("gives line and column for JSON syntax errors", () => {
    expect(errorOf('{\n  "name": "x",\n}')).toBe(
      "This file cannot be opened: it is not valid JSON: line 3, column 1: Expected double-quoted property name",
    );
    expect(errorOf('{"a" 1}')).toMatch(/line 1, column 6: Expected ':' after property name/);
    expect(errorOf("[1,")).toMatch(/line 1, column 4: Unexpected end of JSON input/);
    expect(errorOf("<script>alert(1)</script>")).toMatch(
      /line 1, column 1: unexpected character '<'/,
    );
  });

  it("reads SpiderMonkey's line and column too", () => {
    expect(parseJsonText).toBeTypeOf("function");
    const original = JSON.parse;
    JSON.parse = () => {
      throw new SyntaxError(
        "JSON.parse: expected ',' or '}' after property value in object at line 4 column 3 of the JSON data",
      );
    };
    try {
      const r = parseJsonText("{}");
      expect(r).toEqual({
        ok: false,
        error: "line 4, column 3: expected ',' or '}' after property value in object",
      });
    } finally {
      JSON.parse = original;
    }
  });

  it("names the first invalid field with its path", () => {
    const d = JSON.parse(serializeDesign(defaultDesign())) as Record<string, unknown>;
    d.nodes = {
      ...(d.nodes as object),
      networks: [
        { name: "n", cidr: "10.0.0.0/8" },
        { name: "Bad Name", cidr: "10.1.0.0/16" },
      ],
    };
    expect(errorOf(JSON.stringify(d))).toBe(
      `This file cannot be opened: nodes.networks[1].name: "Bad Name" is not allowed: use lower-case letters, digits, '-' and '.' (a DNS-1123 name)`,
    );
  });

  it("refuses empty, oversized and non-object files", () => {
    expect(errorOf("")).toMatch(/it is empty/);
    expect(errorOf("  \n")).toMatch(/it is empty/);
    expect(errorOf(" ".repeat(MAX_INPUT_BYTES + 1))).toBe(
      "This file cannot be opened: it is over the limit of 4 MiB (4,194,304 bytes) for any input",
    );
    expect(errorOf("[]")).toMatch(/must be a JSON object/);
    expect(errorOf('"design"')).toMatch(/must be a JSON object/);
  });

  it("accepts a byte-order mark and ignores $schema", () => {
    const r = parseDesignFile(`\uFEFF${serializeDesign(defaultDesign())}`);
    expect(r.ok && r.value.notices).toEqual([]);
  });

  it("refuses polluting keys in files", () => {
    const text = serializeDesign(defaultDesign()).replace(
      '"nodes": {',
      '"nodes": {"__proto__": {"x": 1},',
    );
    expect(errorOf(text)).toMatch(/"__proto__" at nodes.__proto__ .*prototype pollution/);
  });

  it("survives truncations of a valid file", () => {
    const text = serializeDesign(PRESETS[3]!.design);
    for (let cut = 0; cut < text.length; cut += 7) {
      const r = parseDesignFile(text.slice(0, cut));
      expect(r.ok).toBe(false);
    }
  });
});
