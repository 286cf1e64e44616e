import { Composer, CST, isMap, isPair, isScalar, isSeq, Lexer, LineCounter, Parser } from "yaml";
import type { Document, Node } from "yaml";
import { formatCount } from "../core/text/formatCount.ts";

/**
 * Limits on YAML read from outside. Real configs are far inside them: Cilium's full default
 * values file is ~10 levels deep with ~2,000 keys and no aliases.
 */
export const YAML_LIMITS = {
  /** Deepest nesting of mappings and sequences. */
  depth: 64,
  /** Most mapping keys (`:` indicators) in the whole text. */
  keys: 20_000,
  /** Most values and list items (scalars, aliases, collections, `-` entries) in the whole text. */
  values: 200_000,
  /** Most aliases (`*name`) in the whole text. */
  aliases: 100,
} as const;

/** One YAML text read once: its documents as plain values, or why they cannot be used. */
export interface YamlRead {
  /** The documents' plain values (empty documents left out); undefined when an error is set. */
  docs: unknown[] | undefined;
  /** A syntax error, "<problem> at line L, column C" (the text may still be flags). */
  syntaxError?: string;
  /** A limit the text is over; the text must be refused whatever its format. */
  limitError?: string;
}

const tooDeep = `it is nested deeper than ${YAML_LIMITS.depth} levels`;

/**
 * Lexes the text once with the yaml library's lexer, counting keys, values, aliases and flow
 * nesting token by token and stopping at the first limit of {@link YAML_LIMITS} passed, before
 * the parser builds anything. The lexemes are kept for the parser, so the text is lexed once.
 */
function lexWithinLimits(text: string): { lexemes: string[] } | { problem: string } {
  const lexemes: string[] = [];
  let keys = 0;
  let values = 0;
  let aliases = 0;
  let flow = 0;
  let scalarSource = false;
  for (const source of new Lexer().lex(text)) {
    lexemes.push(source);
    // A plain or block scalar comes as a marker token, then its source, which is not syntax.
    if (scalarSource) {
      scalarSource = false;
      continue;
    }
    switch (CST.tokenType(source)) {
      case "scalar":
        scalarSource = true;
        values++;
        break;
      case "single-quoted-scalar":
      case "double-quoted-scalar":
      case "seq-item-ind":
        values++;
        break;
      case "alias":
        values++;
        if (++aliases > YAML_LIMITS.aliases) {
          return { problem: `it uses more than ${YAML_LIMITS.aliases} aliases (*name)` };
        }
        break;
      case "map-value-ind":
        if (++keys > YAML_LIMITS.keys)
          return { problem: `it holds more than ${formatCount(YAML_LIMITS.keys)} keys` };
        break;
      case "flow-map-start":
      case "flow-seq-start":
        values++;
        if (++flow > YAML_LIMITS.depth) return { problem: tooDeep };
        break;
      case "flow-map-end":
      case "flow-seq-end":
        flow = Math.max(0, flow - 1);
        break;
      default:
        break;
    }
    if (values > YAML_LIMITS.values) {
      return {
        problem: `it holds more than ${formatCount(YAML_LIMITS.values)} values and list items`,
      };
    }
  }
  return { lexemes };
}

/** The parser's tokens for lexemes already read (what Parser.parse does after lexing). */
function parseLexemes(lexemes: readonly string[], lines: LineCounter): CST.Token[] {
  const parser = new Parser(lines.addNewLine);
  lines.addNewLine(0);
  const tokens: CST.Token[] = [];
  for (const lexeme of lexemes) for (const token of parser.next(lexeme)) tokens.push(token);
  for (const token of parser.end()) tokens.push(token);
  return tokens;
}

type Collection = CST.BlockMap | CST.BlockSequence | CST.FlowCollection;

const isCollectionToken = (token: CST.Token | null | undefined): token is Collection =>
  token?.type === "block-map" || token?.type === "block-seq" || token?.type === "flow-collection";

/** True when the parser's tokens nest collections deeper than the limit (walked without recursion). */
function tooDeepTokens(tokens: readonly CST.Token[]): boolean {
  const stack: { token: CST.Token; depth: number }[] = [];
  for (const token of tokens) {
    if (token.type === "document" && token.value) stack.push({ token: token.value, depth: 0 });
  }
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!isCollectionToken(token)) continue;
    if (depth >= YAML_LIMITS.depth) return true;
    for (const item of token.items) {
      if (item.key) stack.push({ token: item.key, depth: depth + 1 });
      if (item.value) stack.push({ token: item.value, depth: depth + 1 });
    }
  }
  return false;
}

/**
 * The first duplicate key of any mapping, as an offset, found with one Set per mapping (linear;
 * the yaml library's own check compares each key with every earlier one). Keys that are not
 * scalars are not compared.
 */
function duplicateKeyOffset(doc: Document.Parsed): number | undefined {
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) for (const item of node.items) stack.push(item);
    if (!isMap(node)) continue;
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const key = pair.key as Node | null;
      if (isScalar(key)) {
        const id = `${typeof key.value}:${String(key.value)}`;
        if (seen.has(id)) return key.range?.[0] ?? 0;
        seen.add(id);
      }
      stack.push(pair.value);
    }
  }
  return undefined;
}

/**
 * Reads YAML text once, inside {@link YAML_LIMITS}: lexes it once, counting its tokens and
 * refusing it when over a limit (before any tree is built), parses those lexemes, composes the documents without the yaml library's quadratic
 * duplicate-key check, reports duplicate keys with its words ("Map keys must be unique") in
 * linear time, and converts each document to plain values with alias expansion capped (so
 * "billion laughs" input cannot blow up). Never throws.
 */
export function readYaml(text: string): YamlRead {
  const lines = new LineCounter();
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `at line ${line}, column ${col}`;
  };
  try {
    const lexed = lexWithinLimits(text);
    if ("problem" in lexed) return { docs: undefined, limitError: lexed.problem };
    const tokens = parseLexemes(lexed.lexemes, lines);
    if (tooDeepTokens(tokens)) return { docs: undefined, limitError: tooDeep };
    const composer = new Composer({ uniqueKeys: false, prettyErrors: false });
    const docs = Array.from(composer.compose(tokens));
    const error = docs.flatMap((d) => d.errors)[0];
    if (error) return { docs: undefined, syntaxError: `${error.message} ${at(error.pos[0])}` };
    for (const doc of docs) {
      const duplicate = duplicateKeyOffset(doc);
      if (duplicate !== undefined) {
        return { docs: undefined, syntaxError: `Map keys must be unique ${at(duplicate)}` };
      }
    }
    const values = docs.map((d) => d.toJS({ maxAliasCount: YAML_LIMITS.aliases }) as unknown);
    return { docs: values.filter((v) => v !== null && v !== undefined) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return /alias/i.test(why)
      ? { docs: undefined, limitError: "its aliases expand to too many values" }
      : { docs: undefined, syntaxError: why };
  }
}
