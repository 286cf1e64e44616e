import { useEffect } from "react";
import { findFieldElement } from "../controls/fieldId.ts";
import { useAppStore } from "./useAppStore.ts";

/**
 * Carries out the store's focus requests (from a finding or the address map): opens the panel
 * holding the field, scrolls it into view, focuses it and flashes it briefly.
 */
export function useFieldFocus(): void {
  const request = useAppStore((s) => s.view.focusRequest);
  useEffect(() => {
    if (!request) return undefined;
    const target = findFieldElement(document, request.path);
    if (!target) return undefined;
    for (let d = target.closest("details"); d; d = d.parentElement?.closest("details") ?? null) {
      d.open = true;
    }
    const focusable =
      target instanceof HTMLDetailsElement ? target.querySelector("summary") : target;
    focusable?.scrollIntoView({ block: "center" });
    focusable?.focus({ preventScroll: true });
    const flash = target.closest(".field") ?? target;
    flash.classList.add("field-flash");
    const timer = window.setTimeout(() => flash.classList.remove("field-flash"), 1600);
    return () => {
      window.clearTimeout(timer);
      flash.classList.remove("field-flash");
    };
  }, [request]);
}
