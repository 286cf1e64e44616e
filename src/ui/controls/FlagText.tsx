/** Splits text at the command-line flags it names ("--ip-families"): flags at odd indexes. */
export function flagParts(text: string): string[] {
  return text.split(/(--[a-z0-9][a-z0-9-]*)/g);
}

/**
 * Text naming command-line flags, each flag kept on one line: a narrow column would otherwise
 * break "--ip-families" at its hyphens. The text reads the same to a screen reader.
 */
export function FlagText({ text }: { text: string }) {
  return (
    <>
      {flagParts(text).map((part, i) =>
        i % 2 === 1 ? (
          <span key={i} className="flag-text">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </>
  );
}
