import { useCallback } from "react";
import { parsePlanFile, serializePlan } from "../../core/codec/planFile.ts";
import { useAppStoreApi } from "../app/useAppStore.ts";
import { saveFile } from "../exports/saveFile.ts";
import { safeFileName } from "../exports/safeFileName.ts";
import type { MessageStore } from "./messages.ts";
import { readChosenFile } from "./readChosenFile.ts";

/**
 * Download and open of design and plan files (the JSON the CLI reads). A bad file is refused with
 * the first problem and its path, and the current plan stays; a good one replaces the plan as
 * one undo step. Every outcome becomes a message.
 */
export function useDesignFile(messages: MessageStore): {
  download: () => void;
  open: (file: File) => Promise<void>;
} {
  const store = useAppStoreApi();
  const download = useCallback(() => {
    const { plan } = store.getState();
    // One cluster: the design file as ever; several: a plan file (ADR 0110).
    const first = safeFileName(plan.clusters[0]!.name);
    const name = plan.clusters.length > 1 ? `${first}.plan.json` : `${first}.design.json`;
    saveFile(name, serializePlan(plan), "application/json");
    messages
      .getState()
      .push({ tone: "success", topic: "file", text: `Downloaded ${name}.`, timeoutMs: 5000 });
  }, [store, messages]);

  const open = useCallback(
    async (file: File) => {
      const push = messages.getState().push;
      const refuse = (why: string) =>
        push({
          tone: "error",
          topic: "file",
          text: `${why.replace(/\.$/, "")}. The current design is unchanged.`,
        });
      const read = await readChosenFile(file);
      if (read.problem !== undefined) {
        refuse(`This file cannot be opened: ${read.problem}`);
        return;
      }
      const parsed = parsePlanFile(read.text);
      if (!parsed.ok) {
        refuse(parsed.error);
        return;
      }
      const replaced = store.getState().actions.replacePlan(parsed.value.plan);
      if (!replaced.ok) {
        refuse(`This file cannot be opened: ${replaced.error}`);
        return;
      }
      push({
        tone: "success",
        topic: "file",
        text: `Opened ${file.name}. Undo goes back to the previous design.`,
        details: parsed.value.notices,
        timeoutMs: parsed.value.notices.length > 0 ? undefined : 6000,
      });
    },
    [store, messages],
  );
  return { download, open };
}
