import type { Finding } from "./finding.ts";
import type { Rule } from "./rule.ts";

/** The Linux default ephemeral port range (net.ipv4.ip_local_port_range). */
export const LINUX_EPHEMERAL_PORTS = { first: 32768, last: 60999 } as const;

/**
 * NodePort range sanity: every port of the range is opened on every node, so ports below 1024
 * clash with well-known services (sshd, kubelet's neighbours), and ports in the kernel's
 * ephemeral range clash with outgoing connections. The range must hold the NodePorts needed.
 */
export const nodePortRange: Rule = {
  id: "node-port-range",
  title: "NodePort range away from well-known and ephemeral ports",
  source:
    "kube-apiserver --service-node-port-range (default 30000-32767); Linux ip_local_port_range",
  check(ctx) {
    const m = /^\s*(\d+)-(\d+)\s*$/.exec(ctx.design.nodePortRange);
    if (!m) return [];
    const first = Number(m[1]);
    const last = Number(m[2]);
    const out: Finding[] = [];
    if (first < 1024) {
      out.push({
        rule: this.id,
        severity: "warning",
        fields: ["nodePortRange"],
        message: `NodePort range ${first}-${last} includes well-known ports below 1024; kube-proxy opens every NodePort on every node, so a Service can take a port sshd, DNS or an ingress needs.`,
        fix: "Keep the NodePort range above 1023 (default 30000-32767).",
        source: "kube-apiserver",
      });
    }
    if (first <= LINUX_EPHEMERAL_PORTS.last && last >= LINUX_EPHEMERAL_PORTS.first) {
      out.push({
        rule: this.id,
        severity: "warning",
        fields: ["nodePortRange"],
        message: `NodePort range ${first}-${last} overlaps Linux's default ephemeral port range ${LINUX_EPHEMERAL_PORTS.first}-${LINUX_EPHEMERAL_PORTS.last}; outgoing connections from the nodes can take a port a NodePort Service needs.`,
        fix: "Keep the NodePort range below 32768, or reserve it with net.ipv4.ip_local_reserved_ports on every node.",
        source: "Linux",
      });
    }
    return out;
  },
};
