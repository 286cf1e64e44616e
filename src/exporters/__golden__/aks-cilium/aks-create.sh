# Azure CNI Overlay (AKS): az aks create with the design's address plan (Azure CLI).
# Set RESOURCE_GROUP and CLUSTER_NAME first; add --vnet-subnet-id for a node subnet you created.
# AKS gives every node a /24 of the pod CIDR (the node mask is fixed); --max-pods is at most 250.
az aks create \
  --resource-group "$RESOURCE_GROUP" \
  --name "$CLUSTER_NAME" \
  --network-plugin azure \
  --network-plugin-mode overlay \
  --network-dataplane cilium \
  --pod-cidr 10.244.0.0/16 \
  --service-cidr 10.0.0.0/16 \
  --dns-service-ip 10.0.0.10 \
  --max-pods 110
