/** Props of a map's toolbar: what each button does, and whether there is a level to back out of. */
export interface MapToolbarProps {
  canBackOut: boolean;
  onBackOut: () => void;
  onReset: () => void;
  onZoom: (factor: number) => void;
  onSvg: () => void;
  onPng: () => void;
}

/** The buttons above a map: back out, reset, zoom in/out (x2, x0.5), and SVG/PNG downloads. */
export function MapToolbar({
  canBackOut,
  onBackOut,
  onReset,
  onZoom,
  onSvg,
  onPng,
}: MapToolbarProps) {
  return (
    <div className="tm-toolbar">
      <button type="button" onClick={onBackOut} disabled={!canBackOut}>
        Back out
      </button>
      <button type="button" onClick={onReset}>
        Reset view
      </button>
      <button type="button" onClick={() => onZoom(2)}>
        Zoom in
      </button>
      <button type="button" onClick={() => onZoom(0.5)}>
        Zoom out
      </button>
      <button type="button" onClick={onSvg}>
        Download SVG
      </button>
      <button type="button" onClick={onPng}>
        Download PNG
      </button>
    </div>
  );
}
