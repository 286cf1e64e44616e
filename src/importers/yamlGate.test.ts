import { Lexer, parseAllDocuments } from "yaml";
import { describe, expect, it, vi } from "vitest";
import { readYaml, YAML_LIMITS } from "./yamlGate.ts";

const mapping = (keys: number) =>
  Array.from({ length: keys }, (_, i) => `key${i}: value\n`).join("");

describe("readYaml: the YAML input gate", () => {
  it("lexes the text once: the limit count and the parser share the lexemes", () => {
    const text = "a: 1\nb:\n  - 10.0.0.0/8\n  - fd00::/8 # two\nc: |\n  block\n";
    const expected = parseAllDocuments(text).map((d) => d.toJS());
    const lex = vi.spyOn(Lexer.prototype, "lex");
    try {
      expect(readYaml(text).docs).toEqual(expected);
      expect(lex).toHaveBeenCalledTimes(1);
    } finally {
      lex.mockRestore();
    }
  });

  it("returns every document's plain values, empty documents left out", () => {
    expect(readYaml("a: 1\n---\n---\n- x\n").docs).toEqual([{ a: 1 }, ["x"]]);
  });

  it("reports a syntax error with its line and column, as the yaml library words it", () => {
    const text = "cluster-cidr: 10.42.0.0/16\nservice-cidr: [10.43.0.0/16\n";
    const r = readYaml(text);
    expect(r.docs).toBeUndefined();
    const library = parseAllDocuments(text, { prettyErrors: true });
    const expected = (Array.isArray(library) ? library : [])
      .flatMap((d) => d.errors)[0]
      ?.message.split(":\n")[0];
    expect(r.syntaxError).toBe(expected);
    expect(r.syntaxError).toMatch(/ at line 3, column 1$/);
  });

  it("reports a duplicate key in the yaml library's words, at the second key", () => {
    const r = readYaml("a:\n  x: 1\n  y: 2\n  x: 3\n");
    expect(r.syntaxError).toBe("Map keys must be unique at line 4, column 3");
    // Keys of different types are different keys, as in the library's own check.
    expect(readYaml("1: a\n'1': b\n").docs).toEqual([{ 1: "b" }]);
    expect(readYaml("- {a: 1, a: 2}\n").syntaxError).toMatch(/^Map keys must be unique/);
  });

  it("refuses nesting deeper than the limit before building a tree", () => {
    const deep = "[".repeat(1000);
    expect(readYaml(deep).limitError).toBe(`it is nested deeper than ${YAML_LIMITS.depth} levels`);
    const block = Array.from({ length: 70 }, (_, i) => `${" ".repeat(i)}k:\n`).join("");
    expect(readYaml(block).limitError).toMatch(/nested deeper/);
    const atLimit = `${"[".repeat(YAML_LIMITS.depth)}${"]".repeat(YAML_LIMITS.depth)}`;
    expect(readYaml(atLimit).limitError).toBeUndefined();
  });

  it("counts keys in block and flow mappings against the key limit", () => {
    expect(readYaml(mapping(YAML_LIMITS.keys)).docs?.[0]).toHaveProperty("key19999", "value");
    expect(readYaml(mapping(YAML_LIMITS.keys + 1)).limitError).toBe(
      "it holds more than 20,000 keys",
    );
    const flow = `{${Array.from({ length: YAML_LIMITS.keys + 1 }, (_, i) => `k${i}: 1`).join(", ")}}`;
    expect(readYaml(flow).limitError).toMatch(/more than 20,000 keys/);
  });

  it("counts values against the value limit", () => {
    const items = "x, ".repeat(YAML_LIMITS.values);
    expect(readYaml(`[${items}]`).limitError).toBe(
      "it holds more than 200,000 values and list items",
    );
    expect(readYaml("-\n".repeat(YAML_LIMITS.values + 1)).limitError).toMatch(/200,000 values/);
  });

  it("refuses more aliases than the limit, and aliases that expand too far", () => {
    const many = `a: &a 1\nb: [${Array.from({ length: YAML_LIMITS.aliases + 1 }, () => "*a").join(", ")}]\n`;
    expect(readYaml(many).limitError).toBe("it uses more than 100 aliases (*name)");
    const laughs = [
      "a: &a [x, x, x, x, x, x, x, x, x, x]",
      "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]",
      "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]",
      "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]",
    ].join("\n");
    expect(readYaml(laughs).limitError).toBe("its aliases expand to too many values");
    expect(readYaml("a: &x 1\nb: *x\n").docs).toEqual([{ a: 1, b: 1 }]);
  });
});
