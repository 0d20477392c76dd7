import * as aws from "@pulumi/aws";

// Each numbered resource breaks one scopeguard network control and is otherwise compliant, so the
// expected violations (README.md) map one to one onto resources. The stack declares scope 5, where
// training subnets must have no internet route.

// A VPC with everything in order: flow logs of all traffic to a central bucket.
const vpc = new aws.ec2.Vpc("training-vpc", {
  cidrBlock: "10.20.0.0/16",
  enableDnsSupport: true,
  enableDnsHostnames: true,
});
new aws.ec2.FlowLog("training-vpc", {
  vpcId: vpc.id,
  trafficType: "ALL",
  logDestinationType: "s3",
  logDestination: "arn:aws:s3:::central-flow-logs",
});

// 1. ec2-vpc-flow-logs-enabled: a second VPC that nobody watches.
new aws.ec2.Vpc("unlogged-vpc", {
  cidrBlock: "10.30.0.0/16",
  enableDnsSupport: true,
  enableDnsHostnames: true,
});

// 2. ec2-security-group-no-public-admin-ingress: SSH open to the whole internet.
new aws.ec2.SecurityGroup("ssh-from-anywhere", {
  vpcId: vpc.id,
  description: "bastion access",
  ingress: [{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"], description: "SSH" }],
  egress: [],
});

// 3. ec2-default-security-group-closed: the adopted default group keeps AWS's allow-all rules.
new aws.ec2.DefaultSecurityGroup("open-default-sg", {
  vpcId: vpc.id,
  ingress: [{ protocol: "-1", fromPort: 0, toPort: 0, self: true }],
  egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
});

// 4. ec2-training-subnet-no-internet-route: a training subnet whose route table leads to the internet.
const subnet = new aws.ec2.Subnet("training-subnet", {
  vpcId: vpc.id,
  cidrBlock: "10.20.0.0/20",
  availabilityZone: "us-east-1a",
  mapPublicIpOnLaunch: false,
  tags: { "ai-network-tier": "training" },
});
const igw = new aws.ec2.InternetGateway("training-igw", { vpcId: vpc.id });
const table = new aws.ec2.RouteTable("training-routes", { vpcId: vpc.id });
new aws.ec2.Route("training-internet", {
  routeTableId: table.id,
  destinationCidrBlock: "0.0.0.0/0",
  gatewayId: igw.id,
});
new aws.ec2.RouteTableAssociation("training-subnet", { subnetId: subnet.id, routeTableId: table.id });
