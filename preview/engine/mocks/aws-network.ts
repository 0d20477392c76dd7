/**
 * Computed values of VPC resources after create (update mode): ids shaped like `vpc-0` + 16 hex,
 * ARNs `arn:aws:ec2:<region>:<account>:<kind>/<id>`.
 */
import { awsId } from "./ids";
import { Rule, ec2, str } from "./aws-rule-kit";
import { AwsType } from "../../../policypack/vocabulary";

/** Rules for aws:ec2 types, by type token. */
export const NETWORK_RULES: Record<string, Rule> = {
  [AwsType.ec2.Vpc]: ec2("vpc", "vpc", (c) => ({
    defaultSecurityGroupId: awsId("sg", c.seed + "/sg"),
    mainRouteTableId: awsId("rtb", c.seed + "/rtb"),
    defaultRouteTableId: awsId("rtb", c.seed + "/rtb"),
    defaultNetworkAclId: awsId("acl", c.seed + "/acl"),
    dhcpOptionsId: awsId("dopt", c.seed + "/dopt"),
  })),
  [AwsType.ec2.Subnet]: ec2("subnet", "subnet", (c) => ({
    availabilityZone: str(c.state.availabilityZone, `${c.region}a`),
  })),
  [AwsType.ec2.SecurityGroup]: ec2("sg", "security-group"),
  [AwsType.ec2.VpcEndpoint]: ec2("vpce", "vpc-endpoint", (c, id) => ({
    dnsEntries: [{ dnsName: `${id}.${str(c.state.serviceName, "service")}`, hostedZoneId: "Z7HUB22UULQXV" }],
    networkInterfaceIds: [awsId("eni", c.seed + "/eni")],
    prefixListId: c.state.vpcEndpointType === "Gateway" ? awsId("pl", c.seed) : undefined,
    state: "available",
  })),
  [AwsType.ec2.RouteTable]: ec2("rtb", "route-table"),
  [AwsType.ec2.InternetGateway]: ec2("igw", "internet-gateway"),
  [AwsType.ec2.NatGateway]: ec2("nat", "natgateway", () => ({
    privateIp: "10.0.0.10",
    publicIp: "203.0.113.10",
  })),
  [AwsType.ec2.Eip]: ec2("eipalloc", "elastic-ip", (_c, id) => ({
    allocationId: id,
    publicIp: "203.0.113.20",
  })),
  [AwsType.ec2.FlowLog]: ec2("fl", "vpc-flow-log"),
  [AwsType.ec2.NetworkAcl]: ec2("acl", "network-acl"),
  [AwsType.ec2.Instance]: ec2("i", "instance", () => ({
    privateIp: "10.0.1.10",
    instanceState: "running",
  })),
  [AwsType.ec2.LaunchTemplate]: ec2("lt", "launch-template", () => ({
    latestVersion: 1,
    defaultVersion: 1,
  })),
};
