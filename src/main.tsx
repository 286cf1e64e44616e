import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { createAppStore } from "./store/createAppStore.ts";
import { App } from "./ui/app/App.tsx";
import { AppStoreProvider } from "./ui/app/AppStoreProvider.tsx";

const root = document.getElementById("root");
if (root) {
  const store = createAppStore();
  createRoot(root).render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <App />
      </AppStoreProvider>
    </StrictMode>,
  );
}
