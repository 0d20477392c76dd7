import { AwsType, NETWORK_TIERS } from "../../../vocabulary";

/** EC2 and VPC networking type tokens, as @pulumi/aws 7 registers them. */
export const VPC_TYPE = AwsType.ec2.Vpc;
export const DEFAULT_VPC_TYPE = AwsType.ec2.DefaultVpc;
export const FLOW_LOG_TYPE = AwsType.ec2.FlowLog;
export const SUBNET_TYPE = AwsType.ec2.Subnet;
export const ROUTE_TABLE_TYPE = AwsType.ec2.RouteTable;
export const DEFAULT_ROUTE_TABLE_TYPE = AwsType.ec2.DefaultRouteTable;
export const ROUTE_TYPE = AwsType.ec2.Route;
export const ROUTE_TABLE_ASSOCIATION_TYPE = AwsType.ec2.RouteTableAssociation;
export const MAIN_ROUTE_TABLE_ASSOCIATION_TYPE = AwsType.ec2.MainRouteTableAssociation;
export const INTERNET_GATEWAY_TYPE = AwsType.ec2.InternetGateway;
export const NAT_GATEWAY_TYPE = AwsType.ec2.NatGateway;
export const EGRESS_ONLY_GATEWAY_TYPE = AwsType.ec2.EgressOnlyInternetGateway;
export const SECURITY_GROUP_TYPE = AwsType.ec2.SecurityGroup;
export const SECURITY_GROUP_RULE_TYPE = AwsType.ec2.SecurityGroupRule;
export const INGRESS_RULE_TYPE = AwsType.vpc.SecurityGroupIngressRule;
export const DEFAULT_SECURITY_GROUP_TYPE = AwsType.ec2.DefaultSecurityGroup;
export const VPC_ENDPOINT_TYPE = AwsType.ec2.VpcEndpoint;
export const VPC_ENDPOINT_POLICY_TYPE = AwsType.ec2.VpcEndpointPolicy;

/** Re-exported for test/components, which still import them from here; policies use the vocabulary. */
export { NETWORK_TIER_TAG } from "../../../vocabulary";
export const TRAINING_TIER = NETWORK_TIERS.training;
