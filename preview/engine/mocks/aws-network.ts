/**
 * Computed values of VPC resources after create (update mode): ids shaped like `vpc-0` + 16 hex,
 * ARNs `arn:aws:ec2:<region>:<account>:<kind>/<id>`.
 */
import { awsId } from "./ids";
import { Rule, ec2, str } from "./aws-rule-kit";

/** Rules for aws:ec2 types, by type token. */
export const NETWORK_RULES: Record<string, Rule> = {
  "aws:ec2/vpc:Vpc": ec2("vpc", "vpc", (c) => ({
    defaultSecurityGroupId: awsId("sg", c.seed + "/sg"),
    mainRouteTableId: awsId("rtb", c.seed + "/rtb"),
    defaultRouteTableId: awsId("rtb", c.seed + "/rtb"),
    defaultNetworkAclId: awsId("acl", c.seed + "/acl"),
    dhcpOptionsId: awsId("dopt", c.seed + "/dopt"),
  })),
  "aws:ec2/subnet:Subnet": ec2("subnet", "subnet", (c) => ({
    availabilityZone: str(c.state.availabilityZone, `${c.region}a`),
  })),
  "aws:ec2/securityGroup:SecurityGroup": ec2("sg", "security-group"),
  "aws:ec2/vpcEndpoint:VpcEndpoint": ec2("vpce", "vpc-endpoint", (c, id) => ({
    dnsEntries: [{ dnsName: `${id}.${str(c.state.serviceName, "service")}`, hostedZoneId: "Z7HUB22UULQXV" }],
    networkInterfaceIds: [awsId("eni", c.seed + "/eni")],
    prefixListId: c.state.vpcEndpointType === "Gateway" ? awsId("pl", c.seed) : undefined,
    state: "available",
  })),
  "aws:ec2/routeTable:RouteTable": ec2("rtb", "route-table"),
  "aws:ec2/internetGateway:InternetGateway": ec2("igw", "internet-gateway"),
  "aws:ec2/natGateway:NatGateway": ec2("nat", "natgateway", () => ({
    privateIp: "10.0.0.10",
    publicIp: "203.0.113.10",
  })),
  "aws:ec2/eip:Eip": ec2("eipalloc", "elastic-ip", (_c, id) => ({
    allocationId: id,
    publicIp: "203.0.113.20",
  })),
  "aws:ec2/flowLog:FlowLog": ec2("fl", "vpc-flow-log"),
  "aws:ec2/networkAcl:NetworkAcl": ec2("acl", "network-acl"),
  "aws:ec2/instance:Instance": ec2("i", "instance", () => ({
    privateIp: "10.0.1.10",
    instanceState: "running",
  })),
  "aws:ec2/launchTemplate:LaunchTemplate": ec2("lt", "launch-template", () => ({
    latestVersion: 1,
    defaultVersion: 1,
  })),
};
