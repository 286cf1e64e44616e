import { useEffect, useId, useRef, useState } from "react";
import { escapeUnsafe } from "../../core/codec/safeEcho.ts";
import { MAX_INPUT_BYTES } from "../../core/codec/inputSize.ts";
import type { ImportFormat } from "../../importers/types.ts";
import { useActions, useAppStore } from "../app/useAppStore.ts";
import type { MessageStore } from "./messages.ts";
import { MergePreview } from "./MergePreview.tsx";
import { planImport, type ImportInput } from "./planImport.ts";
import { FORMAT_CHOICES } from "./previewImport.ts";
import { useImportFiles } from "./useImportFiles.ts";
import { useImportPreview } from "./useImportPreview.ts";

/** How the dialog names the pasted text among the files it reads. */
const PASTED = "pasted text";

/**
 * Longest text the box takes, in characters: one past the input gate's byte limit, so a longer
 * paste is still over the limit and refused with the limit in the message (importConfig), never
 * cut to a shorter config that reads as valid without its end.
 */
const MAX_IMPORT_TEXT = MAX_INPUT_BYTES + 1;

/**
 * A modal dialog to paste a running cluster's config (Cilium Helm values, kubeadm
 * ClusterConfiguration, kube-controller-manager / kube-apiserver flags, k3s/RKE2 config.yaml,
 * cloud subnet JSON).
 * It shows the detected format and every message as you type. Files can be chosen besides the
 * pasted text; several inputs, or "merge into the current design", are merged (ADR 0130) with a
 * preview of what changes and every disagreement to choose. Apply takes it as one undo step.
 * Native <dialog>: focus stays inside, Escape closes.
 */
export function ImportDialog({
  open,
  onClose,
  messages,
}: {
  open: boolean;
  onClose: () => void;
  messages: MessageStore;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const actions = useActions();
  const [text, setText] = useState("");
  const [hint, setHint] = useState<ImportFormat | "">("");
  const id = useId();
  const { preview, reading } = useImportPreview(text, hint || undefined);
  const files = useImportFiles(hint || undefined, [PASTED]);
  const [merge, setMerge] = useState(false);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const current = useAppStore((s) => s.design);
  const pasted: ImportInput[] = preview && text.trim() !== "" ? [{ name: PASTED, preview }] : [];
  const inputs = [...pasted, ...files.inputs];
  const plan = planImport(inputs, current, merge, choices);
  const waiting = reading && text.trim() !== "";

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  const apply = () => {
    if (!plan.design || waiting) return;
    const result = actions.replaceDesign(plan.design);
    if (!result.ok) {
      messages.getState().push({ tone: "error", topic: "import", text: result.error });
      return;
    }
    const names = inputs.map((i) => i.name).join(", ");
    const details = [
      ...plan.notes,
      ...inputs.flatMap((i) =>
        i.preview.messages.map((m) => (inputs.length > 1 ? `${i.name}: ${m}` : m)),
      ),
    ];
    messages.getState().push({
      tone: "success",
      topic: "import",
      text: plan.merging
        ? `Merged ${names}${merge ? " into the design" : ""}. Undo goes back to the previous design.`
        : `Imported the ${inputs[0]?.preview.format ?? "config"}. Undo goes back to the previous design.`,
      details,
      timeoutMs: details.length > 0 ? undefined : 6000,
    });
    setText("");
    files.clear();
    setChoices({});
    onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="import-dialog"
      aria-labelledby={`${id}-title`}
      onClose={onClose}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          apply();
        }}
      >
        <h2 id={`${id}-title`}>Import from a cluster's config</h2>
        <p className="muted" id={`${id}-help`}>
          Paste Cilium Helm values, a kubeadm ClusterConfiguration, kube-controller-manager or
          kube-apiserver flags (or their static Pod manifest), a k3s / RKE2 config.yaml, a Talos
          machine config, or the subnets JSON of <code>aws ec2 describe-subnets</code>,{" "}
          <code>gcloud compute networks subnets list</code> or <code>az network vnet show</code>; or
          choose files. Several files of one cluster (a kubeadm config and its Cilium values) are
          merged. The design replaces the current one or merges into it (Undo brings it back).
          Nothing leaves your browser.
        </p>
        <label htmlFor={`${id}-text`}>Configuration text</label>
        <textarea
          id={`${id}-text`}
          value={text}
          maxLength={MAX_IMPORT_TEXT}
          rows={12}
          spellCheck={false}
          autoComplete="off"
          aria-describedby={`${id}-help ${id}-result`}
          onChange={(e) => setText(e.target.value)}
        />
        <label htmlFor={`${id}-format`}>Read as</label>
        <select
          id={`${id}-format`}
          value={hint}
          onChange={(e) =>
            setHint(FORMAT_CHOICES.find((c) => c.value === e.target.value)?.value ?? "")
          }
        >
          <option value="">Detect the format</option>
          {FORMAT_CHOICES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-files`}>Add config files</label>
        <input
          id={`${id}-files`}
          type="file"
          multiple
          aria-describedby={`${id}-files-help`}
          onChange={(e) => {
            void files.add(e.target.files);
            e.target.value = "";
          }}
        />
        <p className="muted import-files-help" id={`${id}-files-help`}>
          Read with the pasted text, if any; each field of the design notes its file.
        </p>
        {files.inputs.length > 0 && (
          <ul className="import-files" aria-label="Chosen files">
            {files.inputs.map((input) => (
              <li key={input.name}>
                <span>
                  <strong>{escapeUnsafe(input.name)}</strong>:{" "}
                  {input.preview.design ? input.preview.format : (input.preview.error ?? "")}
                </span>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Remove ${escapeUnsafe(input.name)}`}
                  onClick={() => files.remove(input.name)}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <fieldset className="import-mode">
          <legend>When applied</legend>
          <label>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={!merge}
              onChange={() => setMerge(false)}
            />
            Replace the current design
          </label>
          <label>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={merge}
              onChange={() => setMerge(true)}
            />
            Merge into the current design
          </label>
        </fieldset>
        <div id={`${id}-result`} className="import-result" role="status">
          {inputs.length === 0 ? (
            <p className="muted">{waiting ? "Reading…" : "Nothing pasted or chosen yet."}</p>
          ) : (
            <>
              {pasted.length > 0 && preview && (
                <>
                  <p className={preview.design ? "import-format" : "import-error"}>
                    {preview.design ? `Detected: ${preview.format}` : preview.error}
                  </p>
                  {preview.messages.length > 0 && (
                    <ul className="import-messages">
                      {preview.messages.map((m, i) => (
                        <li key={i}>{m}</li>
                      ))}
                    </ul>
                  )}
                </>
              )}
              {plan.merging && plan.error && (
                <p className="import-error">{escapeUnsafe(plan.error)}</p>
              )}
              {plan.merging && (
                <MergePreview
                  plan={plan}
                  choices={choices}
                  onChoose={(path, from) => setChoices((c) => ({ ...c, [path]: from }))}
                />
              )}
            </>
          )}
        </div>
        <div className="import-actions">
          <button type="submit" className="button-primary" disabled={!plan.design || waiting}>
            Apply
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
