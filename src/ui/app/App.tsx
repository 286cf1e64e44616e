/** The application shell. */
export function App() {
  return (
    <main>
      <h1>k8s-subnet-designer</h1>
    </main>
  );
}
