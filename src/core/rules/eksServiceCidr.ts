import {
  EKS_SERVICE_ALLOWED,
  EKS_SERVICE_DOC,
  EKS_SERVICE_MAX_PREFIX,
  EKS_SERVICE_MIN_PREFIX,
} from "../cloud/aws/vpcCniFacts.ts";
import { contains, prefixOf } from "../ip/prefix.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

const ALLOWED = EKS_SERVICE_ALLOWED.flatMap((c) => {
  const p = prefixOf(c);
  return p ? [p] : [];
});
const ULA = prefixOf("fc00::/7");

/**
 * EKS Service range (`kubernetesNetworkConfig.serviceIpv4Cidr`): inside 10.0.0.0/8, 172.16.0.0/12
 * or 192.168.0.0/16, a /24 to a /12, set only at creation; on IPv6 clusters EKS picks the range
 * from fc00::/7 itself.
 */
export const eksServiceCidr: Rule = {
  id: "eks-service-cidr",
  title: "EKS Service range: RFC 1918, /24 to /12, IPv6 chosen by EKS",
  source: "EKS API KubernetesNetworkConfigRequest (botocore eks/2017-11-01/service-2.json)",
  check(ctx) {
    if (ctx.design.cni.kind !== "aws-vpc") return [];
    const out: Finding[] = [];
    const v4 = ctx.byFamily.ipv4?.service;
    if (v4) {
      if (!ALLOWED.some((a) => contains(a, v4))) {
        out.push({
          rule: this.id,
          severity: "error",
          fields: ["ipv4.serviceCidr"],
          message: `EKS takes the Service range only from 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16; ${ctx.byFamily.ipv4?.plan.serviceCidr} is refused when the cluster is created.`,
          fix: "Use a private range such as 172.20.0.0/16 that no VPC CIDR overlaps.",
          source: EKS_SERVICE_DOC,
        });
      }
      if (v4.length < EKS_SERVICE_MIN_PREFIX || v4.length > EKS_SERVICE_MAX_PREFIX) {
        out.push({
          rule: this.id,
          severity: "error",
          fields: ["ipv4.serviceCidr"],
          message: `EKS accepts a Service range of /${EKS_SERVICE_MAX_PREFIX} to /${EKS_SERVICE_MIN_PREFIX}; a /${v4.length} is refused.`,
          fix: `Use a /${EKS_SERVICE_MAX_PREFIX} to /${EKS_SERVICE_MIN_PREFIX} (a /16 is common).`,
          source: EKS_SERVICE_DOC,
        });
      }
    }
    const v6 = ctx.byFamily.ipv6?.service;
    if (v6 && ULA && !contains(ULA, v6)) {
      out.push({
        rule: this.id,
        severity: "warning",
        fields: ["ipv6.serviceCidr"],
        message: `On IPv6 clusters EKS picks the Service range itself from fc00::/7 and it cannot be set; ${ctx.byFamily.ipv6?.plan.serviceCidr} will not be used.`,
        fix: "Use a range inside fc00::/7 that stands for EKS's choice, and read the real one from the cluster (serviceIpv6Cidr).",
        source: EKS_SERVICE_DOC,
      });
    }
    return out;
  },
};
