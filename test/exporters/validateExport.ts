import { parseAllDocuments } from "yaml";
import type { ExportFile } from "../../src/exporters/types.ts";
import {
  ciliumValuesSchemas,
  eksctlSchema,
  makeAjv,
  manifestSchemas,
  type UpstreamSchema,
} from "./schemas.ts";

/** A parsed export: its YAML documents as plain data, or its flags as name/value pairs. */
export interface ParsedExport {
  docs: unknown[];
  flags: { name: string; value: string }[];
}

/**
 * Parses an export file strictly: YAML streams with no errors or warnings, flags one per line
 * (`--flag=value`, or `  --flag value \` under a command line ending in a backslash).
 */
export function parseExport(file: ExportFile): ParsedExport {
  if (file.language === "shell") {
    const lines = file.text.split("\n").filter((line) => line && !line.startsWith("#"));
    // A command (`az aks create \`) takes `  --flag value \` lines; a flags file `--flag=value` lines.
    const command = lines[0]?.endsWith(" \\") && !lines[0].startsWith("--");
    const flags = (command ? lines.slice(1) : lines).map((line, i, all) => {
      const continued = i < all.length - 1;
      if (command && continued !== line.endsWith(" \\")) {
        throw new Error(`${file.filename}: broken line continuation: ${line}`);
      }
      const text = command ? line.replace(/ \\$/, "") : line;
      // A command's bare switch (`  --enable-ip-alias`) parses with the value "" .
      const m = (command ? /^ {2}--([a-z0-9-]+)(?: (\S+))?$/ : /^--([a-z0-9-]+)=(\S+)$/).exec(text);
      if (!m?.[1] || (!command && !m[2])) {
        throw new Error(`${file.filename}: not a --flag=value line: ${line}`);
      }
      return { name: m[1], value: m[2] ?? "" };
    });
    return { docs: [], flags };
  }
  if (file.language === "json") return { docs: [JSON.parse(file.text) as unknown], flags: [] };
  if (file.language === "hcl") {
    throw new Error(`${file.filename}: HCL parses asynchronously; use parseExportAsync`);
  }
  const docs = parseAllDocuments(file.text, { version: "1.1" });
  if (!Array.isArray(docs)) throw new Error(`${file.filename}: empty YAML stream`);
  for (const doc of docs) {
    const problems = [...doc.errors, ...doc.warnings];
    if (problems.length)
      throw new Error(`${file.filename}: ${problems.map((p) => p.message).join("; ")}`);
  }
  return { docs: docs.map((d) => d.toJS() as unknown), flags: [] };
}

/**
 * Parses any export file; Terraform HCL goes through HashiCorp's own HCL parser (hcl/v2 compiled to
 * WebAssembly, @cdktn/hcl2json) into its JSON form, one document per file.
 */
export async function parseExportAsync(file: ExportFile): Promise<ParsedExport> {
  if (file.language !== "hcl") return parseExport(file);
  const { parse } = await import("@cdktn/hcl2json");
  return { docs: [await parse(file.filename, file.text)], flags: [] };
}

let cached:
  | { values: UpstreamSchema[]; manifests: Map<string, UpstreamSchema[]>; eksctl: UpstreamSchema }
  | undefined;

/** Compiles the upstream schemas once per test file (the Tigera and Cilium schemas are large). */
export function upstreamSchemas(): {
  values: UpstreamSchema[];
  manifests: Map<string, UpstreamSchema[]>;
  eksctl: UpstreamSchema;
} {
  if (!cached) {
    const ajv = makeAjv();
    cached = {
      values: ciliumValuesSchemas(ajv),
      manifests: manifestSchemas(ajv),
      eksctl: eksctlSchema(ajv),
    };
  }
  return cached;
}

/** The upstream schemas a document of a target must satisfy (none for formats without a schema). */
export function schemasFor(targetId: string, doc: unknown): UpstreamSchema[] {
  const { values, manifests, eksctl } = upstreamSchemas();
  if (targetId === "cilium-values") return values;
  if (targetId === "eksctl") return [eksctl];
  const d = doc as { apiVersion?: unknown; kind?: unknown };
  return manifests.get(`${String(d.apiVersion)}/${String(d.kind)}`) ?? [];
}

/** Schema errors of every document of a file, as readable lines; empty when all validate. */
export function schemaErrors(targetId: string, file: ExportFile): string[] {
  const errors: string[] = [];
  if (file.language === "hcl") return errors;
  for (const doc of parseExport(file).docs) {
    for (const schema of schemasFor(targetId, doc)) {
      if (!schema.validate(doc)) {
        for (const e of schema.validate.errors ?? []) {
          errors.push(`${file.filename} vs ${schema.name}: ${e.instancePath} ${e.message ?? ""}`);
        }
      }
    }
  }
  return errors;
}
