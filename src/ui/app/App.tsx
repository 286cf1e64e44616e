import { LazyExportPanel } from "../exports/LazyExportPanel.tsx";
import { DesignToolbar } from "../sharing/DesignToolbar.tsx";
import { StatusLine } from "../sharing/StatusLine.tsx";
import { CapacitySummary } from "../panels/CapacitySummary.tsx";
import { ClusterPanel } from "../panels/ClusterPanel.tsx";
import { CniPanel } from "../panels/CniPanel.tsx";
import { ExternalRangesPanel } from "../panels/ExternalRangesPanel.tsx";
import { FindingsList } from "../panels/FindingsList.tsx";
import { LoadBalancerPanel } from "../panels/LoadBalancerPanel.tsx";
import { NodesPanel } from "../panels/NodesPanel.tsx";
import { PodsPanel } from "../panels/PodsPanel.tsx";
import { ServicesPanel } from "../panels/ServicesPanel.tsx";
import { AddressMap } from "./AddressMap.tsx";
import { PresetsMenu } from "./PresetsMenu.tsx";
import { ExportsButton, SkipLinks } from "./SkipLinks.tsx";
import { ThemeSelect } from "./ThemeSelect.tsx";
import { useAppStore } from "./useAppStore.ts";
import { useDocumentTitle } from "./useDocumentTitle.ts";
import { useFieldFocus } from "./useFieldFocus.ts";
import { useTheme } from "./useTheme.ts";
import "./app.css";
import "./panels.css";

/** The application shell: header, editing panels, address map, findings and capacity, exports. */
export function App() {
  useTheme();
  useFieldFocus();
  useDocumentTitle();
  const families = useAppStore((s) => s.design.ipFamilies);
  return (
    <div className="app">
      <SkipLinks />
      <header className="app-header">
        <h1>k8s-subnet-designer</h1>
        <PresetsMenu />
        <div data-slot="toolbar" className="toolbar-slot">
          <DesignToolbar />
        </div>
        <ExportsButton />
        <ThemeSelect />
      </header>
      <StatusLine />
      <main className="app-main">
        <section className="col col-panels" aria-label="Design">
          <ClusterPanel />
          {families.map((family) => (
            <PodsPanel key={family} family={family} />
          ))}
          <ServicesPanel />
          <NodesPanel />
          <CniPanel />
          <LoadBalancerPanel />
          <ExternalRangesPanel />
        </section>
        <section className="col col-map" aria-label="Address map">
          <AddressMap />
        </section>
        <aside
          className="col col-side"
          id="findings-column"
          aria-label="Findings and capacity"
          tabIndex={0}
        >
          <FindingsList />
          <CapacitySummary />
        </aside>
      </main>
      <section
        className="app-exports"
        id="exports"
        aria-label="Exports"
        data-slot="exports"
        tabIndex={-1}
      >
        <LazyExportPanel />
      </section>
    </div>
  );
}
