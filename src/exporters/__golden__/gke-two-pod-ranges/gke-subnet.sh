# GKE subnet for "gke-two-ranges": node range, pod and Service secondary ranges (gcloud 578).
# Set NETWORK, REGION and SUBNET first.
gcloud compute networks subnets create "$SUBNET" \
  --network "$NETWORK" \
  --region "$REGION" \
  --range 10.0.0.0/20 \
  --secondary-range pods=10.4.0.0/14,pods-2=10.96.0.0/16,services=10.8.0.0/20
