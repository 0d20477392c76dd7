import { NETWORK_TIERS } from "../../../vocabulary";

/** EC2 and VPC networking type tokens, as @pulumi/aws 7 registers them. */
export const VPC_TYPE = "aws:ec2/vpc:Vpc";
export const DEFAULT_VPC_TYPE = "aws:ec2/defaultVpc:DefaultVpc";
export const FLOW_LOG_TYPE = "aws:ec2/flowLog:FlowLog";
export const SUBNET_TYPE = "aws:ec2/subnet:Subnet";
export const ROUTE_TABLE_TYPE = "aws:ec2/routeTable:RouteTable";
export const DEFAULT_ROUTE_TABLE_TYPE = "aws:ec2/defaultRouteTable:DefaultRouteTable";
export const ROUTE_TYPE = "aws:ec2/route:Route";
export const ROUTE_TABLE_ASSOCIATION_TYPE = "aws:ec2/routeTableAssociation:RouteTableAssociation";
export const MAIN_ROUTE_TABLE_ASSOCIATION_TYPE =
  "aws:ec2/mainRouteTableAssociation:MainRouteTableAssociation";
export const INTERNET_GATEWAY_TYPE = "aws:ec2/internetGateway:InternetGateway";
export const NAT_GATEWAY_TYPE = "aws:ec2/natGateway:NatGateway";
export const EGRESS_ONLY_GATEWAY_TYPE = "aws:ec2/egressOnlyInternetGateway:EgressOnlyInternetGateway";
export const SECURITY_GROUP_TYPE = "aws:ec2/securityGroup:SecurityGroup";
export const SECURITY_GROUP_RULE_TYPE = "aws:ec2/securityGroupRule:SecurityGroupRule";
export const INGRESS_RULE_TYPE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
export const DEFAULT_SECURITY_GROUP_TYPE = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
export const VPC_ENDPOINT_TYPE = "aws:ec2/vpcEndpoint:VpcEndpoint";
export const VPC_ENDPOINT_POLICY_TYPE = "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy";

/** Re-exported for test/components, which still import them from here; policies use the vocabulary. */
export { NETWORK_TIER_TAG } from "../../../vocabulary";
export const TRAINING_TIER = NETWORK_TIERS.training;
