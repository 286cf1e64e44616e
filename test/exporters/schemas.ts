import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { parse } from "yaml";
import { isKubernetesCidr } from "./cidrFormat.ts";

const repoRoot = path.resolve(fileURLToPath(new URL("../../", import.meta.url)));

/** The shared upstream schemas folder; tests fail (never skip) when it is missing. */
export function schemasDir(): string {
  const dir = process.env.SHARED_SCHEMAS ?? path.resolve(repoRoot, "../shared/schemas");
  if (!existsSync(dir)) {
    throw new Error(
      `upstream schemas not found at ${dir}: set SHARED_SCHEMAS to the shared/schemas folder`,
    );
  }
  return dir;
}

/**
 * An ajv instance as SOURCES.md prescribes: non-strict, ajv-formats, plus Kubernetes' `cidr`
 * (checked by isKubernetesCidr, independent of the project's own CIDR parser).
 */
export function makeAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat("cidr", { type: "string", validate: isKubernetesCidr });
  return ajv;
}

function readSchemaFile(name: string): string {
  const file = path.join(schemasDir(), name);
  if (!existsSync(file)) throw new Error(`schema file missing: ${file}`);
  return readFileSync(file, "utf8");
}

/** The openAPIV3Schema of one served version of a CRD file. */
function crdSchema(file: string, version: string): object {
  const crd = parse(readSchemaFile(file)) as {
    spec: { versions: { name: string; schema: { openAPIV3Schema: object } }[] };
  };
  const found = crd.spec.versions.find((v) => v.name === version);
  if (!found) throw new Error(`${file} serves no version ${version}`);
  return found.schema.openAPIV3Schema;
}

/** A named validator of one upstream schema. */
export interface UpstreamSchema {
  name: string;
  validate: ValidateFunction;
}

function compile(ajv: Ajv, name: string, schema: object): UpstreamSchema {
  return { name, validate: ajv.compile(schema) };
}

/** Validators for Cilium Helm values: chart 1.20.0 and 1.19.6. */
export function ciliumValuesSchemas(ajv = makeAjv()): UpstreamSchema[] {
  return ["cilium-1.20.0-values.schema.json", "cilium-1.19.6-values.schema.json"].map((file) => {
    const schema = JSON.parse(readSchemaFile(file)) as Record<string, unknown>;
    delete schema.$schema;
    return compile(ajv, file, schema);
  });
}

/** The eksctl ClusterConfig schema (eksctl v0.230.0, draft-07; ajv needs strict: false, SOURCES.md). */
export function eksctlSchema(ajv = makeAjv()): UpstreamSchema {
  const file = "eksctl-clusterconfig-v1alpha5.schema.json";
  const schema = JSON.parse(readSchemaFile(file)) as Record<string, unknown>;
  delete schema.$schema;
  return compile(ajv, file, schema);
}

/** CRD validators keyed by `apiVersion/kind` of the manifests our exports write. */
export function manifestSchemas(ajv = makeAjv()): Map<string, UpstreamSchema[]> {
  const crd = (file: string, version: string): UpstreamSchema =>
    compile(ajv, `${file}#${version}`, crdSchema(file, version));
  return new Map([
    [
      "cilium.io/v2alpha1/CiliumPodIPPool",
      [
        crd("cilium-commit026740195c-ciliumpodippools.cilium.io-v2alpha1.yaml", "v2alpha1"),
        crd("cilium-commit2604288329-ciliumpodippools.cilium.io-v2.yaml", "v2alpha1"),
      ],
    ],
    [
      "cilium.io/v2/CiliumLoadBalancerIPPool",
      [crd("cilium-commit5575315f7b-ciliumloadbalancerippools.cilium.io-v2.yaml", "v2")],
    ],
    ["projectcalico.org/v3/IPPool", [crd("calico-v3.32.1-projectcalico.org_ippools.yaml", "v3")]],
    [
      "operator.tigera.io/v1/Installation",
      [crd("tigera-operator-v1.42.3-operator.tigera.io_installations.yaml", "v1")],
    ],
    [
      "metallb.io/v1beta1/IPAddressPool",
      [crd("metallb-v0.16.1-metallb.io_ipaddresspools.yaml", "v1beta1")],
    ],
    [
      "crd.k8s.amazonaws.com/v1alpha1/ENIConfig",
      [crd("aws-vpc-cni-v1.23.0-eniconfigs.crd.k8s.amazonaws.com.yaml", "v1alpha1")],
    ],
    [
      "metallb.io/v1beta1/L2Advertisement",
      [crd("metallb-v0.16.1-metallb.io_l2advertisements.yaml", "v1beta1")],
    ],
  ]);
}
