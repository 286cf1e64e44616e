/**
 * A file name made safe for any file system: letters, digits, dot, dash and underscore only.
 * Its own module: the design download (first screen) uses it without the zip code (fflate).
 */
export function safeFileName(name: string, fallback = "cluster"): string {
  const cleaned = name
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^[-.]+|-+$/g, "")
    .slice(0, 80);
  return cleaned === "" ? fallback : cleaned;
}
