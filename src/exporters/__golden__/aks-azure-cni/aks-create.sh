# Azure CNI (node subnet) on AKS: az aks create with the design's address plan (Azure CLI).
# Set RESOURCE_GROUP, CLUSTER_NAME and the subnet IDs first (az network vnet subnet show --query id).
# NODE_SUBNET_ID: subnet "aks-subnet" 10.224.0.0/20.
# Every node reserves max pods + 1 = 31 addresses of the node subnet when it joins.
az aks create \
  --resource-group "$RESOURCE_GROUP" \
  --name "$CLUSTER_NAME" \
  --network-plugin azure \
  --vnet-subnet-id "$NODE_SUBNET_ID" \
  --service-cidr 10.0.0.0/16 \
  --dns-service-ip 10.0.0.10 \
  --max-pods 30
