import { describe, expect, it } from "vitest";
import { parseDesignFile, serializeDesign } from "../core/codec/designFile.ts";
import { defaultDesign } from "../core/design/defaults.ts";
import { runCli } from "./main.ts";
import { memoryIo } from "../../test/cli/testIo.ts";

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files, "");
  const code = await runCli(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

const FILES = {
  "kubeadm.yaml": [
    "apiVersion: kubeadm.k8s.io/v1beta3",
    "kind: ClusterConfiguration",
    "clusterName: prod-eu",
    "networking:",
    "  serviceSubnet: 10.112.0.0/16",
  ].join("\n"),
  "values.yaml": [
    "ipam:",
    "  mode: cluster-pool",
    "  operator:",
    '    clusterPoolIPv4PodCIDRList: ["10.64.0.0/14"]',
  ].join("\n"),
  "pods.yaml": [
    "apiVersion: kubeadm.k8s.io/v1beta3",
    "kind: ClusterConfiguration",
    "networking:",
    "  podSubnet: 10.200.0.0/16",
  ].join("\n"),
};

const designOf = (out: string) => {
  const file = parseDesignFile(out);
  if (!file.ok) throw new Error(file.error);
  return file.value.design;
};

describe("import FILE FILE (merge, ADR 0130)", () => {
  it("merges kubeadm and Cilium values into one design naming each field's file", async () => {
    const { code, out, err } = await run(["import", "kubeadm.yaml", "values.yaml"], FILES);
    expect(code).toBe(0);
    const design = designOf(out);
    expect(design.name).toBe("prod-eu");
    expect(design.ipv4).toMatchObject({ podCidrs: ["10.64.0.0/14"], serviceCidr: "10.112.0.0/16" });
    expect(design.imported?.origins).toMatchObject({
      "ipv4.serviceCidr": "kubeadm.yaml",
      "ipv4.podCidrs": "values.yaml",
    });
    expect(err).toContain("read kubeadm.yaml as kubeadm");
    expect(err).toContain("read values.yaml as cilium-values");
    // Each file's remarks are named by file when several are read.
    expect(err).toMatch(/^note: values\.yaml: /m);
    expect(err).toContain("note: CNI: cilium (cluster-pool) from values.yaml replaces");
  });

  it("stops on a disagreement, quoting both values and files, until --choose settles it", async () => {
    const stopped = await run(["import", "pods.yaml", "values.yaml"], FILES);
    expect(stopped.code).toBe(2);
    expect(stopped.out).toBe("");
    expect(stopped.err).toContain("the files disagree on 1 field; nothing was picked");
    expect(stopped.err).toContain(
      'ipv4.podCidrs (IPv4 pod ranges): "10.200.0.0/16" in pods.yaml (networking.podSubnet); "10.64.0.0/14" in values.yaml (ipam.operator.clusterPoolIPv4PodCIDRList)',
    );
    expect(stopped.err).toContain("e.g. --choose ipv4.podCidrs=pods.yaml");

    const chosen = await run(
      ["import", "pods.yaml", "values.yaml", "--choose", "ipv4.podCidrs=values.yaml"],
      FILES,
    );
    expect(chosen.code).toBe(0);
    expect(designOf(chosen.out).ipv4?.podCidrs).toEqual(["10.64.0.0/14"]);
    expect(chosen.err).toContain("10.64.0.0/14 from values.yaml was chosen over 10.200.0.0/16");
  });

  it("refuses a --choose that names no conflict or no candidate", async () => {
    const none = await run(
      ["import", "kubeadm.yaml", "values.yaml", "--choose", "name=values.yaml"],
      FILES,
    );
    expect(none.code).toBe(2);
    expect(none.err).toContain("--choose name: the files do not disagree on this field");
    const wrong = await run(
      ["import", "pods.yaml", "values.yaml", "--choose", "ipv4.podCidrs=other.yaml"],
      FILES,
    );
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("not one of pods.yaml, values.yaml");
  });

  it("--into merges into a design file; its own values are named by its path", async () => {
    const mine = serializeDesign({ ...defaultDesign(), name: "mine" });
    const files = { ...FILES, "d.json": mine };
    const stopped = await run(["import", "values.yaml", "--into", "d.json"], files);
    expect(stopped.code).toBe(2);
    expect(stopped.err).toContain('"10.244.0.0/16" in d.json; "10.64.0.0/14" in values.yaml');
    const kept = await run(
      ["import", "values.yaml", "--into", "d.json", "--choose", "ipv4.podCidrs=d.json"],
      files,
    );
    expect(kept.code).toBe(0);
    const design = designOf(kept.out);
    expect(design.name).toBe("mine");
    expect(design.ipv4?.podCidrs).toEqual(["10.244.0.0/16"]);
    expect(design.cni.kind).toBe("cilium");
    const bad = await run(["import", "values.yaml", "--into", "nope.json"], files);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain("--into: cannot read nope.json");
  });

  it("one file names itself in the provenance", async () => {
    const { code, out } = await run(["import", "kubeadm.yaml"], FILES);
    expect(code).toBe(0);
    expect(designOf(out).imported?.files).toEqual(["kubeadm.yaml"]);
  });
});
