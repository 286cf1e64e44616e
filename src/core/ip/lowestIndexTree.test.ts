import { describe, expect, it } from "vitest";
import { lowestIndexTree } from "./lowestIndexTree.ts";

describe("lowestIndexTree", () => {
  it("an empty tree, and a window past the last position, hold nothing", () => {
    const tree = lowestIndexTree(5, 3);
    expect(tree.lowestFrom(0)).toEqual([]);
    tree.insert(4, 7);
    expect(tree.lowestFrom(5)).toEqual([]);
    expect(tree.lowestFrom(4)).toEqual([7]);
  });

  it("keeps the lowest indices of a window whatever the order they came in", () => {
    // Indices 0..size-1 at shuffled positions, inserted in another shuffled order; each window
    // lo..size-1 checked against a sort of the indices stored there.
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (const [size, keep] of [
      [1, 1],
      [7, 2],
      [33, 3],
      [64, 5],
      [100, 1],
    ] as const) {
      const shuffled = () => {
        const xs = Array.from({ length: size }, (_, i) => i);
        for (let i = size - 1; i > 0; i--) {
          const j = next(i + 1);
          [xs[i], xs[j]] = [xs[j]!, xs[i]!];
        }
        return xs;
      };
      const positionOf = shuffled();
      const tree = lowestIndexTree(size, keep);
      const stored: number[] = [];
      for (const index of shuffled()) {
        tree.insert(positionOf[index]!, index);
        stored.push(index);
        const lo = next(size + 1);
        const expected = stored
          .filter((i) => positionOf[i]! >= lo)
          .sort((a, b) => a - b)
          .slice(0, keep);
        expect(tree.lowestFrom(lo), `size ${size}, keep ${keep}, from ${lo}`).toEqual(expected);
      }
    }
  });

  it("keep 0 stores nothing", () => {
    const tree = lowestIndexTree(4, 0);
    tree.insert(1, 3);
    expect(tree.lowestFrom(0)).toEqual([]);
  });
});
