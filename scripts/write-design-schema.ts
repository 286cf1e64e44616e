/**
 * Writes schema/design.schema.json, the JSON Schema of design files, from the same zod schema the
 * app validates with (`npm run schema`). Zod refinements (CIDR parsing, family checks, the
 * ipFamilies/plan agreement) cannot be expressed in JSON Schema; CIDR fields get a description
 * and a loose pattern instead, and the app's own check stays the authority.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { DESIGN_SCHEMA_PATH } from "../src/core/codec/designFile.ts";
import { designSchema, DESIGN_SCHEMA_VERSION } from "../src/core/design/schema.ts";
import { CLUSTER_ROUTINGS, MAX_PLAN_CLUSTERS, PLAN_FORMAT_VERSION } from "../src/core/plan/plan.ts";

type Node = Record<string, unknown>;

const IPV4 = String.raw`\d{1,3}(\.\d{1,3}){3}`;
const IPV6 = String.raw`[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*`;
const IPV4_CIDR = String.raw`^\s*${IPV4}/\d{1,2}\s*$`;
const IPV6_CIDR = String.raw`^\s*${IPV6}/\d{1,3}\s*$`;
const ANY_CIDR = String.raw`^\s*(${IPV4}|${IPV6})/\d{1,3}\s*$`;
const LB_RANGE = String.raw`^\s*((${IPV4}|${IPV6})/\d{1,3}|(${IPV4}|${IPV6})\s*-\s*(${IPV4}|${IPV6}))\s*$`;

const CIDR_NOTE =
  "CIDR text; host bits set are accepted and cleared on load (as kube-controller-manager does). The app checks the address exactly; this pattern is only a first filter.";

/** Follows a path of property names through nested `properties`. */
function at(schema: Node, ...keys: string[]): Node {
  let node = schema;
  for (const key of keys) {
    const next = key === "[]" ? node.items : (node.properties as Node | undefined)?.[key];
    if (typeof next !== "object" || next === null)
      throw new Error(`no schema node at ${keys.join(".")}`);
    node = next as Node;
  }
  return node;
}

function annotate(node: Node, pattern: string, description: string): void {
  node.pattern = pattern;
  node.description = node.description ? `${String(node.description)} ${description}` : description;
}

/** Builds the design file's JSON Schema (draft 2020-12) from `designSchema`. */
export function buildDesignJsonSchema(): Node {
  const generated = z.toJSONSchema(designSchema, { io: "input" }) as Node;
  for (const [family, pattern, label] of [
    ["ipv4", IPV4_CIDR, "An IPv4"],
    ["ipv6", IPV6_CIDR, "An IPv6"],
  ] as const) {
    annotate(at(generated, family, "podCidrs", "[]"), pattern, `${label} ${CIDR_NOTE}`);
    annotate(at(generated, family, "serviceCidr"), pattern, `${label} ${CIDR_NOTE}`);
  }
  annotate(
    at(generated, "nodes", "networks", "[]", "cidr"),
    ANY_CIDR,
    `An IPv4 or IPv6 ${CIDR_NOTE}`,
  );
  annotate(at(generated, "externalRanges", "[]", "cidr"), ANY_CIDR, `An IPv4 or IPv6 ${CIDR_NOTE}`);
  annotate(
    at(generated, "loadBalancer", "pools", "[]", "range"),
    LB_RANGE,
    "A CIDR or an inclusive `start-end` address range, as MetalLB's IPAddressPool accepts.",
  );
  // Files leave out CNI blocks the mode does not use (ADR 0060): Cilium's eni outside ENI IPAM.
  for (const variant of (at(generated, "cni").oneOf ?? []) as Node[]) {
    const props = variant.properties as Node;
    if ((props.kind as Node | undefined)?.const !== "cilium") continue;
    variant.required = (variant.required as string[]).filter((key) => key !== "eni");
    (props.eni as Node).description =
      "ENI sizing; read only when ipam is eni, and left out of files otherwise (defaults on load).";
  }
  const { $schema, ...rest } = generated;
  const design: Node = {
    ...rest,
    properties: {
      $schema: {
        type: "string",
        description:
          "Where this file's JSON Schema lives; older files carry one, new ones do not. Ignored on load.",
      },
      ...(rest.properties as Node),
    },
  };
  return {
    $schema,
    $id: DESIGN_SCHEMA_PATH,
    title: "k8s-subnet-designer design or plan",
    description: `A Kubernetes cluster address plan (design schema version ${DESIGN_SCHEMA_VERSION}), or a plan of several clusters (plan version ${PLAN_FORMAT_VERSION}: one design per cluster), as the app's "Download design" and the CLI write them. Generated from src/core/design/schema.ts by \`npm run schema\`; do not edit by hand.`,
    oneOf: [{ $ref: "#/$defs/design" }, { $ref: "#/$defs/plan" }],
    $defs: { design, plan: planNode() },
  };
}

/** A plan of several clusters (ADR 0110); a plan of one cluster is written as its design. */
function planNode(): Node {
  return {
    type: "object",
    description:
      "Several clusters planned together. Cluster names are unique in the plan (the app checks it).",
    properties: {
      $schema: { type: "string", description: "Ignored on load." },
      planVersion: { type: "number", const: PLAN_FORMAT_VERSION },
      routing: {
        type: "string",
        enum: [...CLUSTER_ROUTINGS],
        description:
          "connected: the clusters route to each other, so no addresses repeat across them; isolated: they never do, so Service ranges may repeat.",
      },
      clusters: {
        type: "array",
        minItems: 2,
        maxItems: MAX_PLAN_CLUSTERS,
        items: { $ref: "#/$defs/design" },
      },
    },
    required: ["planVersion", "routing", "clusters"],
    additionalProperties: false,
  };
}

/** The file text: 2-space JSON with a trailing newline. */
export function designJsonSchemaText(): string {
  return `${JSON.stringify(buildDesignJsonSchema(), null, 2)}\n`;
}

/** Absolute path of the committed schema file. */
export const SCHEMA_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  DESIGN_SCHEMA_PATH,
);

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, designJsonSchemaText());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
