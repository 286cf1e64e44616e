import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = `${root}bin/k8s-subnet-designer.mjs`;

/** One `$ npx k8s-subnet-designer …` example of the README, with what the text says it gives. */
interface Example {
  args: string[];
  /** The output lines shown under the command ("..." stands for text left out). */
  shown: string;
  /** The status shown by the `$ echo $?` that follows. */
  status: number | undefined;
}

/** Reads every CLI example of the README: indented `$` lines, their output and `$ echo $?`. */
function readmeExamples(): Example[] {
  const lines = readFileSync(`${root}README.md`, "utf8").split("\n");
  const examples: Example[] = [];
  let current: Example | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const command = /^ {4}\$ npx k8s-subnet-designer (.*)$/.exec(line);
    if (command) {
      current = { args: (command[1] ?? "").trim().split(/\s+/), shown: "", status: undefined };
      examples.push(current);
    } else if (current && /^ {4}\$ echo \$\?$/.test(line)) {
      current.status = Number((lines[i + 1] ?? "").trim());
      current = undefined;
    } else if (current && line.startsWith("    ")) {
      current.shown += line.trim();
    } else {
      current = undefined;
    }
  }
  return examples;
}

describe("the README's CLI examples", () => {
  const examples = readmeExamples();

  it("are there, each with a stated exit status, in plain words (no quoting to interpret)", () => {
    expect(examples.length).toBeGreaterThanOrEqual(2);
    for (const e of examples) {
      expect(e.status, e.args.join(" ")).toBeTypeOf("number");
      expect(e.args.join(" ")).not.toMatch(/['"\\|<>;&]/);
    }
  });

  for (const example of examples) {
    it(`exits ${example.status} and shows what the README shows: ${example.args.join(" ")}`, () => {
      const run = spawnSync(process.execPath, [bin, ...example.args], {
        cwd: root,
        encoding: "utf8",
      });
      expect(run.status, run.stderr).toBe(example.status);
      // Every figure and rule the README quotes is in the real output.
      const quoted = [...example.shown.matchAll(/"(\w+)":(\d+|"[^"]*")/g)].map((m) => m[0]);
      for (const pair of quoted) expect(run.stdout, pair).toContain(pair);
    }, 60_000);
  }
});
