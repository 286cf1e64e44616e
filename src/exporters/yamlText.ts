import { Document, isMap, isScalar, type Scalar } from "yaml";
import type { ExportFile } from "./types.ts";

/**
 * Kubernetes tools read YAML with YAML 1.1 rules (go-yaml): building documents as YAML 1.1 makes
 * the library quote every string that 1.1 would read as something else ("No", "on", "1:20").
 */
const YAML_OPTIONS = { version: "1.1" } as const;

/** A comment to place before one key of a document, addressed by its path. */
export interface KeyComment {
  path: readonly (string | number)[];
  text: string;
}

/** What one YAML document holds: its data, an optional header comment and comments on keys. */
export interface YamlDocSpec {
  value: unknown;
  header?: readonly string[];
  comments?: readonly KeyComment[];
}

/** Prefixes each comment line with a space, as the yaml library prints `#` + text. */
function commentText(lines: readonly string[]): string {
  return lines.map((line) => (line ? ` ${line}` : "")).join("\n");
}

/** Puts `text` before the key at `path` (the last element names the key within its map). */
function commentKey(doc: Document, path: readonly (string | number)[], text: string): void {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const key = path[path.length - 1];
  if (!isMap(parent)) throw new Error(`no map at ${path.slice(0, -1).join(".")}`);
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (!pair) throw new Error(`no key ${path.join(".")}`);
  const scalar = pair.key as Scalar;
  scalar.commentBefore = commentText(text.split("\n"));
}

/** Builds one YAML document with the yaml library (never by string concatenation). */
export function yamlDocument(spec: YamlDocSpec): Document {
  const doc = new Document(spec.value, YAML_OPTIONS);
  if (spec.header?.length) doc.commentBefore = commentText(spec.header);
  for (const c of spec.comments ?? []) commentKey(doc, c.path, c.text);
  return doc;
}

/** Serialises documents as one YAML stream; every document after the first starts with `---`. */
export function yamlStream(docs: readonly YamlDocSpec[]): string {
  return docs
    .map((spec, i) => {
      const doc = yamlDocument(spec);
      if (i > 0 && doc.directives) {
        doc.directives.docStart = true;
        // After `---` the header belongs to the document's first node, not before the marker.
        if (doc.commentBefore && isMap(doc.contents)) {
          doc.contents.commentBefore = doc.commentBefore;
          doc.commentBefore = null;
        }
      }
      return doc.toString({ lineWidth: 0 });
    })
    .join("");
}

/** A YAML export file of one or more documents. */
export function yamlFile(filename: string, docs: readonly YamlDocSpec[]): ExportFile {
  return { filename, text: yamlStream(docs), language: "yaml" };
}

/** One command-line flag; `value` is written after `=`. */
export interface Flag {
  name: string;
  value: string;
  /** A comment line printed above the flag. */
  comment?: string;
}

/** Characters that need no shell quoting in a flag value. */
const SHELL_SAFE = /^[A-Za-z0-9_@%+=:,./-]*$/;

/** Quotes a value for a POSIX shell when it holds anything but safe characters. */
export function shellQuote(value: string): string {
  return SHELL_SAFE.test(value) ? value : `'${value.replace(/'/g, `'\\''`)}'`;
}

/**
 * A flags file: `#` header lines, then one `--name=value` per line (shell-quoted where needed),
 * ready for a systemd unit, a static Pod's `command` or a shell line.
 */
export function flagsFile(
  filename: string,
  header: readonly string[],
  flags: readonly Flag[],
): ExportFile {
  const lines = [
    ...header.map((h) => (h ? `# ${h}` : "#")),
    ...flags.flatMap((f) => [
      ...(f.comment ? [`# ${f.comment}`] : []),
      `--${f.name}=${shellQuote(f.value)}`,
    ]),
  ];
  return { filename, text: `${lines.join("\n")}\n`, language: "shell" };
}
