import { MessageArea } from "./MessageArea.tsx";
import { useSharing } from "./useSharing.ts";

/** The app's one message line, a row under the header: it pushes content down, never covers it. */
export function StatusLine() {
  const sharing = useSharing();
  return (
    <div className="status-line">
      <MessageArea messages={sharing.messages} />
    </div>
  );
}
