# Terraform (hashicorp/google) for the GKE Standard cluster "gke": subnet with secondary ranges, VPC-native cluster.
# The Service range is GKE-managed (34.118.224.0/20): no secondary range for it.
# Max pods 110 per node: GKE gives each node a range of at least twice that.

terraform {
  required_providers {
    google = { source = "hashicorp/google" }
  }
}

variable "network" {
  type        = string
  description = "Self link or name of the VPC network"
}

variable "region" {
  type        = string
  description = "Region of the subnet and the cluster"
}

resource "google_compute_subnetwork" "gke_nodes" {
  name          = "gke-nodes"
  network       = var.network
  region        = var.region
  ip_cidr_range = "10.0.0.0/20"

  secondary_ip_range {
    range_name    = "pods"
    ip_cidr_range = "10.4.0.0/14"
  }
}

resource "google_container_cluster" "this" {
  name                      = "gke"
  location                  = var.region
  network                   = var.network
  subnetwork                = google_compute_subnetwork.gke_nodes.id
  networking_mode           = "VPC_NATIVE"
  default_max_pods_per_node = 110
  initial_node_count        = 1

  ip_allocation_policy {
    cluster_secondary_range_name = "pods"
  }
}
