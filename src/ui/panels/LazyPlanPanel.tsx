import { lazy, Suspense, useState } from "react";
import { Panel } from "./Panel.tsx";

/** The Plan panel's form and core's solver, fetched when the panel is about to be used. */
const loadPlanForm = () =>
  import("./PlanPanel.tsx").then((module) => ({ default: module.PlanForm }));
const PlanForm = lazy(loadPlanForm);

/**
 * "Plan from a budget", closed at start: its form and the solver (proposePlan and its helpers)
 * are not part of the first load. They are fetched when the pointer or focus reaches the panel,
 * so they are usually there by the time it opens; the form is mounted on the first open and kept.
 */
export function LazyPlanPanel() {
  const [opened, setOpened] = useState(false);
  return (
    <Panel
      id="plan"
      title="Plan from a budget"
      paths={[]}
      open={false}
      onIntent={() => void loadPlanForm().catch(() => undefined)}
      onToggle={(open) => open && setOpened(true)}
    >
      {opened && (
        <Suspense
          fallback={
            <p className="field-hint" role="status">
              Loading the planner…
            </p>
          }
        >
          <PlanForm />
        </Suspense>
      )}
    </Panel>
  );
}
