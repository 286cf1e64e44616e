import { useActions } from "./useAppStore.ts";

/** Take (apply the preview as one undo step) and Discard (leave the design as it is). */
export function PreviewActions() {
  const { takePreview, discardPreview } = useActions();
  return (
    <>
      <button type="button" className="button-primary" onClick={() => takePreview()}>
        Take
      </button>
      <button type="button" onClick={discardPreview}>
        Discard
      </button>
    </>
  );
}
