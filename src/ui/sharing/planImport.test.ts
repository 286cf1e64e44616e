import { describe, expect, it } from "vitest";
import { defaultDesign } from "../../core/design/defaults.ts";
import { planImport } from "./planImport.ts";
import { previewImport } from "./previewImport.ts";

const KUBEADM = previewImport(
  "apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nclusterName: prod-eu\nnetworking:\n  serviceSubnet: 10.112.0.0/16\n",
);
const CILIUM = previewImport(
  'ipam:\n  mode: cluster-pool\n  operator:\n    clusterPoolIPv4PodCIDRList: ["10.64.0.0/14"]\n',
);

describe("planImport (the import dialog's plan)", () => {
  it("one input replacing the design: the import as before, its file named, no merge", () => {
    const plan = planImport(
      [{ name: "pasted text", preview: KUBEADM }],
      defaultDesign(),
      false,
      {},
    );
    expect(plan.merging).toBe(false);
    expect(plan.design?.imported?.files).toEqual(["pasted text"]);
    expect(plan.changes.map((c) => c.path)).toContain("ipv4.serviceCidr");
  });

  it("two inputs: merged, each change naming the file its new value comes from", () => {
    const plan = planImport(
      [
        { name: "pasted text", preview: KUBEADM },
        { name: "values.yaml", preview: CILIUM },
      ],
      defaultDesign(),
      false,
      {},
    );
    expect(plan.merging).toBe(true);
    expect(plan.conflicts).toEqual([]);
    const byPath = Object.fromEntries(plan.changes.map((c) => [c.path, c]));
    expect(byPath["ipv4.serviceCidr"]).toMatchObject({
      before: "10.96.0.0/12",
      after: "10.112.0.0/16",
      from: "pasted text",
    });
    expect(byPath["ipv4.podCidrs"]).toMatchObject({ after: "10.64.0.0/14", from: "values.yaml" });
    expect(byPath.name).toMatchObject({ before: "my-cluster", after: "prod-eu" });
  });

  it("merging into the current design: its different values are conflicts, and no design until chosen", () => {
    const plan = planImport([{ name: "values.yaml", preview: CILIUM }], defaultDesign(), true, {});
    expect(plan.design).toBeUndefined();
    expect(plan.conflicts.map((c) => c.path)).toEqual(["ipv4.podCidrs"]);
    const chosen = planImport([{ name: "values.yaml", preview: CILIUM }], defaultDesign(), true, {
      "ipv4.podCidrs": "values.yaml",
    });
    expect(chosen.design?.ipv4?.podCidrs).toEqual(["10.64.0.0/14"]);
    expect(chosen.design?.name).toBe("my-cluster");
  });

  it("an input that cannot be read names itself and blocks Apply", () => {
    const junk = previewImport("hello world");
    const plan = planImport(
      [
        { name: "values.yaml", preview: CILIUM },
        { name: "notes.txt", preview: junk },
      ],
      defaultDesign(),
      false,
      {},
    );
    expect(plan.design).toBeUndefined();
    expect(plan.error).toBe("notes.txt: Not a format the designer reads.");
  });
});
