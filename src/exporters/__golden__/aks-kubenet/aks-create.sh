# AKS kubenet: az aks create with the design's address plan (Azure CLI).
# Set RESOURCE_GROUP and CLUSTER_NAME first; add --vnet-subnet-id for a node subnet you created.
# AKS gives every node a /24 of the pod CIDR and a route per node (at most 400 nodes).
# kubenet on AKS retires on 31 March 2028.
az aks create \
  --resource-group "$RESOURCE_GROUP" \
  --name "$CLUSTER_NAME" \
  --network-plugin kubenet \
  --pod-cidr 10.244.0.0/16 \
  --service-cidr 10.0.0.0/16 \
  --dns-service-ip 10.0.0.10 \
  --max-pods 110
