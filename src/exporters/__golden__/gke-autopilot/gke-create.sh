# GKE Autopilot cluster "gke-autopilot", VPC-native, in the subnet above.
# Autopilot runs 32 pods per node (a /26 each); max pods cannot be set.
gcloud container clusters create-auto "$CLUSTER_NAME" \
  --region "$REGION" \
  --network "$NETWORK" \
  --subnetwork "$SUBNET" \
  --cluster-secondary-range-name pods
