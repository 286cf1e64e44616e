import { clusterDNSIP, serviceStaticBand } from "../capacity/serviceCapacity.ts";
import { formatPrefix, prefixSize } from "../ip/prefix.ts";
import { MIN_SERVICE_RANGE_ADDRESSES } from "./apiserverServiceRangeMin.ts";
import { formatCount, formatCounted } from "../text/formatCount.ts";
import { label } from "./helpers.ts";
import type { Rule } from "./rule.ts";

/** The smallest Service range with a static band, in addresses (KEP-3070: none at 16 or fewer). */
const SMALLEST_BANDED_RANGE = 32n;

/**
 * A primary Service range of 16 addresses or fewer has no KEP-3070 static band (offset 0,
 * reference/kubernetes.md 2.4), so a ClusterIP pinned inside it (the cluster DNS IP, the tenth
 * address by convention) is handed out from the same pool as every dynamic ClusterIP: a Service
 * created before kube-dns can take it. Ranges under 8 addresses are refused outright
 * (`apiserver-service-range-min`).
 */
export const serviceDnsStaticBand: Rule = {
  id: "service-dns-static-band",
  title: "Service range large enough for a static band",
  source:
    "KEP-3070 (kube-apiserver ipallocator calculateRangeOffset); reference/kubernetes.md 2.3-2.4",
  check(ctx) {
    const f = ctx.families[0];
    if (!f?.service) return [];
    const size = prefixSize(f.service);
    if (size < MIN_SERVICE_RANGE_ADDRESSES || serviceStaticBand(f.service)) return [];
    const dns = clusterDNSIP(f.service);
    const range = formatPrefix(f.service);
    return [
      {
        rule: this.id,
        severity: "warning",
        fields: [`${f.family}.serviceCidr`],
        message: dns
          ? `Service range ${range} has ${formatCounted(size, "address", "addresses")}, too few for a static band (KEP-3070 reserves none at 16 or fewer): the cluster DNS IP ${dns} is handed out like any dynamic ClusterIP, so a Service created before kube-dns can take it and DNS fails to install.`
          : `Service range ${range} has ${formatCounted(size, "address", "addresses")}: no tenth address for the conventional cluster DNS IP, and no static band (KEP-3070 reserves none at 16 or fewer), so any ClusterIP you pin can collide with dynamic allocations.`,
        fix: `Use an ${label(f.family)} Service range of at least ${formatCount(SMALLEST_BANDED_RANGE)} addresses (/${f.family === "ipv4" ? 27 : 123} or shorter): its first 16 addresses form the static band that dynamic allocation avoids while it can.`,
        source: "KEP-3070",
      },
    ];
  },
};
