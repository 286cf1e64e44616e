import type { ExportFile } from "./types.ts";

/** A Terraform expression written as is: a reference (`aws_vpc.this.id`, `var.region`) or a call. */
export interface HclRaw {
  raw: string;
}

/** An HCL attribute value: literals, lists, objects (maps) or a raw expression. */
export type HclValue =
  string | number | boolean | HclRaw | readonly HclValue[] | { readonly [key: string]: HclValue };

/** An HCL block: `type "label" … { attributes; nested blocks }`, with optional comment lines. */
export interface HclBlock {
  type: string;
  labels?: readonly string[];
  /** Attributes in the order written; undefined values are left out. */
  attrs?: readonly (readonly [string, HclValue | undefined])[];
  blocks?: readonly HclBlock[];
  comments?: readonly string[];
}

/** A raw expression (reference or function call), written without quotes. */
export function hclRaw(raw: string): HclRaw {
  return { raw };
}

function isRaw(v: HclValue): v is HclRaw {
  return typeof v === "object" && !Array.isArray(v) && "raw" in v && Object.keys(v).length === 1;
}

/**
 * An HCL quoted string: JSON's escapes are HCL's (`\"`, `\\`, `\n`, `\uNNNN`); `${` and `%{` start
 * templates in HCL, so they are doubled (`$${`, `%%{`) to stay literal.
 */
export function hclString(text: string): string {
  return JSON.stringify(text)
    .replace(/\$\{/g, () => "$${")
    .replace(/%\{/g, () => "%%{");
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_-]*$/;

function value(v: HclValue, indent: string): string {
  if (typeof v === "string") return hclString(v);
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (isRaw(v)) return v.raw;
  if (Array.isArray(v)) {
    const items = (v as readonly HclValue[]).map((item) => value(item, indent));
    return `[${items.join(", ")}]`;
  }
  const inner = `${indent}  `;
  const entries = Object.entries(v as { [key: string]: HclValue });
  if (entries.length === 0) return "{}";
  const key = (k: string) => (IDENT.test(k) ? k : hclString(k));
  if (entries.length === 1 && entries.every(([, item]) => typeof item !== "object")) {
    return `{ ${entries.map(([k, item]) => `${key(k)} = ${value(item, inner)}`).join(", ")} }`;
  }
  const lines = entries.map(([k, item]) => `${inner}${key(k)} = ${value(item, inner)}`);
  return `{\n${lines.join("\n")}\n${indent}}`;
}

function block(b: HclBlock, indent: string): string[] {
  const labels = (b.labels ?? []).map((l) => ` ${hclString(l)}`).join("");
  const inner = `${indent}  `;
  const attrs = (b.attrs ?? []).filter((a): a is readonly [string, HclValue] => a[1] !== undefined);
  const width = attrs.reduce((w, [k]) => Math.max(w, k.length), 0);
  const body = [
    ...attrs.map(([k, v]) => `${inner}${k.padEnd(width)} = ${value(v, inner)}`),
    ...(b.blocks ?? []).flatMap((nested, i) => [
      ...(i > 0 || attrs.length > 0 ? [""] : []),
      ...block(nested, inner),
    ]),
  ];
  return [
    ...(b.comments ?? []).map((c) => `${indent}# ${c}`),
    `${indent}${b.type}${labels} {`,
    ...body,
    `${indent}}`,
  ];
}

/** A Terraform file: `#` header lines, then the blocks separated by blank lines. */
export function hclFile(
  filename: string,
  header: readonly string[],
  blocks: readonly HclBlock[],
): ExportFile {
  const lines = [
    ...header.map((h) => (h ? `# ${h}` : "#")),
    ...blocks.flatMap((b) => ["", ...block(b, "")]),
  ];
  return { filename, text: `${lines.join("\n")}\n`, language: "hcl" };
}

/** A Terraform `variable` block with a description and an optional default. */
export function hclVariable(name: string, description: string, def?: HclValue): HclBlock {
  return {
    type: "variable",
    labels: [name],
    attrs: [
      ["type", hclRaw(typeof def === "number" ? "number" : "string")],
      ["description", description],
      ["default", def],
    ],
  };
}
