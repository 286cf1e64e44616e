# Terraform (hashicorp/google) for the GKE Standard cluster "gke-two-ranges": subnet with secondary ranges, VPC-native cluster.
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

  secondary_ip_range {
    range_name    = "pods-2"
    ip_cidr_range = "10.96.0.0/16"
  }

  secondary_ip_range {
    range_name    = "services"
    ip_cidr_range = "10.8.0.0/20"
  }
}

resource "google_container_cluster" "this" {
  name                      = "gke-two-ranges"
  location                  = var.region
  network                   = var.network
  subnetwork                = google_compute_subnetwork.gke_nodes.id
  networking_mode           = "VPC_NATIVE"
  default_max_pods_per_node = 110
  initial_node_count        = 1

  ip_allocation_policy {
    cluster_secondary_range_name  = "pods"
    services_secondary_range_name = "services"

    additional_pod_ranges_config {
      pod_range_names = ["pods-2"]
    }
  }
}
