/**
 * Offers bytes or text to the user as a download named `filename` (Blob + object URL on a
 * temporary link). The URL is revoked after a delay so the browser can finish reading it.
 */
export function saveFile(filename: string, content: string | Uint8Array, mime: string): void {
  const part = typeof content === "string" ? content : new Uint8Array(content);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The MIME type to download a file of an export language as. */
export function mimeOf(language: "yaml" | "json" | "shell" | "hcl"): string {
  return language === "json"
    ? "application/json"
    : language === "yaml"
      ? "application/yaml"
      : "text/plain";
}
