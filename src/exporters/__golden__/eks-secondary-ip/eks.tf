# Terraform (hashicorp/aws) for the EKS cluster "eks": VPC, subnets, cluster and the vpc-cni add-on.
# The VPC block is derived: the smallest block holding the node subnets (the design names no VPC).
# Node groups are not written: give them the node subnets, instance type m5.large and max pods 29 (a launch template sets max pods).
# Zones are in eu-west-1: configure the aws provider for that region.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "cluster_role_arn" {
  type        = string
  description = "ARN of the IAM role the EKS control plane assumes"
}

resource "aws_vpc" "this" {
  cidr_block = "10.0.0.0/17"
  tags       = { Name = "eks" }
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.0.0.0/19"
  availability_zone = "eu-west-1a"
  tags              = { Name = "private-a" }
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.0.32.0/19"
  availability_zone = "eu-west-1b"
  tags              = { Name = "private-b" }
}

resource "aws_subnet" "private_c" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.0.64.0/19"
  availability_zone = "eu-west-1c"
  tags              = { Name = "private-c" }
}

resource "aws_eks_cluster" "this" {
  name     = "eks"
  role_arn = var.cluster_role_arn
  version  = "1.35"

  vpc_config {
    subnet_ids = [aws_subnet.private_a.id, aws_subnet.private_b.id, aws_subnet.private_c.id]
  }

  kubernetes_network_config {
    ip_family         = "ipv4"
    service_ipv4_cidr = "172.20.0.0/16"
  }
}

resource "aws_eks_addon" "vpc_cni" {
  cluster_name         = aws_eks_cluster.this.name
  addon_name           = "vpc-cni"
  configuration_values = "{\"env\":{\"ENABLE_PREFIX_DELEGATION\":\"false\",\"WARM_ENI_TARGET\":\"1\"}}"
}
