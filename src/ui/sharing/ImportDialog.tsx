import { useEffect, useId, useRef, useState } from "react";
import type { ImportFormat } from "../../importers/types.ts";
import { useActions } from "../app/useAppStore.ts";
import type { MessageStore } from "./messages.ts";
import { FORMAT_CHOICES } from "./previewImport.ts";
import { useImportPreview } from "./useImportPreview.ts";

/** Longest text accepted in the box, in characters (real configs are a few KB). */
const MAX_IMPORT_TEXT = 512 * 1024;

/**
 * A modal dialog to paste a running cluster's config (Cilium Helm values, kubeadm
 * ClusterConfiguration, kube-controller-manager / kube-apiserver flags, k3s/RKE2 config.yaml,
 * cloud subnet JSON).
 * It shows the detected format and every message as you type; Apply replaces the design as one
 * undo step. Native <dialog>: focus stays inside, Escape closes.
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

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  const apply = () => {
    if (!preview?.design) return;
    const result = actions.replaceDesign(preview.design);
    if (!result.ok) {
      messages.getState().push({ tone: "error", topic: "import", text: result.error });
      return;
    }
    messages.getState().push({
      tone: "success",
      topic: "import",
      text: `Imported the ${preview.format}. Undo goes back to the previous design.`,
      details: preview.messages,
      timeoutMs: preview.messages.length > 0 ? undefined : 6000,
    });
    setText("");
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
          kube-apiserver flags (or their static Pod manifest), a k3s / RKE2 config.yaml, or the
          subnets JSON of <code>aws ec2 describe-subnets</code>,{" "}
          <code>gcloud compute networks subnets list</code> or <code>az network vnet show</code>.
          The design it describes replaces the current one (Undo brings that back). Nothing leaves
          your browser.
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
        <div id={`${id}-result`} className="import-result" role="status">
          {preview === undefined ? (
            <p className="muted">{reading ? "Reading…" : "Nothing pasted yet."}</p>
          ) : (
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
        </div>
        <div className="import-actions">
          <button type="submit" className="button-primary" disabled={!preview?.design}>
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
