# Azure CNI Overlay (AKS): az aks create with the design's address plan (Azure CLI).
# Set RESOURCE_GROUP and CLUSTER_NAME first; add --vnet-subnet-id for a node subnet you created.
# AKS gives every node a /24 of the pod CIDR and a /80 of the IPv6 one (the node masks are fixed); --max-pods is at most 250.
az aks create \
  --resource-group "$RESOURCE_GROUP" \
  --name "$CLUSTER_NAME" \
  --network-plugin azure \
  --network-plugin-mode overlay \
  --ip-families ipv4,ipv6 \
  --pod-cidrs 10.244.0.0/16,fd12:3456:789a::/64 \
  --service-cidrs 10.0.0.0/16,fd12:3456:789a:1::/108 \
  --dns-service-ip 10.0.0.10 \
  --max-pods 250
