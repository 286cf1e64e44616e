import { describe, expect, it } from "vitest";
import { countKinds, uniformKind, windowSegments, type Segment } from "./segments.ts";

const segs: Segment[] = [
  { start: 0n, end: 1000n, kind: "a" },
  { start: 1000n, end: 1n << 20n, kind: "free" },
];

describe("segments", () => {
  it("classifies blocks with binary search and counts kinds", () => {
    expect(uniformKind(segs, 0n, 1000n)).toBe("a");
    expect(uniformKind(segs, 999n, 1001n)).toBeUndefined();
    expect(uniformKind(segs, 1000n, 1n << 20n)).toBe("free");
    expect(countKinds(segs, 512n, 2048n)).toEqual({ a: 488n, free: 1048n });
  });

  it("re-indexes a window from 0", () => {
    expect(windowSegments(segs, 996n, 8n)).toEqual([
      { start: 0n, end: 4n, kind: "a" },
      { start: 4n, end: 8n, kind: "free" },
    ]);
  });
});
