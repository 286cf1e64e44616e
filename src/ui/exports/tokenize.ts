import { assertNever } from "../../core/result.ts";

/** What a piece of highlighted text is; each maps to a CSS class `tok-<kind>`. */
export type TokenKind =
  "plain" | "comment" | "key" | "string" | "number" | "literal" | "punct" | "flag";

/** One run of text of one kind. */
export interface Token {
  kind: TokenKind;
  text: string;
}

/** The languages export files are written in (see ExportFile.language). */
export type CodeLanguage = "yaml" | "json" | "shell" | "hcl";

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const YAML_LITERAL = /^(?:true|false|null|~)$/;
const YAML_KEY = /^((?:"[^"]*"|'[^']*'|[^\s#:'"][^:#]*?))(:)(?=\s|$)/;

function push(out: Token[], kind: TokenKind, text: string): void {
  if (text === "") return;
  const last = out.at(-1);
  if (last && last.kind === kind) last.text += text;
  else out.push({ kind, text });
}

/** Splits a YAML scalar value (and a trailing ` # comment`) into tokens. */
function yamlValue(text: string, out: Token[]): void {
  const quoted = /^(?:"(?:[^"\\]|\\.)*"|'(?:[^']|'')*')/.exec(text)?.[0].length ?? 0;
  const after = text.slice(quoted).search(/(?:^|\s)#/);
  const comment = after >= 0 ? quoted + after : -1;
  const value = comment >= 0 ? text.slice(0, comment) : text;
  const trimmed = value.trimEnd();
  const trailing = value.slice(trimmed.length);
  if (/^["']/.test(trimmed)) push(out, "string", trimmed);
  else if (NUMBER.test(trimmed)) push(out, "number", trimmed);
  else if (YAML_LITERAL.test(trimmed)) push(out, "literal", trimmed);
  else if (/^(?:\[\]|\{\}|[|>][+-]?)$/.test(trimmed)) push(out, "punct", trimmed);
  else push(out, "string", trimmed);
  push(out, "plain", trailing);
  if (comment >= 0) push(out, "comment", text.slice(comment));
}

/**
 * Tokenizes YAML line by line: comments, list markers, `key:` and scalar values. Lines of a
 * block scalar (after `key: |`) are one string token each. Light highlighting, not a parser.
 */
function yamlLines(lines: string[]): Token[][] {
  let blockIndent: number | undefined;
  return lines.map((line) => {
    const out: Token[] = [];
    const indent = line.length - line.trimStart().length;
    if (blockIndent !== undefined && (line.trim() === "" || indent > blockIndent)) {
      push(out, "plain", line.slice(0, indent));
      push(out, "string", line.slice(indent));
      return out;
    }
    blockIndent = undefined;
    let rest = line;
    push(out, "plain", rest.slice(0, indent));
    rest = rest.slice(indent);
    if (rest.startsWith("#")) {
      push(out, "comment", rest);
      return out;
    }
    while (/^-(?:\s|$)/.test(rest)) {
      const marker = /^-\s*/.exec(rest)?.[0] ?? "-";
      push(out, "punct", "-");
      push(out, "plain", marker.slice(1));
      rest = rest.slice(marker.length);
    }
    const key = YAML_KEY.exec(rest);
    if (key) {
      push(out, "key", key[1] ?? "");
      push(out, "punct", ":");
      rest = rest.slice(key[0].length);
      const space = /^\s*/.exec(rest)?.[0] ?? "";
      push(out, "plain", space);
      rest = rest.slice(space.length);
      if (/^[|>][+-]?\s*(?:#.*)?$/.test(rest)) blockIndent = indent;
    }
    if (rest !== "") yamlValue(rest, out);
    return out;
  });
}

const JSON_TOKEN =
  /("(?:[^"\\]|\\.)*"?)(\s*:)?|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|\b(true|false|null)\b|([{}[\],:])|(\s+)|(.)/g;

/** Tokenizes one line of JSON: keys (strings before a colon), strings, numbers, literals, punctuation. */
function jsonLine(line: string): Token[] {
  const out: Token[] = [];
  for (const m of line.matchAll(JSON_TOKEN)) {
    const [, str, colon, num, lit, punct, space, other] = m;
    if (str !== undefined) {
      push(out, colon ? "key" : "string", str);
      if (colon) {
        push(out, "plain", colon.slice(0, -1));
        push(out, "punct", ":");
      }
    } else if (num !== undefined) push(out, "number", num);
    else if (lit !== undefined) push(out, "literal", lit);
    else if (punct !== undefined) push(out, "punct", punct);
    else push(out, "plain", space ?? other ?? "");
  }
  return out;
}

/** Tokenizes one line of a flags file: comments, `--name` flags, `=` and values. */
function shellLine(line: string): Token[] {
  const out: Token[] = [];
  const comment = line.search(/(?:^|\s)#/);
  const body = comment >= 0 ? line.slice(0, comment) : line;
  for (const m of body.matchAll(/(--?[A-Za-z0-9][\w.-]*)(=?)|(\s+)|([^\s]+)/g)) {
    const [, flag, eq, space, word] = m;
    if (flag !== undefined) {
      push(out, "flag", flag);
      push(out, "punct", eq ?? "");
    } else if (space !== undefined) push(out, "plain", space);
    else push(out, NUMBER.test(word ?? "") ? "number" : "string", word ?? "");
  }
  if (comment >= 0) push(out, "comment", line.slice(comment));
  return out;
}

/** Tokenizes one line of Terraform HCL: `#` comments, `key =`, strings, numbers, literals, punctuation. */
function hclLine(line: string): Token[] {
  const out: Token[] = [];
  if (/^\s*#/.test(line)) {
    push(out, "comment", line);
    return out;
  }
  const key = /^(\s*)([A-Za-z_][\w-]*)(\s*=)/.exec(line);
  const rest = key ? line.slice(key[0].length) : line;
  if (key) {
    push(out, "plain", key[1] ?? "");
    push(out, "key", key[2] ?? "");
    push(out, "punct", key[3] ?? "");
  }
  for (const m of rest.matchAll(
    /("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?\b)|\b(true|false|null)\b|([{}[\],=()])|(\s+|[^\s"{}[\],=()]+)/g,
  )) {
    const [, str, num, lit, punct, other] = m;
    if (str !== undefined) push(out, "string", str);
    else if (num !== undefined) push(out, "number", num);
    else if (lit !== undefined) push(out, "literal", lit);
    else if (punct !== undefined) push(out, "punct", punct);
    else push(out, "plain", other ?? "");
  }
  return out;
}

/**
 * Splits `text` into lines of tokens for light syntax highlighting. Lossless: the tokens of each
 * line joined give back that line exactly, so what is shown is what is copied.
 */
export function tokenize(text: string, language: CodeLanguage): Token[][] {
  const lines = text.split("\n");
  switch (language) {
    case "yaml":
      return yamlLines(lines);
    case "json":
      return lines.map(jsonLine);
    case "shell":
      return lines.map(shellLine);
    case "hcl":
      return lines.map(hclLine);
    default:
      return assertNever(language);
  }
}
