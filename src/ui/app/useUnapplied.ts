import { useAppStore } from "./useAppStore.ts";

/** Labels of the fields holding refused text (the design shown is the last applied one). */
export function useUnappliedLabels(): string[] {
  const invalid = useAppStore((s) => s.view.invalidFields);
  return Object.values(invalid).map((f) => f.label);
}

/** "IPv4 pod range 1 is not applied" / "IPv4 pod range 1 and Name are not applied". */
export function unappliedSentence(labels: readonly string[]): string {
  const list =
    labels.length <= 1
      ? (labels[0] ?? "")
      : `${labels.slice(0, -1).join(", ")} and ${labels.at(-1) ?? ""}`;
  return `${list} ${labels.length === 1 ? "is" : "are"} not applied`;
}
