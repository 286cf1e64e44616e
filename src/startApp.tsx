// First: the panels' styles load with the app (not inlined with the shell, ADR 0038) and keep
// their place in the cascade, after the shell's styles and before the components' own.
import "./ui/app/panels.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createAppStore } from "./store/createAppStore.ts";
import { linkCodec } from "./store/linkCodec.ts";
import { App } from "./ui/app/App.tsx";
import { AppStoreProvider } from "./ui/app/AppStoreProvider.tsx";
import { SharingProvider } from "./ui/sharing/SharingProvider.tsx";
import { startSharing } from "./ui/sharing/startSharing.ts";
import { hasStartLink } from "./ui/sharing/unsyncedLink.ts";

/**
 * Starts the app in #root, replacing the static shell of index.html. A link to open needs the
 * link codec first (ADR 0045); a failed load rejects, and the shell says the app could not load.
 */
export async function startApp(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return;
  const codec = hasStartLink(window) ? linkCodec.load() : undefined;
  const store = createAppStore();
  await codec;
  const sharing = startSharing(store);
  createRoot(root).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <SharingProvider sharing={sharing}>
          <App />
        </SharingProvider>
      </AppStoreProvider>
    </StrictMode>,
  );
}
