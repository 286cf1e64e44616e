# Azure CNI (pod subnet) on AKS: az aks create with the design's address plan (Azure CLI).
# Set RESOURCE_GROUP, CLUSTER_NAME and the subnet IDs first (az network vnet subnet show --query id).
# NODE_SUBNET_ID: subnet "aks-nodes" 10.224.0.0/22; POD_SUBNET_ID: subnet "pods" 10.225.0.0/16.
# Pods take addresses from the pod subnet; no pod CIDR is given.
az aks create \
  --resource-group "$RESOURCE_GROUP" \
  --name "$CLUSTER_NAME" \
  --network-plugin azure \
  --vnet-subnet-id "$NODE_SUBNET_ID" \
  --pod-subnet-id "$POD_SUBNET_ID" \
  --pod-ip-allocation-mode DynamicIndividual \
  --service-cidr 10.0.0.0/16 \
  --dns-service-ip 10.0.0.10 \
  --max-pods 110
