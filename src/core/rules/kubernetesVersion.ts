import type { Rule } from "./rule.ts";

/** The Kubernetes minor versions whose rules this designer knows (reference read mid-2026). */
export const KNOWN_MINORS = { first: 30, last: 36 } as const;

/** A target version outside the known range: the version-dependent rules may not hold. */
export const kubernetesVersion: Rule = {
  id: "kubernetes-version",
  title: "Target Kubernetes version within 1.30-1.36",
  source: "reference/kubernetes.md (sources read for 1.30-1.36)",
  check(ctx) {
    if (ctx.minor >= KNOWN_MINORS.first && ctx.minor <= KNOWN_MINORS.last) return [];
    const old = ctx.minor < KNOWN_MINORS.first;
    return [
      {
        rule: this.id,
        severity: "info",
        fields: ["kubernetesVersion"],
        message: `Kubernetes ${ctx.design.kubernetesVersion} is ${old ? "older than" : "newer than"} the versions this designer checks (1.${KNOWN_MINORS.first}-1.${KNOWN_MINORS.last}); version-dependent rules (the Service range limit lifted in 1.34, the ServiceCIDR allocator from 1.33) are applied by version number${old ? ", and that release is out of upstream support" : " and may have changed"}.`,
        fix: `Check the release notes of ${ctx.design.kubernetesVersion} for networking flag changes.`,
        source: "reference",
      },
    ];
  },
};
