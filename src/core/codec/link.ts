import { deflateSync } from "fflate";
import type { Design } from "../design/schema.ts";
import { singleClusterPlan } from "../plan/plan.ts";
import { fail, ok, type Result } from "../result.ts";
import { fromBase64Url, toBase64Url } from "./base64url.ts";
import { boundedInflate } from "./boundedInflate.ts";
import { LINK_DICTIONARY_D1 } from "./linkDictionary.ts";
import { LINK_FORMAT, linkPayload, type LinkPayload } from "./linkPayload.ts";
import { quote } from "./quote.ts";
import { restoreDesign, type RestoredDesign } from "./restore.ts";

/** Longest fragment decoded at all, in characters; longer input is refused before any work. */
export const MAX_LINK_LENGTH = 16 * 1024;

/** Most bytes a link's payload may inflate to (the largest valid design is ~25 KB of JSON). */
export const MAX_LINK_INFLATED = 128 * 1024;

/**
 * Encodes a design as a URL fragment (without `#`): `d1.` + base64url(raw DEFLATE level 9, with
 * the frozen d1 dictionary, of the design's JSON with keys in schema order). The default design
 * and the presets take well under 200 characters. Values are kept as they are; the receiving
 * side runs {@link restoreDesign}.
 */
export function encodeLink(design: Design): string {
  return packLink(linkPayload(singleClusterPlan(design)));
}

/**
 * Packs a link's payload (see linkPayload) into the link: its format, `.`, and base64url(raw
 * DEFLATE level 9, with the frozen d1 dictionary, of the JSON text).
 */
export function packLink(payload: LinkPayload): string {
  const json = new TextEncoder().encode(payload.json);
  const packed = deflateSync(json, { level: 9, dictionary: LINK_DICTIONARY_D1 });
  return `${payload.format}.${toBase64Url(packed)}`;
}

const broken = (why: string): Result<never> => fail(`This link cannot be opened: ${why}`);

/**
 * The JSON a link of one of `formats` carries (a leading `#`, or a whole URL, is accepted):
 * bounded (fragments over {@link MAX_LINK_LENGTH} are refused unread, inflation stops at
 * {@link MAX_LINK_INFLATED} bytes), with a message for every bad link (truncated, random,
 * oversized, unknown or newer format, damaged); nothing throws. Shared by decodeLink and the
 * plan links of core/codec/planLink.ts; the data still has to pass a restore gate.
 */
export function unpackLink(
  fragment: string,
  formats: readonly string[],
): Result<{ format: string; data: unknown }> {
  if (typeof fragment !== "string") return broken("it is not text");
  if (fragment.length > MAX_LINK_LENGTH) {
    return broken(`it is ${fragment.length} characters long, over the limit of ${MAX_LINK_LENGTH}`);
  }
  const hash = fragment.indexOf("#");
  const text = (hash >= 0 ? fragment.slice(hash + 1) : fragment).trim();
  if (text === "") return broken("it holds no design");
  const dot = text.indexOf(".");
  const format = dot < 0 ? "" : text.slice(0, dot);
  if (/^d\d+$/.test(format) && !formats.includes(format)) {
    return broken(
      `it uses link format ${quote(format)}, made by a newer version of the app; this version reads ${formats.join(" and ")}`,
    );
  }
  if (!formats.includes(format)) {
    return broken(`it does not start with ${LINK_FORMAT}. as design links do`);
  }
  const bytes = fromBase64Url(text.slice(dot + 1));
  if (!bytes) return broken("it contains characters a design link never has, or was cut short");
  const inflated = boundedInflate(bytes, MAX_LINK_INFLATED, LINK_DICTIONARY_D1);
  if (!inflated.ok) return broken(inflated.error);
  try {
    const data: unknown = JSON.parse(
      new TextDecoder("utf-8", { fatal: true }).decode(inflated.value),
    );
    return ok({ format, data });
  } catch {
    return broken("its data is damaged (not valid JSON)");
  }
}

/**
 * Decodes a fragment made by {@link encodeLink} ({@link unpackLink}'s bounds and messages) and
 * passes the design through {@link restoreDesign}.
 */
export function decodeLink(fragment: string): Result<RestoredDesign> {
  const unpacked = unpackLink(fragment, [LINK_FORMAT]);
  if (!unpacked.ok) return unpacked;
  const restored = restoreDesign(unpacked.value.data);
  return restored.ok ? restored : broken(`its design is not valid: ${restored.error}`);
}
