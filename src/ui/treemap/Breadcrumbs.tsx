/** The drill path of a map; every step but the last is a button back to it. */
export function Breadcrumbs({
  label,
  steps,
  onPick,
}: {
  label: string;
  steps: string[];
  onPick: (index: number) => void;
}) {
  return (
    <nav className="tm-crumbs" aria-label={label}>
      <ol>
        {steps.map((s, i) => (
          <li key={`${i}:${s}`}>
            {i === steps.length - 1 ? (
              <span aria-current="page">{s}</span>
            ) : (
              <button type="button" onClick={() => onPick(i)}>
                {s}
              </button>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
