# GKE subnet for "gke": node range, pod secondary ranges (gcloud 578).
# Set NETWORK, REGION and SUBNET first.
# The Service range is GKE-managed (34.118.224.0/20): no secondary range for it.
gcloud compute networks subnets create "$SUBNET" \
  --network "$NETWORK" \
  --region "$REGION" \
  --range 10.0.0.0/20 \
  --secondary-range pods=10.4.0.0/14
