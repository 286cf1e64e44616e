import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { EXIT_OUTPUT, EXIT_USAGE } from "./exitCodes.ts";

// The real bin in child processes, through a shell where the test needs a closed pipe or a full
// disk as standard output.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const bin = path.join(repoRoot, "bin/k8s-subnet-designer.mjs");
const work = mkdtempSync(path.join(tmpdir(), "k8s-subnet-designer-hygiene-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const STACK = /\n\s+at |node:internal|Error: write/;

/** Runs a bash command line with `$CLI` set to the bin; returns stdout, stderr and the status. */
function sh(line: string) {
  const r = spawnSync("bash", ["-c", line], {
    cwd: work,
    encoding: "utf8",
    env: { ...process.env, CLI: `${process.execPath} ${bin}` },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("CLI hygiene (child processes)", { timeout: 60_000 }, () => {
  it("exits 4 quietly when the reader of standard output has closed (EPIPE)", () => {
    // `true` exits at once, long before node has started: every write meets a closed pipe.
    const r = sh('$CLI validate 2>err.txt | true; echo "${PIPESTATUS[0]}"; cat err.txt');
    expect(r.out.split("\n")[0]).toBe(String(EXIT_OUTPUT));
    expect(r.out.slice(2)).toBe("");
  });

  it("exits 4 quietly when standard output cannot be written (a full disk)", () => {
    const r = sh("$CLI validate --json > /dev/full");
    expect(r.code).toBe(EXIT_OUTPUT);
    expect(r.err).not.toMatch(STACK);
    expect(r.err).not.toMatch(/ENOSPC/);
  });

  it("echoes a 100,000-character flag value or file name cut, with its length", () => {
    const long = "x".repeat(100_000);
    for (const args of [
      ["validate", "--pod-cidr", long],
      ["validate", `--${long}`],
      ["validate", long],
      ["export", "--target", long],
      ["import", "--format", long, "a.yaml"],
    ]) {
      const r = spawnSync(process.execPath, [bin, ...args], { cwd: work, encoding: "utf8" });
      expect(r.status, args.join(" ").slice(0, 40)).toBe(EXIT_USAGE);
      expect(r.stderr).toMatch(/x…\(100,0\d\d characters\)/);
      expect(r.stderr.length).toBeLessThan(3_000);
      expect(r.stderr).not.toMatch(STACK);
    }
  });

  it("refuses /dev/urandom at 4 MiB with the limit in the message", () => {
    const r = sh("$CLI validate /dev/urandom");
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.err).toBe(
      "k8s-subnet-designer validate: cannot read /dev/urandom: it is over the limit of 4 MiB (4,194,304 bytes) for any input\n",
    );
  });

  it("refuses 1,000 nested [ with a message, not a V8 abort", () => {
    writeFileSync(path.join(work, "nested.yaml"), `${"[".repeat(1000)}\n`);
    const r = sh("$CLI import nested.yaml");
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.err).toBe(
      "k8s-subnet-designer import: nested.yaml: the config cannot be read: it is nested deeper than 64 levels\n",
    );
  });

  it("reads a static Pod manifest with `- {toString: 1}` without a stack trace", () => {
    writeFileSync(
      path.join(work, "pod.yaml"),
      "apiVersion: v1\nkind: Pod\nspec:\n  containers:\n  - command:\n    - kube-controller-manager\n    - {toString: 1}\n    - --cluster-cidr=10.8.0.0/16\n",
    );
    const r = sh("$CLI import pod.yaml");
    expect(r.code).toBe(0);
    expect(r.err).toContain('note: "(an object)": not a flag; ignored\n');
    expect(JSON.parse(r.out).ipv4.podCidrs).toEqual(["10.8.0.0/16"]);
  });

  it("echoes file names, keys and arguments with control and bidi characters escaped", () => {
    const evil = "evil\u202eyaml.txt";
    writeFileSync(
      path.join(work, evil),
      'ipam:\n  mode: kubernetes\n"\\e[2Jkey\\u200b": 1\n"forged\\nnote: ok": 2\n',
    );
    const r = spawnSync(process.execPath, [bin, "import", evil], { cwd: work, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stderr).toContain("read evil\\u202eyaml.txt as cilium-values\n");
    expect(r.stderr).toContain("note: \\u001b[2Jkey\\u200b: ignored");
    expect(r.stderr).toContain("note: forged\\nnote: ok: ignored");
    for (const raw of ["\u202e", "\u200b", "\u001b"]) expect(r.stderr).not.toContain(raw);
    const missing = spawnSync(process.execPath, [bin, "validate", "no\u202efile\x1b[31m.json"], {
      cwd: work,
      encoding: "utf8",
    });
    expect(missing.status).toBe(EXIT_USAGE);
    expect(missing.stderr).toMatch(
      /^k8s-subnet-designer validate: cannot read no\\u202efile\\u001b\[31m\.json: ENOENT/,
    );
    for (const raw of ["\u202e", "\u001b"]) expect(missing.stderr).not.toContain(raw);
    const flag = spawnSync(process.execPath, [bin, "validate", "--pod-cidr", "10.0.0.0\u202e/8"], {
      encoding: "utf8",
    });
    expect(flag.status).toBe(EXIT_USAGE);
    expect(flag.stderr).toContain("\\u202e");
    expect(flag.stderr).not.toMatch(/\u202e/);
  });
});
