/**
 * The first key given twice in one object of valid JSON text, with the offset of its second
 * occurrence; undefined when every object's keys are distinct. JSON.parse keeps the last value of
 * a repeated key silently (a merge conflict resolved by keeping both sides' `"ipv4"` block, say),
 * so the text is scanned once, with one Set per open object: linear in the text, and iterative
 * (no recursion for deep nesting). Keys compare after unescaping (`"a"` and `"\u0061"` are one).
 * Only meaningful for text JSON.parse accepted.
 */
export function duplicateJsonKey(text: string): { key: string; offset: number } | undefined {
  // One entry per open container: a Set of its keys for an object, undefined for an array.
  const open: (Set<string> | undefined)[] = [];
  let keyNext = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      const start = i;
      let escaped = false;
      for (i += 1; i < text.length && text[i] !== '"'; i++) {
        if (text[i] === "\\") {
          escaped = true;
          i += 1;
        }
      }
      const keys = open.at(-1);
      if (!keyNext || !keys) continue;
      keyNext = false;
      const key = escaped
        ? (JSON.parse(text.slice(start, i + 1)) as string)
        : text.slice(start + 1, i);
      if (keys.has(key)) return { key, offset: start };
      keys.add(key);
    } else if (c === "{") {
      open.push(new Set());
      keyNext = true;
    } else if (c === "[") {
      open.push(undefined);
      keyNext = false;
    } else if (c === "}" || c === "]") {
      open.pop();
      keyNext = false;
    } else if (c === ",") {
      keyNext = open.at(-1) !== undefined;
    }
  }
  return undefined;
}
