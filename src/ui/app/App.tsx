import { LazyExportPanel } from "../exports/LazyExportPanel.tsx";
import { DesignToolbar } from "../sharing/DesignToolbar.tsx";
import { StatusLine } from "../sharing/StatusLine.tsx";
import { CapacitySummary } from "../panels/CapacitySummary.tsx";
import { ClusterPanel } from "../panels/ClusterPanel.tsx";
import { ClustersPanel } from "../panels/ClustersPanel.tsx";
import { CniPanel } from "../panels/CniPanel.tsx";
import { ExternalRangesPanel } from "../panels/ExternalRangesPanel.tsx";
import { FindingsList } from "../panels/FindingsList.tsx";
import { LoadBalancerPanel } from "../panels/LoadBalancerPanel.tsx";
import { NodesPanel } from "../panels/NodesPanel.tsx";
import { LazyPlanPanel } from "../panels/LazyPlanPanel.tsx";
import { PodsPanel } from "../panels/PodsPanel.tsx";
import { ServicesPanel } from "../panels/ServicesPanel.tsx";
import { AddressMap } from "./AddressMap.tsx";
import { Guarded } from "./Guarded.tsx";
import { PresetsMenu } from "./PresetsMenu.tsx";
import { ExportsButton, SkipLinks } from "./SkipLinks.tsx";
import { ThemeSelect } from "./ThemeSelect.tsx";
import { useAppStore } from "./useAppStore.ts";
import { useDocumentTitle } from "./useDocumentTitle.ts";
import { useFieldFocus } from "./useFieldFocus.ts";
import { useTheme } from "./useTheme.ts";
import "./app.css";
import "./panelBox.css";
import "./panels.css";
import "./offscreen.css";

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
          <Guarded name="The cluster panel">
            <ClusterPanel />
          </Guarded>
          <Guarded name="The clusters panel">
            <ClustersPanel />
          </Guarded>
          <Guarded name="The Plan panel">
            <LazyPlanPanel />
          </Guarded>
          {families.map((family) => (
            <Guarded key={family} name={`The ${family === "ipv4" ? "IPv4" : "IPv6"} pods panel`}>
              <PodsPanel family={family} />
            </Guarded>
          ))}
          <Guarded name="The Services panel">
            <ServicesPanel />
          </Guarded>
          <Guarded name="The nodes panel">
            <NodesPanel />
          </Guarded>
          <Guarded name="The CNI panel">
            <CniPanel />
          </Guarded>
          <Guarded name="The LoadBalancer panel">
            <LoadBalancerPanel />
          </Guarded>
          <Guarded name="The external ranges panel">
            <ExternalRangesPanel />
          </Guarded>
        </section>
        <section className="col col-map" aria-label="Address map">
          <Guarded name="The address map">
            <AddressMap />
          </Guarded>
        </section>
        <aside
          className="col col-side"
          id="findings-column"
          aria-label="Findings and capacity"
          tabIndex={0}
        >
          <Guarded name="The findings">
            <FindingsList />
          </Guarded>
          <Guarded name="The capacity summary">
            <CapacitySummary />
          </Guarded>
        </aside>
      </main>
      <section
        className="app-exports"
        id="exports"
        aria-label="Exports"
        data-slot="exports"
        tabIndex={-1}
      >
        <Guarded name="The exports">
          <LazyExportPanel />
        </Guarded>
      </section>
    </div>
  );
}
