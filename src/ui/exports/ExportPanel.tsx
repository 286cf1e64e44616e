import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import { describeCni } from "../../core/cni/describeCni.ts";
import { targetRefusals } from "../../exporters/refusals.ts";
import { targetsFor } from "../../exporters/registry.ts";
import { useAppStore } from "../app/useAppStore.ts";
import { useFindings } from "../app/useDerived.ts";
import { useSharing } from "../sharing/useSharing.ts";
import { ClusterPicker } from "../panels/ClusterPicker.tsx";
import { ExportErrorsBanner } from "./ExportErrorsBanner.tsx";
import { ExportFileView } from "./ExportFileView.tsx";
import { ExportRefusals } from "./ExportRefusals.tsx";
import { StaleExportsNote } from "./StaleExportsNote.tsx";
import { renderTarget } from "./renderTarget.ts";
import { saveFile } from "./saveFile.ts";
import { safeFileName } from "./safeFileName.ts";
import { zipExports } from "./zipExports.ts";
import "./exports.css";

/** How long an export message ("Copied ...") stays in the status line, in milliseconds. */
const STATUS_MS = 5000;

/**
 * The exports of the current design: the targets of its CNI/IPAM mode as vertical tabs, the open
 * one rendered (only that one) with highlighting, Copy and Download per file, and a zip of all.
 * Errors in the design show as a banner above; the exports still show.
 */
export function ExportPanel() {
  const design = useAppStore((s) => s.design);
  const findings = useFindings();
  const targets = useMemo(() => targetsFor(design), [design]);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const { messages } = useSharing();
  // One place for messages: the app's status line under the header, never inside the panel.
  const showStatus = (text: string) =>
    messages.getState().push({
      tone: text.startsWith("Could not") ? "error" : "success",
      text,
      topic: "exports",
      timeoutMs: STATUS_MS,
    });
  const tabs = useRef(new Map<string, HTMLButtonElement>());
  const errors = findings.filter((f) => f.severity === "error");
  const open = targets.find((t) => t.id === chosen) ?? targets[0];
  const files = open ? renderTarget(design, open) : undefined;
  const refusals = open ? targetRefusals(open, design, findings) : [];
  const refused = new Set(
    targets.filter((t) => targetRefusals(t, design, findings).length > 0).map((t) => t.id),
  );

  const select = (index: number) => {
    const target = targets[(index + targets.length) % targets.length];
    if (!target) return;
    setChosen(target.id);
    tabs.current.get(target.id)?.focus();
  };
  const onTabKey = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowRight: index + 1,
      ArrowUp: index - 1,
      ArrowLeft: index - 1,
      Home: 0,
      End: targets.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    select(next);
  };
  const downloadAll = () => {
    const name = `${safeFileName(design.name)}-exports.zip`;
    const baseUrl = window.location.href.split("#")[0] ?? "";
    saveFile(name, zipExports(design, targets, baseUrl), "application/zip");
    showStatus(`Downloaded ${name} with ${targets.length} exports.`);
  };

  return (
    <div className="export-panel">
      <div className="export-head">
        <h2 id="exports-title">Exports</h2>
        <span className="muted">
          {targets.length} {targets.length === 1 ? "export" : "exports"} for{" "}
          {describeCni(design.cni).label}
        </span>
        <ClusterPicker label="Exports of cluster" />
        <button type="button" onClick={downloadAll} disabled={targets.length === 0}>
          Download all (.zip)
        </button>
      </div>
      <StaleExportsNote />
      <ExportErrorsBanner errors={errors} />
      {open ? (
        <div className="export-body">
          <div
            className="export-tabs"
            role="tablist"
            aria-labelledby="exports-title"
            aria-orientation="vertical"
          >
            {targets.map((target, index) => (
              <button
                key={target.id}
                ref={(el) => {
                  if (el) tabs.current.set(target.id, el);
                  else tabs.current.delete(target.id);
                }}
                type="button"
                role="tab"
                id={`export-tab-${target.id}`}
                data-target={target.id}
                aria-selected={target === open}
                aria-controls="export-tabpanel"
                tabIndex={target === open ? 0 : -1}
                onClick={() => setChosen(target.id)}
                onKeyDown={(e) => onTabKey(e, index)}
              >
                {target.label}
                {refused.has(target.id) && <span className="export-tab-refused"> (refused)</span>}
              </button>
            ))}
          </div>
          <div
            className="export-viewer"
            role="tabpanel"
            id="export-tabpanel"
            aria-labelledby={`export-tab-${open.id}`}
          >
            <p className="export-description">{open.description}</p>
            <ExportRefusals refusals={refusals} />
            {files && !files.ok && (
              <p className="export-failed" role="alert">
                {files.error}
              </p>
            )}
            {files?.ok &&
              files.value.map((file) => (
                <ExportFileView key={file.filename} file={file} onStatus={showStatus} />
              ))}
          </div>
        </div>
      ) : (
        <p className="muted">No export applies to this design.</p>
      )}
    </div>
  );
}
