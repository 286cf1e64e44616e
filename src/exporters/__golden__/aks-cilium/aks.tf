# Terraform (hashicorp/azurerm) for the AKS cluster "aks-cilium": VNet, subnets and the cluster's network_profile.
# The VNet address space is derived: the smallest block holding the node networks.

terraform {
  required_providers {
    azurerm = { source = "hashicorp/azurerm" }
  }
}

variable "resource_group_name" {
  type        = string
  description = "Resource group of the VNet and the cluster"
}

variable "location" {
  type        = string
  description = "Azure region, e.g. westeurope"
}

variable "vm_size" {
  type        = string
  description = "VM size of the default node pool"
  default     = "Standard_D4s_v5"
}

resource "azurerm_virtual_network" "this" {
  name                = "aks-cilium-vnet"
  resource_group_name = var.resource_group_name
  location            = var.location
  address_space       = ["10.224.0.0/16"]
}

resource "azurerm_subnet" "aks_subnet" {
  name                 = "aks-subnet"
  resource_group_name  = var.resource_group_name
  virtual_network_name = azurerm_virtual_network.this.name
  address_prefixes     = ["10.224.0.0/16"]
}

resource "azurerm_kubernetes_cluster" "this" {
  name                = "aks-cilium"
  location            = var.location
  resource_group_name = var.resource_group_name
  dns_prefix          = "aks-cilium"

  default_node_pool {
    name           = "system"
    vm_size        = var.vm_size
    node_count     = 50
    max_pods       = 110
    vnet_subnet_id = azurerm_subnet.aks_subnet.id
  }

  identity {
    type = "SystemAssigned"
  }

  network_profile {
    network_plugin      = "azure"
    network_plugin_mode = "overlay"
    network_data_plane  = "cilium"
    network_policy      = "cilium"
    pod_cidr            = "10.244.0.0/16"
    service_cidr        = "10.0.0.0/16"
    dns_service_ip      = "10.0.0.10"
  }
}
