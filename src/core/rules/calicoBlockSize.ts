import { CALICO_DEFAULT_BLOCK_SIZE } from "../cni/calico.ts";
import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/** The block sizes the Tigera operator and calico-node accept, per family (inclusive). */
export const CALICO_BLOCK_SIZE = {
  ipv4: { min: 20, max: 32 },
  ipv6: { min: 116, max: 128 },
} as const;

/**
 * Calico IPAM: the node mask is the IP pool's blockSize, which the operator limits to 20-32 (IPv4)
 * and 116-128 (IPv6).
 */
export const calicoBlockSize: Rule = {
  id: "calico-block-size",
  title: "Calico IPAM block size 20-32 (IPv4) / 116-128 (IPv6)",
  source:
    "Tigera operator (pkg/controller/installation/validation.go); calico-node startup validateBlockSize",
  check(ctx) {
    if (ctx.cni.id !== "calico/calico-ipam") return [];
    const out: Finding[] = [];
    for (const f of ctx.families) {
      const { min, max } = CALICO_BLOCK_SIZE[f.family];
      if (f.nodeMask >= min && f.nodeMask <= max) continue;
      const text =
        f.family === "ipv4"
          ? "IPv4 pool block size must be greater than 19 and less than or equal to 32"
          : "IPv6 pool block size must be greater than 115 and less than or equal to 128";
      out.push({
        rule: this.id,
        severity: "error",
        fields: [`${f.family}.nodeMask`],
        message: `Calico block size /${f.nodeMask} is out of range; the Tigera operator refuses it: "${text}".`,
        fix: `Use a block size from /${min} to /${max} (default /${CALICO_DEFAULT_BLOCK_SIZE[f.family]}).`,
        source: "Tigera operator",
      });
    }
    return out;
  },
};
