import type { Design } from "../../core/design/schema.ts";
import type { Family } from "../../core/ip/family.ts";
import {
  controllerManagerAllocates,
  coveringPodCidr,
  droppedPodRangeNotes,
  firstPodCidr,
  perFamily,
  selfManaged,
  usesPodRange,
} from "../addressing.ts";

/**
 * The pod CIDR a distribution's single per-family setting takes (k3s/RKE2 `cluster-cidr`, Talos
 * `podSubnets`): the first range where kube-controller-manager allocates from
 * it, otherwise one range covering all (their smallest common supernet when there are several).
 */
export function distroPodCidr(design: Design, family: Family): string | undefined {
  return controllerManagerAllocates(design)
    ? firstPodCidr(design, family)
    : coveringPodCidr(design, family)?.cidr;
}

/** Pod CIDRs of all active families, primary first. */
export function distroPodCidrs(design: Design): string[] {
  return perFamily(design, (f) => distroPodCidr(design, f));
}

/** Header lines about the pod CIDR choice. */
export function distroPodCidrNotes(design: Design): string[] {
  if (controllerManagerAllocates(design))
    return droppedPodRangeNotes(design, "The pod CIDR setting");
  const widened = design.ipFamilies.some((f) => coveringPodCidr(design, f)?.supernet);
  return [
    "kube-controller-manager's node IPAM is turned off: in this mode it must not allocate node ranges.",
    ...(widened
      ? ["The pod CIDR here covers all pod ranges of a family (their smallest common supernet)."]
      : []),
  ];
}

/** True for designs a distribution config can express: a pod range, a controller manager, not AKS. */
export function distroApplies(design: Design): boolean {
  return usesPodRange(design) && selfManaged(design) && design.cni.kind !== "kubelet-standalone";
}
