K3S_KUBECONFIG_MODE="644" k3s server --flannel-backend none
