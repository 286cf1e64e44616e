import { describe, expect, it } from "vitest";
import { DEFAULT_LINK_BASE, parseCli } from "./parseCli.ts";
import { shortUsage, usage } from "./usage.ts";

describe("parseCli", () => {
  it.each([[[]], [["--help"]], [["-h"]], [["help"]]])("%j asks for the overview", (argv) => {
    expect(parseCli(argv)).toEqual({ ok: true, value: { kind: "help", topic: undefined } });
  });

  it.each([
    [["help", "export"], "export"],
    [["validate", "--help"], "validate"],
    [["link", "design.json", "--pod-cidr", "bad", "-h"], "link"],
  ])("%j asks for a command's help, even beside bad values", (argv, topic) => {
    expect(parseCli(argv)).toEqual({ ok: true, value: { kind: "help", topic } });
  });

  it("parses validate with a file, design flags and --json", () => {
    const result = parseCli([
      "validate",
      "d.json",
      "--pod-cidr",
      "10.0.0.0/8",
      "--service-cidr=10.96.0.0/12",
      "--lb-pool",
      "192.0.2.0/28",
      "--lb-pool",
      "192.0.2.100-192.0.2.110",
      "--json",
    ]);
    expect(result).toEqual({
      ok: true,
      value: {
        kind: "validate",
        file: "d.json",
        json: true,
        flags: {
          podCidrs: ["10.0.0.0/8"],
          serviceCidrs: ["10.96.0.0/12"],
          lbPools: [
            { name: "pool-1", value: "192.0.2.0/28" },
            { name: "pool-2", value: "192.0.2.100-192.0.2.110" },
          ],
        },
      },
    });
  });

  it("parses validate without a file", () => {
    expect(parseCli(["validate"])).toEqual({
      ok: true,
      value: { kind: "validate", file: undefined, json: false, flags: {} },
    });
  });

  it("parses export, import and link", () => {
    expect(parseCli(["export", "--target", "all", "--out", "out", "--cni", "flannel"])).toEqual({
      ok: true,
      value: {
        kind: "export",
        file: undefined,
        flags: { cni: "flannel" },
        target: "all",
        out: "out",
        listTargets: false,
        force: false,
      },
    });
    expect(parseCli(["export", "--list-targets"])).toMatchObject({
      ok: true,
      value: { kind: "export", listTargets: true, target: undefined },
    });
    expect(parseCli(["import", "values.yaml"])).toEqual({
      ok: true,
      value: {
        kind: "import",
        files: ["values.yaml"],
        format: undefined,
        into: undefined,
        choices: {},
      },
    });
    expect(parseCli(["import", "-", "--format", "kubeadm"])).toEqual({
      ok: true,
      value: { kind: "import", files: ["-"], format: "kubeadm", into: undefined, choices: {} },
    });
    expect(
      parseCli([
        "import",
        "kubeadm.yaml",
        "values.yaml",
        "--into",
        "d.json",
        "--choose",
        "ipv4.podCidrs=values.yaml",
        "--choose",
        "name=d.json",
      ]),
    ).toEqual({
      ok: true,
      value: {
        kind: "import",
        files: ["kubeadm.yaml", "values.yaml"],
        format: undefined,
        into: "d.json",
        choices: { "ipv4.podCidrs": "values.yaml", name: "d.json" },
      },
    });
    expect(parseCli(["link", "d.json"])).toMatchObject({
      ok: true,
      value: { kind: "link", file: "d.json", base: DEFAULT_LINK_BASE },
    });
    expect(parseCli(["link", "--base", "https://plan.example/"])).toMatchObject({
      value: { base: "https://plan.example/" },
    });
  });

  it.each([
    [["frob"], undefined, 'unknown command "frob"'],
    [["help", "frob"], undefined, 'unknown command "frob"'],
    [["--pod-cidr", "10.0.0.0/8"], undefined, "expected a command before --pod-cidr"],
    [["validate", "--frob"], "validate", "Unknown option '--frob'"],
    [["validate", "--nodes"], "validate", "'--nodes <value>' argument missing"],
    [
      ["validate", "--nodes", "-5"],
      "validate",
      'ambiguous; for a value starting with "-" write --nodes=-XYZ',
    ],
    [["validate", "--json=yes"], "validate", "'--json' does not take an argument"],
    [["validate", "--nodes", "3", "--nodes", "4"], "validate", "--nodes is given more than once"],
    [["validate", "a.json", "b.json"], "validate", "at most one design file"],
    [["validate", "--nodes", "many"], "validate", '--nodes: "many"'],
    [["validate", "--target", "all"], "validate", "Unknown option '--target'"],
    [["import"], "import", "at least one FILE"],
    [["import", "-", "-"], "import", "standard input (-) at most once"],
    [["import", ...Array.from({ length: 17 }, (_, i) => `f${i}`)], "import", "at most 16 files"],
    [["import", "a", "--choose", "ipv4.podCidrs"], "import", "is not FIELD=FILE"],
    [["import", "a", "--into", "x", "--into", "y"], "import", "--into is given more than once"],
    [["import", "--pod-cidr", "10.0.0.0/8", "a"], "import", "Unknown option '--pod-cidr'"],
    [["import", "a", "--format", "helm"], "import", '--format: "helm" is not a format'],
    [["export"], "export", "export needs --target"],
    [["export", "--target", "all"], "export", "--target all needs --out DIR"],
    [["export", "--target", "x", "--list-targets"], "export", "either --target or"],
    [["link", "--json"], "link", "Unknown option '--json'"],
  ])("%j is refused", (argv, command, message) => {
    const result = parseCli(argv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toContain(message);
    expect(result.command).toBe(command);
  });
});

describe("usage", () => {
  it("documents every design flag in the design-reading commands", () => {
    const flags = ["--pod-cidr", "--node-mask-ipv4", "--node-mask-ipv6", "--service-cidr"];
    const more = ["--node-cidr", "--nodes", "--max-pods", "--lb-pool", "--external", "--cni"];
    for (const command of ["validate", "export", "link"] as const) {
      for (const flag of [...flags, ...more, "--ipam", "--k8s-version"]) {
        expect(usage(command)).toContain(flag);
      }
    }
    expect(usage("export")).toContain("--list-targets");
    expect(usage("link")).toContain(DEFAULT_LINK_BASE);
  });

  it("short usage gives the synopsis and where to read more", () => {
    expect(shortUsage("import")).toBe(
      'Usage: k8s-subnet-designer import FILE... [--format FORMAT] [--into design.json] [--choose FIELD=FILE]... > design.json\nRun "k8s-subnet-designer import --help" for details.\n',
    );
    expect(shortUsage(undefined)).toContain("k8s-subnet-designer link [design.json]");
  });
});
