import { describe, expect, it } from "vitest";
import { nthSubnet, prefixOf, type Prefix } from "../core/ip/prefix.ts";
import { rectOf, unitGrid } from "./rect.ts";

const p = (text: string): Prefix => prefixOf(text) as Prefix;
const root = p("10.0.0.0/8");

describe("rectOf", () => {
  it.each([
    ["10.0.0.0/8", { x: 0, y: 0, width: 256, height: 256 }],
    ["10.0.0.0/9", { x: 0, y: 0, width: 128, height: 256 }],
    ["10.128.0.0/9", { x: 128, y: 0, width: 128, height: 256 }],
    ["10.64.0.0/10", { x: 0, y: 128, width: 128, height: 128 }],
    ["10.192.0.0/10", { x: 128, y: 128, width: 128, height: 128 }],
    // 1 = 00000001: only the 8th bit (a horizontal split) is set, so one cell down.
    ["10.1.0.0/16", { x: 0, y: 16, width: 16, height: 16 }],
    // 2 = 00000010: the 7th bit (vertical) is set, so one cell right.
    ["10.2.0.0/16", { x: 16, y: 0, width: 16, height: 16 }],
  ])("places %s exactly", (cidr, rect) => {
    expect(rectOf(root, p(cidr), 256, 256)).toEqual(rect);
  });

  it("fills the view for a block that contains the root and has no rectangle outside it", () => {
    expect(rectOf(root, p("0.0.0.0/0"), 10, 20)).toEqual({ x: 0, y: 0, width: 10, height: 20 });
    expect(rectOf(root, p("11.0.0.0/8"), 10, 20)).toBeUndefined();
    expect(rectOf(root, p("fd00::/8"), 10, 20)).toBeUndefined();
  });

  it("places IPv6 blocks 128 bits deep without float address counts", () => {
    const v6root = p("::/0");
    const r = rectOf(v6root, p("ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff/128"), 1024, 1024);
    expect(r?.width).toBe(1024 / 2 ** 64);
    expect(r?.x).toBe(1024 - 1024 / 2 ** 64);
    expect(rectOf(p("fd00::/48"), p("fd00:0:0:ffff::/64"), 256, 256)).toEqual({
      x: 255,
      y: 255,
      width: 1,
      height: 1,
    });
  });

  it("reads in address order: the first half is left, its first half on top, and so on down", () => {
    const pod = p("10.244.0.0/16");
    // /16 -> /24 is 8 bits; the last (8th) split is horizontal, so index 1 sits below index 0.
    const r = [0n, 1n, 2n, 3n].map((i) => rectOf(pod, nthSubnet(pod, 24, i), 256, 256));
    expect(r.map((x) => [x?.x, x?.y])).toEqual([
      [0, 0],
      [0, 16],
      [16, 0],
      [16, 16],
    ]);
    const halvesOfRoot = [0n, 1n].map((i) => rectOf(pod, nthSubnet(pod, 17, i), 256, 256));
    expect(halvesOfRoot.map((x) => x?.x)).toEqual([0, 128]);
  });
});

describe("unitGrid", () => {
  it("counts columns and rows of node subnets", () => {
    expect(unitGrid(p("10.0.0.0/8"), p("10.0.0.0/8"), 24)).toEqual({ cols: 256n, rows: 256n });
    expect(unitGrid(p("10.0.0.0/8"), p("10.0.0.0/9"), 24)).toEqual({ cols: 128n, rows: 256n });
  });
});
