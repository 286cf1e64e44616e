import { isRecord } from "../core/codec/untrusted.ts";
import type { Design } from "../core/design/schema.ts";
import { intOf } from "./overlay.ts";
import { recordAt } from "./yamlDocs.ts";

/**
 * The node count a Cluster API file declares: the `KubeadmControlPlane`'s and every
 * `MachineDeployment`'s `spec.replicas` and one per `Machine`, summed, recorded as the source of
 * `nodes.count`.
 * Without any, the count stays a placeholder.
 */
export function withReplicas(design: Design, docs: readonly unknown[], messages: string[]): Design {
  let count = 0;
  const from: string[] = [];
  for (const doc of docs) {
    if (!isRecord(doc)) continue;
    // A Machine in the file is one node of its own (a control plane without a KubeadmControlPlane).
    if (doc.kind === "Machine") {
      count += 1;
      const name = recordAt(doc, "metadata").name;
      from.push(typeof name === "string" ? `Machine ${name}` : "Machine");
      continue;
    }
    if (doc.kind !== "KubeadmControlPlane" && doc.kind !== "MachineDeployment") continue;
    const replicas = intOf(recordAt(doc, "spec").replicas);
    if (replicas === undefined) continue;
    count += replicas;
    from.push(`${String(doc.kind)}.spec.replicas (${replicas})`);
  }
  if (from.length === 0) return design;
  messages.push(`nodes: ${count} from ${from.join(" + ")}`);
  return {
    ...design,
    nodes: { ...design.nodes, count },
    imported: {
      format: design.imported?.format ?? "",
      sources: { ...design.imported?.sources, "nodes.count": from.join(" + ") },
      placeholders: design.imported?.placeholders ?? [],
      refusals: design.imported?.refusals ?? [],
    },
  };
}
