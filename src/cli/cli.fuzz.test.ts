import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoryIo } from "../../test/cli/testIo.ts";
import { serializeDesign } from "../core/codec/designFile.ts";
import { defaultDesign } from "../core/design/defaults.ts";
import { IMPORT_FORMATS } from "../importers/types.ts";
import { runCli } from "./main.ts";

// Fuzz over the CLI's inputs (issue 13): configs for `import` and design files for `validate`,
// `export` and `link`, run in-process through runCli with a memory io. Every case must end
// with exit 0, 1 or 2 and a message, never a throw (which main reports as exit 3), never a
// stack trace, and within a time bound.

/** Most wall time one case may take, in ms (generous: the machine is shared and loaded). */
const CASE_BOUND_MS = 5_000;

const STACK = /\n\s+at |\.ts:\d+:\d+/;

/** Pieces of the configs the importers read, to splice into hostile texts. */
const CONFIG_WORDS = [
  "apiVersion: kubeadm.k8s.io/v1beta4\nkind: ClusterConfiguration\n",
  "networking:\n  podSubnet: 10.32.0.0/12\n  serviceSubnet: ",
  "kind: Pod\nspec:\n  containers:\n  - command:\n    - ",
  "{toString: 1}",
  "- [",
  "ipam:\n  mode: cluster-pool\n  operator:\n    clusterPoolIPv4PodCIDRList: ",
  "cluster-cidr: 10.42.0.0/16,fd00::/56\n",
  "--cluster-cidr=10.0.0.0/8 --node-cidr-mask-size=",
  "&a [1, 2]\n",
  "*a",
  "\u202e",
  "\x1b[2J",
  "\u0000",
  "'",
  '"',
  "[".repeat(200),
  "{".repeat(70),
  "key: value\n",
  "10.0.0.0/08",
  "fd00::/016",
  "\n",
  "  ",
  ": ",
];

const configText = fc.oneof(
  fc.string({ maxLength: 300, unit: "binary" }),
  fc.array(fc.constantFrom(...CONFIG_WORDS), { maxLength: 30 }).map((w) => w.join("")),
);

const DESIGN = serializeDesign(defaultDesign());

/** A design file with a slice cut out, a piece spliced in, or a value replaced. */
const designText = fc.oneof(
  fc
    .tuple(fc.nat(DESIGN.length), fc.nat(40), fc.constantFrom(...CONFIG_WORDS, "null", "[]", "{}"))
    .map(([at, cut, piece]) => DESIGN.slice(0, at) + piece + DESIGN.slice(at + cut)),
  fc
    .tuple(
      fc.constantFrom('"10.244.0.0/16"', '"my-cluster"', "110", '"metallb"', '"generic"', "[]"),
      fc.jsonValue({ maxDepth: 3 }),
    )
    .map(([from, to]) => DESIGN.replace(from, JSON.stringify(to) ?? "null")),
  fc.constant('{"__proto__": {"polluted": true}}'),
  fc.constant(`${"[".repeat(5000)}`),
  fc.string({ maxLength: 200, unit: "binary" }),
);

/** Runs one CLI invocation on a file holding `text`; checks exit, messages and time. */
async function check(args: string[], text: string): Promise<void> {
  const io = memoryIo({ "in.txt": text }, text);
  const started = performance.now();
  const code = await runCli(args, io);
  const ms = performance.now() - started;
  expect([0, 1, 2]).toContain(code);
  expect(io.stderr()).not.toMatch(STACK);
  if (code === 2) expect(io.stderr().length).toBeGreaterThan(0);
  expect(ms).toBeLessThan(CASE_BOUND_MS);
}

describe("CLI fuzz: never a throw, a stack trace or a hang", { timeout: 600_000 }, () => {
  it("import: any text, any format hint, from a file or standard input", async () => {
    await fc.assert(
      fc.asyncProperty(
        configText,
        fc.option(fc.constantFrom(...IMPORT_FORMATS), { nil: undefined }),
        fc.boolean(),
        async (text, format, stdin) => {
          const file = stdin ? "-" : "in.txt";
          await check(["import", file, ...(format ? ["--format", format] : [])], text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("validate, export and link: any mutated design file", async () => {
    await fc.assert(
      fc.asyncProperty(
        designText,
        fc.constantFrom(
          ["validate"],
          ["validate", "--json"],
          ["export", "--target", "kubeadm"],
          ["link"],
        ),
        async (text, command) => {
          const [name, ...rest] = command;
          await check([name ?? "validate", "in.txt", ...rest], text);
        },
      ),
      { numRuns: 150 },
    );
  });
});
