import type { ExportFile } from "../../exporters/types.ts";
import { CodeView } from "./CodeView.tsx";
import { copyText } from "./copyText.ts";
import { mimeOf, saveFile } from "./saveFile.ts";

/** One exported file: its name, Copy and Download buttons, and the highlighted text. */
export function ExportFileView({
  file,
  onStatus,
}: {
  file: ExportFile;
  /** Reports what happened ("Copied ...") to the app's status line. */
  onStatus: (text: string) => void;
}) {
  const copy = async () => {
    const copied = await copyText(file.text);
    onStatus(
      copied
        ? `Copied ${file.filename} to the clipboard.`
        : `Could not copy ${file.filename}: the browser refused. Select the text and copy it by hand.`,
    );
  };
  const download = () => {
    saveFile(file.filename, file.text, mimeOf(file.language));
    onStatus(`Downloaded ${file.filename}.`);
  };
  return (
    <div className="export-file">
      <div className="export-file-bar">
        <code className="export-file-name">{file.filename}</code>
        <button type="button" onClick={() => void copy()} aria-label={`Copy ${file.filename}`}>
          Copy
        </button>
        <button type="button" onClick={download} aria-label={`Download ${file.filename}`}>
          Download
        </button>
      </div>
      <CodeView text={file.text} language={file.language} label={`${file.filename} contents`} />
    </div>
  );
}
