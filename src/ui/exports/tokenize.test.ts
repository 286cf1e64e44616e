import { describe, expect, it } from "vitest";
import { defaultDesign } from "../../core/design/defaults.ts";
import { PRESETS } from "../../core/design/presets.ts";
import { EXPORT_TARGETS } from "../../exporters/registry.ts";
import { tokenize, type Token } from "./tokenize.ts";

const kinds = (line: Token[] | undefined) => (line ?? []).map((t) => `${t.kind}:${t.text}`);
const join = (lines: Token[][]) => lines.map((l) => l.map((t) => t.text).join("")).join("\n");

describe("tokenize yaml", () => {
  it("splits keys, punctuation, values and comments", () => {
    const [a, b, c, d] = tokenize(
      'networking:\n  podSubnet: 10.244.0.0/16 # pods\n  - name: "x # y"\nmaxPods: 110',
      "yaml",
    );
    expect(kinds(a)).toEqual(["key:networking", "punct::"]);
    expect(kinds(b)).toEqual([
      "plain:  ",
      "key:podSubnet",
      "punct::",
      "plain: ",
      "string:10.244.0.0/16",
      "comment: # pods",
    ]);
    expect(kinds(c)).toEqual([
      "plain:  ",
      "punct:-",
      "plain: ",
      "key:name",
      "punct::",
      "plain: ",
      'string:"x # y"',
    ]);
    expect(kinds(d)).toEqual(["key:maxPods", "punct::", "plain: ", "number:110"]);
  });

  it("marks literals, empty collections and whole-line comments", () => {
    const lines = tokenize("# head\nenabled: true\nlist: []\nnone: null", "yaml");
    expect(kinds(lines[0])).toEqual(["comment:# head"]);
    expect(lines[1]?.at(-1)).toEqual({ kind: "literal", text: "true" });
    expect(lines[2]?.at(-1)).toEqual({ kind: "punct", text: "[]" });
    expect(lines[3]?.at(-1)).toEqual({ kind: "literal", text: "null" });
  });

  it("keeps block scalar lines as strings, even when they look like keys", () => {
    const lines = tokenize(
      'data:\n  net-conf.json: |\n    {\n      "Network": "x"\n    }\nnext: 1',
      "yaml",
    );
    expect(lines[2]).toEqual([
      { kind: "plain", text: "    " },
      { kind: "string", text: "{" },
    ]);
    expect(lines[3]?.map((t) => t.kind)).toEqual(["plain", "string"]);
    expect(kinds(lines[5])).toEqual(["key:next", "punct::", "plain: ", "number:1"]);
  });
});

describe("tokenize json and shell", () => {
  it("tells keys from string values in JSON", () => {
    const [line] = tokenize('{"Network": "10.244.0.0/16", "n": 24, "ok": false}', "json");
    expect(line?.filter((t) => t.kind !== "plain" && t.kind !== "punct")).toEqual([
      { kind: "key", text: '"Network"' },
      { kind: "string", text: '"10.244.0.0/16"' },
      { kind: "key", text: '"n"' },
      { kind: "number", text: "24" },
      { kind: "key", text: '"ok"' },
      { kind: "literal", text: "false" },
    ]);
  });

  it("splits flags from their values and comments", () => {
    const [comment, flag] = tokenize(
      "# kube-apiserver flags\n--service-cluster-ip-range=10.96.0.0/12",
      "shell",
    );
    expect(kinds(comment)).toEqual(["comment:# kube-apiserver flags"]);
    expect(kinds(flag)).toEqual([
      "flag:--service-cluster-ip-range",
      "punct:=",
      "string:10.96.0.0/12",
    ]);
  });
});

describe("tokenize hcl", () => {
  it("tells comments, keys, strings, numbers, literals and references apart", () => {
    const [comment, attr, num, lit, ref] = tokenize(
      '# Terraform\n  cidr_block = "10.0.0.0/16"\n  max_pods = 110\n  enabled = true\n  vpc_id = aws_vpc.this.id',
      "hcl",
    );
    expect(kinds(comment)).toEqual(["comment:# Terraform"]);
    expect(kinds(attr)).toEqual([
      "plain:  ",
      "key:cidr_block",
      "punct: =",
      "plain: ",
      'string:"10.0.0.0/16"',
    ]);
    expect(kinds(num).at(-1)).toBe("number:110");
    expect(kinds(lit).at(-1)).toBe("literal:true");
    expect(kinds(ref).at(-1)).toBe("plain: aws_vpc.this.id");
  });
});

describe("tokenize is lossless", () => {
  it("for every export of the default design and the presets", () => {
    const designs = [defaultDesign(), ...PRESETS.map((p) => p.design)];
    let files = 0;
    for (const design of designs) {
      for (const target of EXPORT_TARGETS.filter((t) => t.appliesTo(design))) {
        for (const file of target.render(design)) {
          files += 1;
          expect(join(tokenize(file.text, file.language))).toBe(file.text);
        }
      }
    }
    expect(files).toBeGreaterThan(20);
  });
});
