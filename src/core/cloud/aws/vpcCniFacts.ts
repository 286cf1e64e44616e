/** Where the VPC CNI facts come from (reference/managed-clouds.md section 1). */
export const VPC_CNI_SOURCE = "aws/amazon-vpc-cni-k8s v1.23.0 (README, pkg/ipamd/ipamd.go)";

/** The VPC CNI README, the documentation of every aws-node variable. */
export const VPC_CNI_DOC = "https://github.com/aws/amazon-vpc-cni-k8s#readme";

/** The EKS user guide on prefix delegation (the InsufficientCidrBlocks error). */
export const EKS_PREFIX_DOC =
  "https://docs.aws.amazon.com/eks/latest/userguide/cni-increase-ip-addresses-procedure.html";

/** AWS subnet sizing page (5 reserved addresses per subnet). */
export const AWS_SUBNET_DOC = "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html";

/** EKS API `KubernetesNetworkConfigRequest` (Service CIDR rules). */
export const EKS_SERVICE_DOC =
  "https://docs.aws.amazon.com/eks/latest/APIReference/API_KubernetesNetworkConfigRequest.html";

/** Addresses in one prefix-delegation prefix: a /28 (`datastore.GetPrefixDelegationDefaults`). */
export const AWS_PREFIX_ADDRESSES = 16;

/** The prefix length of one IPv4 delegated prefix. */
export const AWS_PREFIX_LENGTH = 28;

/** Host-network pods kubelet max pods counts but that take no pod IP: aws-node and kube-proxy (eni-max-pods.txt header). */
export const AWS_HOST_NETWORK_PODS = 2;

/** Max pods EKS recommends (and managed node groups enforce) below 30 vCPUs / from 30 vCPUs on. */
export const EKS_MAX_PODS_SMALL = 110;
export const EKS_MAX_PODS_LARGE = 250;

/** IPv4 subnet sizes EC2 accepts: /16 to /28 (botocore CreateSubnet). */
export const AWS_SUBNET_MIN_PREFIX = 16;
export const AWS_SUBNET_MAX_PREFIX = 28;

/** EKS Service CIDR prefix limits: /24 to /12 (EKS KubernetesNetworkConfigRequest). */
export const EKS_SERVICE_MIN_PREFIX = 12;
export const EKS_SERVICE_MAX_PREFIX = 24;

/** The ranges an EKS Service CIDR must lie in (RFC 1918). */
export const EKS_SERVICE_ALLOWED = ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"] as const;

/** Warm-pool defaults of the aws-node DaemonSet the add-on installs (chart values v1.23.0). */
export const VPC_CNI_WARM_DEFAULTS = {
  warmEniTarget: 1,
  warmIpTarget: 0,
  minimumIpTarget: 0,
  warmPrefixTarget: 1,
} as const;

/** vpc-cni start-up refusals (`pkg/ipamd/ipamd.go` `isConfigValid`) and log lines, verbatim. */
export const VPC_CNI_ERRORS = {
  dualStack: "IPv4 and IPv6 are both enabled. VPC CNI currently does not support dual stack mode",
  ipv6NonNitro: (type: string) =>
    `Prefix Delegation is not supported on non-nitro instance ${type}. IPv6 is only supported in Prefix delegation Mode.`,
  pdFallback: (type: string) =>
    `Prefix delegation is not supported on non-nitro instance ${type} hence falling back to default (secondary IP) mode`,
  insufficientCidr:
    "InsufficientCidrBlocks: The specified subnet does not have enough free cidr blocks to satisfy the request",
} as const;
