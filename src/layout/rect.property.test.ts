import fc from "fast-check";
import { describe, it } from "vitest";
import { nthSubnet, prefixOf, type Prefix } from "../core/ip/prefix.ts";
import { prefixAtPoint, rectOf } from "./rect.ts";

const p = (text: string): Prefix => prefixOf(text) as Prefix;
const root = p("10.0.0.0/8");

describe("rectOf", () => {
  it("children of any block tile it exactly, first child left of or above the second", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 24 - 1 }),
        fc.integer({ min: 8, max: 23 }),
        (n, length) => {
          const parent = {
            family: "ipv4" as const,
            network: (10n << 24n) | (BigInt(n) & ~((1n << BigInt(32 - length)) - 1n) & 0xffffffn),
            length,
          };
          const a = rectOf(root, nthSubnet(parent, length + 1, 0n), 1024, 512);
          const b = rectOf(root, nthSubnet(parent, length + 1, 1n), 1024, 512);
          const whole = rectOf(root, parent, 1024, 512);
          if (!a || !b || !whole) return false;
          const areas = a.width * a.height + b.width * b.height;
          const sideBySide = a.y === b.y && a.x + a.width === b.x && a.height === whole.height;
          const stacked = a.x === b.x && a.y + a.height === b.y && a.width === whole.width;
          return (
            areas === whole.width * whole.height &&
            (sideBySide || stacked) &&
            a.x === whole.x &&
            a.y === whole.y
          );
        },
      ),
    );
  });
});

describe("prefixAtPoint", () => {
  it("inverts rectOf at a block's centre", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 24 - 1 }),
        fc.integer({ min: 8, max: 24 }),
        (n, length) => {
          const q = {
            family: "ipv4" as const,
            network: ((10n << 24n) | BigInt(n)) & ~((1n << BigInt(32 - length)) - 1n),
            length,
          };
          const r = rectOf(root, q, 4096, 4096);
          if (!r) return false;
          const back = prefixAtPoint(
            root,
            r.x + r.width / 2,
            r.y + r.height / 2,
            4096,
            4096,
            length,
          );
          return back.network === q.network && back.length === length;
        },
      ),
    );
  });
});
