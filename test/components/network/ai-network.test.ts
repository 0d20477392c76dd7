import { strict as assert } from "assert";
import * as awsx from "@pulumi/awsx";
import { NETWORK_TIER_TAG, TRAINING_TIER } from "../../../policypack/policies/network/lib/types";
import { AiNetwork, type AiNetworkArgs } from "../../../components/network";
import { isUnknown, only, resourceErrorMessage, run, type Registered } from "../support";
import { statementsOf } from "../policy-json";

const T = {
  vpc: "aws:ec2/vpc:Vpc",
  subnet: "aws:ec2/subnet:Subnet",
  igw: "aws:ec2/internetGateway:InternetGateway",
  nat: "aws:ec2/natGateway:NatGateway",
  eip: "aws:ec2/eip:Eip",
  route: "aws:ec2/route:Route",
  endpoint: "aws:ec2/vpcEndpoint:VpcEndpoint",
  sg: "aws:ec2/securityGroup:SecurityGroup",
  defaultSg: "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup",
  flowLog: "aws:ec2/flowLog:FlowLog",
  logGroup: "aws:cloudwatch/logGroup:LogGroup",
  key: "aws:kms/key:Key",
  role: "aws:iam/role:Role",
};

async function network(
  args: AiNetworkArgs = {},
  mode: "preview" | "update" = "preview",
): Promise<Registered[]> {
  const { resources, error } = await run(mode, () => new AiNetwork("ai", args));
  assert.equal(error, undefined);
  return resources;
}

async function rejection(args: AiNetworkArgs): Promise<string> {
  const { resources, error } = await run("preview", () => new AiNetwork("ai", args));
  assert.deepEqual(
    resources.map((r) => r.type),
    ["scopeguard:network:AiNetwork"],
  );
  return resourceErrorMessage(error);
}

const ofType = (resources: Registered[], type: string) => resources.filter((r) => r.type === type);
const interfaceServices = (resources: Registered[]) =>
  ofType(resources, T.endpoint)
    .filter((e) => e.inputs.vpcEndpointType === "Interface")
    .map((e) => e.inputs.serviceName.replace("com.amazonaws.us-east-1.", ""))
    .sort();
const sorted = (list: string[]) => [...list].sort();

describe("AiNetwork", () => {
  it("creates a VPC with DNS support and DNS hostnames on", async () => {
    const vpc = only(await network(), T.vpc).inputs;
    assert.deepEqual(
      [vpc.cidrBlock, vpc.enableDnsSupport, vpc.enableDnsHostnames],
      ["10.0.0.0/16", true, true],
    );
  });

  it("creates one private subnet per AZ, in two AZs, without public IPs", async () => {
    const subnets = ofType(await network(), T.subnet).map((s) => s.inputs);
    assert.deepEqual(
      subnets.map((s) => [s.cidrBlock, s.availabilityZone, s.mapPublicIpOnLaunch]),
      [
        ["10.0.0.0/18", "us-east-1a", false],
        ["10.0.64.0/18", "us-east-1b", false],
      ],
    );
  });

  it("uses the given availability zones", async () => {
    const zones = ofType(
      await network({ availabilityZones: ["us-east-1c", "us-east-1d", "us-east-1f"] }),
      T.subnet,
    ).map((s) => s.inputs.availabilityZone);
    assert.deepEqual(zones, ["us-east-1c", "us-east-1d", "us-east-1f"]);
  });

  it("has no internet gateway, NAT gateway, Elastic IP, public subnet or route by default", async () => {
    const resources = await network();
    assert.deepEqual(
      [T.igw, T.nat, T.eip, T.route].map((t) => ofType(resources, t).length),
      [0, 0, 0, 0],
    );
    assert.equal(
      resources.some((r) => r.name.includes("public")),
      false,
    );
  });

  it("tags scope-5 private subnets as the training tier the policy pack checks", async () => {
    const tiers = ofType(await network({ scope: 5 }), T.subnet).map((s) => s.inputs.tags[NETWORK_TIER_TAG]);
    assert.deepEqual(tiers, [TRAINING_TIER, TRAINING_TIER]);
  });

  it("tags private subnets below scope 5 as private", async () => {
    const tiers = ofType(await network({ scope: 4 }), T.subnet).map((s) => s.inputs.tags[NETWORK_TIER_TAG]);
    assert.deepEqual(tiers, ["private", "private"]);
  });

  it("has no route to an internet gateway or NAT at scope 5", async () => {
    const resources = await network({ scope: 5 });
    assert.deepEqual(
      [T.igw, T.nat, T.route].map((t) => ofType(resources, t).length),
      [0, 0, 0],
    );
  });

  it("rejects internetEgress at scope 5 before creating anything", async () => {
    assert.equal(
      await rejection({ scope: 5, internetEgress: true }),
      'AiNetwork "ai": internetEgress: true is not allowed at scope 5 (self-trained model): a training network has no internet route (no internet gateway, no NAT, no public subnet); remove internetEgress and reach AWS APIs through VPC endpoints (additionalInterfaceEndpoints).',
    );
  });

  it("with internetEgress, routes public subnets to the internet gateway and private subnets only to NAT", async () => {
    const resources = await network({ scope: 4, internetEgress: true }, "update");
    assert.equal(ofType(resources, T.igw).length, 1);
    const routes = ofType(resources, T.route).map((r) => r.inputs);
    const publicRoutes = routes.filter((r) => r.gatewayId !== undefined);
    const privateRoutes = routes.filter((r) => r.natGatewayId !== undefined);
    assert.deepEqual([publicRoutes.length, privateRoutes.length, routes.length], [1, 2, 3]);
    assert.ok(routes.every((r) => r.destinationCidrBlock === "0.0.0.0/0"));
  });

  it("puts one NAT gateway with an Elastic IP in each public subnet by default", async () => {
    const resources = await network({ scope: 2, internetEgress: true }, "update");
    const publicSubnets = ofType(resources, T.subnet).filter((s) => s.name.includes("public"));
    assert.deepEqual(
      publicSubnets.map((s) => s.inputs.cidrBlock),
      ["10.0.128.0/18", "10.0.192.0/18"],
    );
    assert.deepEqual(
      ofType(resources, T.eip).map((e) => e.inputs.domain),
      ["vpc", "vpc"],
    );
    assert.equal(ofType(resources, T.nat).length, 2);
  });

  it("creates a single NAT gateway when asked", async () => {
    const resources = await network({ internetEgress: true, natGateways: "single" });
    assert.equal(ofType(resources, T.nat).length, 1);
    assert.equal(ofType(resources, T.route).filter((r) => r.inputs.natGatewayId !== undefined).length, 2);
  });

  it("creates the interface endpoints of scope 3 by default", async () => {
    assert.deepEqual(
      interfaceServices(await network()),
      sorted(["kms", "logs", "sts", "secretsmanager", "bedrock-runtime", "bedrock"]),
    );
  });

  it("creates the SageMaker endpoints at scope 4 and the ECR endpoints at scope 5", async () => {
    const four = interfaceServices(await network({ scope: 4 }));
    const five = interfaceServices(await network({ scope: 5 }));
    assert.deepEqual(
      [
        four.length,
        four.includes("sagemaker.api"),
        four.includes("sagemaker.runtime"),
        four.includes("ecr.api"),
      ],
      [8, true, true, false],
    );
    assert.deepEqual([five.length, five.includes("ecr.api"), five.includes("ecr.dkr")], [10, true, true]);
  });

  it("creates no model endpoint at scope 2", async () => {
    assert.deepEqual(
      interfaceServices(await network({ scope: 2 })),
      sorted(["kms", "logs", "sts", "secretsmanager"]),
    );
  });

  it("puts interface endpoints in the private subnets with private DNS, behind the endpoint security group", async () => {
    const endpoints = ofType(await network({}, "update"), T.endpoint).filter(
      (e) => e.inputs.vpcEndpointType === "Interface",
    );
    for (const e of endpoints) {
      assert.equal(e.inputs.privateDnsEnabled, true);
      assert.equal(e.inputs.subnetIds.length, 2);
      assert.equal(e.inputs.securityGroupIds.length, 1);
    }
  });

  it("allows only HTTPS from the VPC CIDR into the endpoint security group, and no egress", async () => {
    const sg = only(await network({ cidrBlock: "10.20.0.0/16" }), T.sg).inputs;
    assert.deepEqual(sg.ingress, [
      {
        protocol: "tcp",
        fromPort: 443,
        toPort: 443,
        cidrBlocks: ["10.20.0.0/16"],
        description: "HTTPS from the VPC",
      },
    ]);
    assert.deepEqual(sg.egress, []);
  });

  it("adds an S3 gateway endpoint on the private route tables", async () => {
    const s3 = ofType(await network({}, "update"), T.endpoint).find(
      (e) => e.inputs.vpcEndpointType === "Gateway",
    )!;
    assert.equal(s3.inputs.serviceName, "com.amazonaws.us-east-1.s3");
    assert.equal(s3.inputs.routeTableIds.length, 2);
  });

  it("gives every endpoint a policy, known during preview, limited to this account's principals and resources", async () => {
    for (const e of ofType(await network(), T.endpoint)) {
      assert.equal(isUnknown(e.inputs.policy), false);
      const first = statementsOf(e.inputs.policy)[0];
      assert.deepEqual(first.Condition.StringEquals, {
        "aws:PrincipalAccount": "123456789012",
        "aws:ResourceAccount": "123456789012",
      });
    }
  });

  it("manages the default security group with no rules", async () => {
    const sg = only(await network(), T.defaultSg).inputs;
    assert.deepEqual([sg.ingress, sg.egress], [[], []]);
  });

  it("sends all traffic's flow logs to the log group, named during preview", async () => {
    const resources = await network();
    const flow = only(resources, T.flowLog).inputs;
    assert.deepEqual(
      [flow.trafficType, flow.logDestinationType, flow.maxAggregationInterval],
      ["ALL", "cloud-watch-logs", 60],
    );
    assert.match(
      flow.logDestination,
      /^arn:aws:logs:us-east-1:123456789012:log-group:ai-flow-logs-[0-9a-f]{7}$/,
    );
  });

  it("encrypts the flow log group with a customer-managed key and keeps it 365 days", async () => {
    const resources = await network({}, "update");
    const group = only(resources, T.logGroup).inputs;
    assert.equal(group.retentionInDays, 365);
    assert.match(group.kmsKeyId, /^arn:aws:kms:/);
    assert.equal(group.tags["data-class"], "audit-logs");
  });

  it("lets only VPC flow logs of this account assume the flow log role", async () => {
    const trust = statementsOf(only(await network(), T.role).inputs.assumeRolePolicy)[0];
    assert.deepEqual(trust.Principal, { Service: "vpc-flow-logs.amazonaws.com" });
    assert.deepEqual(trust.Condition, {
      StringEquals: { "aws:SourceAccount": "123456789012" },
      ArnLike: { "aws:SourceArn": "arn:aws:ec2:us-east-1:123456789012:vpc-flow-log/*" },
    });
  });

  it("adds only endpoints, their security group and flow logs to an existing VPC", async () => {
    const resources = await network({
      vpcId: "vpc-0abc",
      privateSubnetIds: ["subnet-1", "subnet-2"],
      privateRouteTableIds: ["rtb-1"],
      vpcCidrBlock: "10.9.0.0/16",
    });
    assert.deepEqual(
      [T.vpc, T.subnet, T.defaultSg, T.igw].map((t) => ofType(resources, t).length),
      [0, 0, 0, 0],
    );
    const endpoints = ofType(resources, T.endpoint);
    assert.deepEqual(endpoints.find((e) => e.inputs.vpcEndpointType === "Interface")?.inputs.subnetIds, [
      "subnet-1",
      "subnet-2",
    ]);
    assert.deepEqual(endpoints.find((e) => e.inputs.vpcEndpointType === "Gateway")?.inputs.routeTableIds, [
      "rtb-1",
    ]);
    assert.equal(only(resources, T.flowLog).inputs.vpcId, "vpc-0abc");
    assert.deepEqual(only(resources, T.sg).inputs.ingress[0].cidrBlocks, ["10.9.0.0/16"]);
  });

  it("accepts an awsx.ec2.Vpc's outputs", async () => {
    const { resources, error } = await run("update", () => {
      const vpc = new awsx.ec2.Vpc("byo", {});
      return new AiNetwork("ai", {
        vpcId: vpc.vpcId,
        privateSubnetIds: vpc.privateSubnetIds,
        vpcCidrBlock: "10.0.0.0/16",
      });
    });
    assert.equal(error, undefined);
    assert.match(only(resources, T.flowLog).inputs.vpcId, /^vpc-/);
    const endpoint = ofType(resources, T.endpoint)[0].inputs;
    assert.ok(
      endpoint.subnetIds.length >= 2 && endpoint.subnetIds.every((s: string) => s.startsWith("subnet-")),
    );
  });

  it("looks up an existing VPC's CIDR when it is not given", async () => {
    const resources = await network({ vpcId: "vpc-0abc", privateSubnetIds: ["subnet-1", "subnet-2"] });
    assert.deepEqual(only(resources, T.sg).inputs.ingress[0].cidrBlocks, ["172.31.0.0/16"]);
  });

  it("skips the S3 gateway endpoint of an existing VPC without route tables", async () => {
    const resources = await network({
      vpcId: "vpc-0abc",
      privateSubnetIds: ["subnet-1", "subnet-2"],
      vpcCidrBlock: "10.9.0.0/16",
    });
    assert.equal(
      ofType(resources, T.endpoint).some((e) => e.inputs.vpcEndpointType === "Gateway"),
      false,
    );
  });

  it("parents every child to the component", async () => {
    const resources = await network();
    const component = only(resources, "scopeguard:network:AiNetwork");
    const direct = resources.filter((r) => r.parent === component.urn);
    assert.ok(direct.length > 15);
    assert.deepEqual(
      resources.filter((r) => r !== component && r.parent === ""),
      [],
    );
  });

  it("rejects an invalid CIDR, naming cidrBlock", async () => {
    assert.equal(
      await rejection({ cidrBlock: "10.0.0.1/16" }),
      'AiNetwork "ai": cidrBlock "10.0.0.1/16" is not an IPv4 CIDR block whose address is its network address (such as "10.0.0.0/16").',
    );
  });

  it("rejects a block too small for its subnets", async () => {
    assert.equal(
      await rejection({ cidrBlock: "10.0.0.0/27" }),
      'AiNetwork "ai": cidrBlock "10.0.0.0/27" is too small for 2 availability zones: each of the 4 subnets would be a /29, and AWS subnets are at least a /28; use a /26 or larger block.',
    );
  });

  it("rejects a single availability zone", async () => {
    assert.equal(
      await rejection({ availabilityZones: ["us-east-1a"] }),
      'AiNetwork "ai": availabilityZones must name at least 2 distinct zones (got ["us-east-1a"]), so the network survives the loss of one.',
    );
  });

  it("rejects an existing VPC without private subnets", async () => {
    assert.equal(
      await rejection({ vpcId: "vpc-0abc" }),
      'AiNetwork "ai": vpcId needs privateSubnetIds: the subnets (one per AZ) where the VPC endpoints go.',
    );
  });

  it("rejects VPC settings that an existing VPC cannot take", async () => {
    assert.equal(
      await rejection({ vpcId: "vpc-0abc", privateSubnetIds: ["subnet-1"], internetEgress: true }),
      'AiNetwork "ai": internetEgress configures a VPC the component creates; with vpcId, configure the existing VPC where it is defined and remove it.',
    );
  });

  it("rejects natGateways without internetEgress", async () => {
    assert.equal(
      await rejection({ natGateways: "single" }),
      'AiNetwork "ai": natGateways applies only with internetEgress: true; remove natGateways or set internetEgress.',
    );
  });

  it("rejects a flow log retention below the audit minimum", async () => {
    assert.equal(
      await rejection({ flowLogRetentionInDays: 90 }),
      'AiNetwork "ai": flowLogRetentionInDays 90 is not allowed for audit-logs: audit logs are kept at least 365 days, and CloudWatch Logs accepts only 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 in that range; leave it unset for 365.',
    );
  });
});
