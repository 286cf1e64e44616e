import { useMemo } from "react";
import { tokenize, type CodeLanguage } from "./tokenize.ts";

/** A read-only, highlighted view of one file; scrollable and keyboard-focusable. */
export function CodeView({
  text,
  language,
  label,
}: {
  text: string;
  language: CodeLanguage;
  /** Accessible name of the scrolling region, e.g. the file name. */
  label: string;
}) {
  const lines = useMemo(() => tokenize(text.replace(/\n$/, ""), language), [text, language]);
  return (
    <pre className="code-view" tabIndex={0} role="region" aria-label={label}>
      <code>
        {lines.map((tokens, i) => (
          <span key={i} className="code-line">
            {tokens.map((token, j) =>
              token.kind === "plain" ? (
                token.text
              ) : (
                <span key={j} className={`tok-${token.kind}`}>
                  {token.text}
                </span>
              ),
            )}
            {"\n"}
          </span>
        ))}
      </code>
    </pre>
  );
}
