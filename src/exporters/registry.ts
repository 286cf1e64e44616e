import type { Design } from "../core/design/schema.ts";
import { aksCliTarget } from "./targets/aksCli.ts";
import { eksctlTarget } from "./targets/eksctl.ts";
import { eniConfigTarget } from "./targets/eniConfig.ts";
import { gcloudTarget } from "./targets/gcloudCli.ts";
import { terraformAksTarget } from "./targets/terraformAks.ts";
import { terraformEksTarget } from "./targets/terraformEks.ts";
import { terraformGkeTarget } from "./targets/terraformGke.ts";
import { vpcCniValuesTarget } from "./targets/vpcCniValues.ts";
import { calicoInstallationTarget } from "./targets/calicoInstallation.ts";
import { calicoIpPoolTarget } from "./targets/calicoIpPool.ts";
import { ciliumLbPoolTarget } from "./targets/ciliumLbPool.ts";
import { ciliumPodIpPoolTarget } from "./targets/ciliumPodIpPool.ts";
import { ciliumValuesTarget } from "./targets/ciliumValues.ts";
import { flannelTarget } from "./targets/flannel.ts";
import { k3sConfigTarget } from "./targets/k3sConfig.ts";
import { kindTarget } from "./targets/kind.ts";
import { kubeadmTarget } from "./targets/kubeadm.ts";
import { kubeApiserverFlagsTarget } from "./targets/kubeApiserverFlags.ts";
import { kubeControllerManagerFlagsTarget } from "./targets/kubeControllerManagerFlags.ts";
import { kubeletConfigTarget } from "./targets/kubeletConfig.ts";
import { kubeProxyConfigTarget } from "./targets/kubeProxyConfig.ts";
import { metallbTarget } from "./targets/metallb.ts";
import { rke2ConfigTarget } from "./targets/rke2Config.ts";
import { talosTarget } from "./targets/talos.ts";
import type { ExportTarget } from "./types.ts";

/** Every export target, in the order the export panel and `--list-targets` show them: CNI first, then Kubernetes, then distributions, then managed clouds. */
export const EXPORT_TARGETS: readonly ExportTarget[] = [
  ciliumValuesTarget,
  ciliumPodIpPoolTarget,
  ciliumLbPoolTarget,
  calicoInstallationTarget,
  calicoIpPoolTarget,
  flannelTarget,
  metallbTarget,
  kubeadmTarget,
  kubeControllerManagerFlagsTarget,
  kubeApiserverFlagsTarget,
  kubeletConfigTarget,
  kubeProxyConfigTarget,
  k3sConfigTarget,
  rke2ConfigTarget,
  kindTarget,
  talosTarget,
  eksctlTarget,
  vpcCniValuesTarget,
  eniConfigTarget,
  terraformEksTarget,
  gcloudTarget,
  terraformGkeTarget,
  aksCliTarget,
  terraformAksTarget,
];

/** The targets that apply to the design's CNI and IPAM mode. */
export function targetsFor(design: Design): ExportTarget[] {
  return EXPORT_TARGETS.filter((target) => target.appliesTo(design));
}
