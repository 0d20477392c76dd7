import type { PolicyDefinition } from "../../framework/types";
import { ec2DefaultSecurityGroupClosed } from "./ec2-default-security-group-closed";
import { ecsServiceNoPublicIp } from "./ecs-service-no-public-ip";
import { elbLoadBalancerHttpsOnly } from "./elb-load-balancer-https-only";
import { ec2SecurityGroupNoPublicAdminIngress } from "./ec2-security-group-no-public-admin-ingress";
import { ec2TrainingSubnetNoInternetRoute } from "./ec2-training-subnet-no-internet-route";
import { ec2VpcDefaultSecurityGroupManaged } from "./ec2-vpc-default-security-group-managed";
import { ec2VpcEndpointPolicyRestricted } from "./ec2-vpc-endpoint-policy-restricted";
import { ec2VpcEndpointPrivateDns } from "./ec2-vpc-endpoint-private-dns";
import { ec2VpcFlowLogsEnabled } from "./ec2-vpc-flow-logs-enabled";

/** Network policies: flow logs, closed security groups, an isolated training tier, private model endpoints. */
export const NETWORK_POLICIES: readonly PolicyDefinition[] = [
  ec2VpcFlowLogsEnabled,
  ec2SecurityGroupNoPublicAdminIngress,
  ec2DefaultSecurityGroupClosed,
  ec2VpcDefaultSecurityGroupManaged,
  ec2TrainingSubnetNoInternetRoute,
  ec2VpcEndpointPrivateDns,
  ec2VpcEndpointPolicyRestricted,
  elbLoadBalancerHttpsOnly,
  ecsServiceNoPublicIp,
];
