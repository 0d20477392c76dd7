import * as aws from "@pulumi/aws";
import * as awsx from "@pulumi/awsx";
import { AiPlatform, functionArnFromName } from "../../components/platform";

// The network team's standard VPC, built with awsx (three AZs, private subnets behind NAT). The
// platform does not create a VPC: it adds the private endpoints to Bedrock and the AWS APIs, their
// security group and flow logs to this one, and runs the rest of scope 3 as usual. The CIDR block
// is given once and passed to both, so the endpoints' security group is known before deployment.
const cidrBlock = "10.64.0.0/16";
const vpc = new awsx.ec2.Vpc("shared-vpc", {
  cidrBlock,
  numberOfAvailabilityZones: 3,
  natGateways: { strategy: awsx.ec2.NatGatewayStrategy.OnePerAz },
});

// awsx leaves the VPC's default security group as AWS creates it (members reach each other and
// anywhere); adopting it with no rules closes it.
new aws.ec2.DefaultSecurityGroup("shared-vpc-default", {
  vpcId: vpc.vpcId,
  tags: { Name: "shared-vpc-default" },
});

const platform = new AiPlatform("claims-assistant", {
  scope: 3,
  models: ["anthropic.claude-3-5-sonnet-20240620-v1:0"],
  owner: "claims-engineering",
  existingVpc: { vpcId: vpc.vpcId, privateSubnetIds: vpc.privateSubnetIds, vpcCidrBlock: cidrBlock },
  inferenceHandlerArn: functionArnFromName("claims-assistant-inference"),
});

export const vpcId = vpc.vpcId;
export const apiUrl = platform.apiUrl;
export const workloadRoleArn = platform.workloadRoleArn;
export const guardrailId = platform.guardrailId;
export const components = platform.components;
