/** The DOM id of the field editing a design path: "ipv4.podCidrs.0" becomes "field-ipv4-podCidrs-0". */
export function fieldIdOf(path: string): string {
  return `field-${path.replaceAll(".", "-")}`;
}

/**
 * The element that best represents a design path: its field, else the first field under it (a
 * range's CIDR before its name), else
 * the field of its parent path, else the panel that lists the path's first segment.
 */
export function findFieldElement(root: ParentNode, path: string): HTMLElement | null {
  for (let p = path; p !== ""; p = p.includes(".") ? p.slice(0, p.lastIndexOf(".")) : "") {
    const id = fieldIdOf(p);
    const exact = root.querySelector<HTMLElement>(`[id="${CSS.escape(id)}"]`);
    if (exact) return exact;
    const under = [...root.querySelectorAll<HTMLElement>(`[id^="${CSS.escape(id)}-"]`)];
    const value = under.find((el) => /-(cidr|range)$/.test(el.id));
    if (value ?? under[0]) return value ?? under[0] ?? null;
  }
  const head = path.split(".")[0] ?? "";
  return root.querySelector<HTMLElement>(`[data-paths~="${CSS.escape(head)}"]`);
}
