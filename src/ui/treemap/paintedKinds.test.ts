import { describe, expect, it } from "vitest";
import type { CellKind } from "../../layout/scene.ts";
import { paintedKinds } from "./paintedKinds.ts";

describe("paintedKinds", () => {
  it("starts empty, tells its listeners of other kinds only, and stops telling on unsubscribe", () => {
    const store = paintedKinds();
    expect(store.get().size).toBe(0);
    let told = 0;
    const stop = store.subscribe(() => told++);
    const first = new Set<CellKind>(["pods", "lb"]);
    store.set(first);
    expect([told, store.get()]).toEqual([1, first]);
    // The same kinds in another set (every paint makes a new one): no change, no one told.
    store.set(new Set<CellKind>(["lb", "pods"]));
    expect(told).toBe(1);
    expect(store.get()).toBe(first);
    store.set(new Set<CellKind>(["lb"]));
    store.set(new Set<CellKind>(["lb", "overlap"]));
    expect(told).toBe(3);
    expect([...store.get()]).toEqual(["lb", "overlap"]);
    stop();
    store.set(new Set<CellKind>());
    expect(told).toBe(3);
    expect(store.get().size).toBe(0);
  });
});
