# Terraform (hashicorp/aws) for the EKS cluster "eks-custom": VPC, subnets, cluster and the vpc-cni add-on.
# The VPC block is derived: the smallest block holding the node subnets (the design names no VPC).
# Node groups are not written: give them the node subnets, instance type m5.large and max pods 20 (a launch template sets max pods).
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
  cidr_block = "10.0.0.0/18"
  tags       = { Name = "eks-custom" }
}

# Secondary VPC block for the ENIConfig (pod) subnets.
resource "aws_vpc_ipv4_cidr_block_association" "pods_1" {
  vpc_id     = aws_vpc.this.id
  cidr_block = "100.64.0.0/17"
}

resource "aws_subnet" "private_a" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.0.0.0/20"
  availability_zone = "eu-west-1a"
  tags              = { Name = "private-a" }
}

resource "aws_subnet" "pods_a" {
  vpc_id            = aws_vpc_ipv4_cidr_block_association.pods_1.vpc_id
  cidr_block        = "100.64.0.0/19"
  availability_zone = "eu-west-1a"
  tags              = { Name = "pods-a" }
}

resource "aws_subnet" "private_b" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.0.16.0/20"
  availability_zone = "eu-west-1b"
  tags              = { Name = "private-b" }
}

resource "aws_subnet" "pods_b" {
  vpc_id            = aws_vpc_ipv4_cidr_block_association.pods_1.vpc_id
  cidr_block        = "100.64.32.0/19"
  availability_zone = "eu-west-1b"
  tags              = { Name = "pods-b" }
}

resource "aws_subnet" "private_c" {
  vpc_id            = aws_vpc.this.id
  cidr_block        = "10.0.32.0/20"
  availability_zone = "eu-west-1c"
  tags              = { Name = "private-c" }
}

resource "aws_subnet" "pods_c" {
  vpc_id            = aws_vpc_ipv4_cidr_block_association.pods_1.vpc_id
  cidr_block        = "100.64.64.0/19"
  availability_zone = "eu-west-1c"
  tags              = { Name = "pods-c" }
}

resource "aws_eks_cluster" "this" {
  name     = "eks-custom"
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
  configuration_values = "{\"env\":{\"AWS_VPC_K8S_CNI_CUSTOM_NETWORK_CFG\":\"true\",\"ENI_CONFIG_LABEL_DEF\":\"topology.kubernetes.io/zone\",\"ENABLE_PREFIX_DELEGATION\":\"false\",\"WARM_ENI_TARGET\":\"1\"}}"
}
