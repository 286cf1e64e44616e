# Additional (discontiguous) pod ranges for new node pools, after the cluster exists.
gcloud container clusters update "$CLUSTER_NAME" \
  --region "$REGION" \
  --additional-pod-ipv4-ranges pods-2
