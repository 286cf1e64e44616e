import { describe, expect, it } from "vitest";
import { defaultCni, defaultDesign } from "../design/defaults.ts";
import { PRESETS } from "../design/presets.ts";
import { duplicateCluster } from "../plan/clusterEdits.ts";
import { singleClusterPlan, type Plan } from "../plan/plan.ts";
import { serializeDesign } from "./designFile.ts";
import { encodeLink, decodeLink } from "./link.ts";
import { parsePlanFile, serializePlan } from "./planFile.ts";
import { decodePlanLink, encodePlanLink } from "./planLink.ts";
import { restorePlan } from "./restorePlan.ts";

/** Three Cilium clusters made the way the app makes them (duplicate, duplicate). */
export function threeClusterPlan(): Plan {
  const base = { ...defaultDesign(), name: "east", cni: defaultCni("cilium") };
  let plan = singleClusterPlan(base);
  for (const i of [0, 1]) {
    const edit = duplicateCluster(plan, i);
    if (!edit.ok) throw new Error(edit.error);
    plan = edit.value.plan;
  }
  return plan;
}

const errorOf = (r: { ok: boolean; error?: string }) => (r.ok ? "" : r.error);

describe("a plan of one cluster is written exactly as its design", () => {
  it.each([defaultDesign(), ...PRESETS.map((p) => p.design)])("%#", (design) => {
    const plan = singleClusterPlan(design);
    expect(encodePlanLink(plan)).toBe(encodeLink(design));
    expect(serializePlan(plan)).toBe(serializeDesign(design));
    const link = decodePlanLink(encodeLink(design));
    const one = decodeLink(encodeLink(design));
    expect(link.ok && one.ok && link.value.plan).toEqual(
      one.ok && singleClusterPlan(one.value.design),
    );
  });
});

describe("a plan of several clusters", () => {
  it("survives a link and a file round trip, routing included", () => {
    const plan = { ...threeClusterPlan(), routing: "isolated" as const };
    const link = encodePlanLink(plan);
    expect(link.startsWith("d2.")).toBe(true);
    const back = decodePlanLink(`https://example.test/#${link}`);
    expect(back.ok && back.value).toEqual({ plan, notices: [] });
    const file = serializePlan(plan);
    expect(JSON.parse(file)).toMatchObject({ planVersion: 1, routing: "isolated" });
    const read = parsePlanFile(file);
    expect(read.ok && read.value).toEqual({ plan, notices: [] });
  });

  it("keeps a three-cluster link short: one deflate stream shares what the designs repeat", () => {
    const link = encodePlanLink(threeClusterPlan());
    expect(link.length).toBeLessThan(200);
  });

  it("a d1 (single design) reader refuses a d2 link, naming the newer format", () => {
    expect(errorOf(decodeLink(encodePlanLink(threeClusterPlan())))).toContain(
      'link format "d2", made by a newer version',
    );
  });

  it.each([
    [
      "a newer plan version",
      { planVersion: 2 },
      "planVersion: this plan was made by a newer version of the app (plan 2)",
    ],
    [
      "an unknown routing",
      { routing: "meshed" },
      'routing: "meshed" is not one of "connected", "isolated"',
    ],
    ["no clusters", { clusters: [] }, "clusters: a plan holds at least one cluster"],
    ["a text for clusters", { clusters: "x" }, 'clusters: "x" is not a list of designs'],
    [
      "a broken cluster",
      { clusters: [defaultDesign(), { ...defaultDesign(), name: "B!" }] },
      "clusters[1]: name:",
    ],
    [
      "two clusters of one name",
      { clusters: [defaultDesign(), defaultDesign()] },
      'clusters[1].name: "my-cluster" is already the name of clusters[0]',
    ],
  ])("refuses %s with the path", (_label, change, message) => {
    const data = { ...JSON.parse(serializePlan(threeClusterPlan())), ...change };
    expect(errorOf(restorePlan(data))).toContain(message);
    expect(errorOf(parsePlanFile(JSON.stringify(data)))).toContain(
      `This file cannot be opened: ${message}`,
    );
  });

  it("refuses a polluting key and notes unknown ones, naming the cluster", () => {
    const data = JSON.parse(serializePlan(threeClusterPlan())) as Record<string, unknown>;
    const polluted = JSON.parse(`{"__proto__": 1, "clusters": []}`) as unknown;
    expect(errorOf(restorePlan(polluted))).toContain("prototype pollution");
    const clusters = data.clusters as Record<string, unknown>[];
    clusters[1] = { ...clusters[1], colour: "red" };
    const r = restorePlan({ ...data, owner: "me" });
    expect(r.ok && r.value.notices).toEqual([
      "owner is not part of a plan and was ignored",
      'cluster "east-2": colour is not part of the design and was ignored',
    ]);
  });

  it("a d2 link whose data is one design, or a d1 link holding a plan, is refused", () => {
    const plan = threeClusterPlan();
    const d2 = encodePlanLink(plan);
    const d1 = encodeLink(plan.clusters[0]!);
    expect(errorOf(decodePlanLink(`d2.${d1.slice(3)}`))).toContain(
      'does not match its format "d2"',
    );
    expect(errorOf(decodePlanLink(`d1.${d2.slice(3)}`))).toContain(
      'does not match its format "d1"',
    );
  });
});
