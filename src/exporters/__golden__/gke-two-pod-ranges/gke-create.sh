# GKE Standard cluster "gke-two-ranges", VPC-native, in the subnet above.
# Max pods 110 per node: GKE gives each node a range of at least twice that.
gcloud container clusters create "$CLUSTER_NAME" \
  --region "$REGION" \
  --network "$NETWORK" \
  --subnetwork "$SUBNET" \
  --enable-ip-alias \
  --cluster-secondary-range-name pods \
  --services-secondary-range-name services \
  --default-max-pods-per-node 110
