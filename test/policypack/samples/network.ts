import { AwsType, AwsxType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, withOddProps, type DomainSamples } from "./sample";
import { UNKNOWN } from "./values";

const guardrail = r(AwsType.bedrock.Guardrail, "gr", { name: "gr" });
const awsxVpc = r(AwsxType.Vpc, "net", {});
const vpc = (name = "ai") =>
  r(AwsType.ec2.Vpc, name, { cidrBlock: "10.0.0.0/16", id: UNKNOWN, defaultRouteTableId: UNKNOWN });
/** A resource whose `property` is computed from `target`, as Pulumi records it. */
const child = (
  type: string,
  name: string,
  property: string,
  target: string,
  props: Record<string, unknown> = {},
) => r(type, name, { [property]: UNKNOWN, ...props }, { dependsOn: { [property]: [target] } });

const trainingSubnet = r(
  AwsType.ec2.Subnet,
  "train-a",
  { vpcId: UNKNOWN, cidrBlock: "10.0.1.0/24", id: UNKNOWN, tags: { "ai-network-tier": "training" } },
  { dependsOn: { vpcId: ["ai"] } },
);
const privateTable = child(AwsType.ec2.RouteTable, "private", "vpcId", "ai", { routes: [], id: UNKNOWN });
const association = r(
  AwsType.ec2.RouteTableAssociation,
  "train-a-assoc",
  { subnetId: UNKNOWN, routeTableId: UNKNOWN },
  { dependsOn: { subnetId: ["train-a"], routeTableId: ["private"] } },
);
const bedrockEndpoint = (props: Record<string, unknown> = {}) =>
  r(AwsType.ec2.VpcEndpoint, "bedrock", {
    vpcId: UNKNOWN,
    id: UNKNOWN,
    serviceName: "com.amazonaws.us-east-1.bedrock-runtime",
    vpcEndpointType: "Interface",
    ...props,
  });
const SCOPED_ENDPOINT_POLICY = JSON.stringify({
  Statement: [
    {
      Effect: "Allow",
      Principal: "*",
      Action: "bedrock:InvokeModel",
      Resource: "arn:aws:bedrock:us-east-1::foundation-model/amazon.titan-text-lite-v1",
      Condition: { StringEquals: { "aws:PrincipalAccount": "123456789012" } },
    },
  ],
});
const FORWARD = [{ type: "forward", targetGroupArn: UNKNOWN }];
const listener = (name: string, props: Record<string, unknown>) =>
  r(AwsType.lb.Listener, name, { loadBalancerArn: UNKNOWN, ...props });
const ecsService = (assignPublicIp: boolean) =>
  r(AwsType.ecs.Service, "llm-app", {
    cluster: UNKNOWN,
    networkConfiguration: { subnets: [UNKNOWN], assignPublicIp },
  });
const HTTPS = { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] };

/** Props no network policy may choke on, on top of the shared ones. */
const NETWORK_ODD_PROPS = [
  { ingress: [null, { cidrBlocks: "0.0.0.0/0", protocol: 6 }] },
  { ingress: "x", cidrIpv4: 5 },
  { ingress: "x", egress: 3 },
  { routes: [null, 5, { gatewayId: 3 }], tags: { "ai-network-tier": "training" } },
  { serviceName: 4, vpcEndpointType: [] },
  { protocol: 5, defaultActions: [null, { redirect: "x" }], listeners: "x" },
  { networkConfiguration: "x" },
  { networkConfiguration: [null] },
];

/** Samples of the network policies: VPCs, security groups, routes, endpoints and what faces the internet. */
export const NETWORK_SAMPLES: DomainSamples = withOddProps(
  {
    // The VPC belongs to an awsx component, whose vpcId output the flow log is computed from.
    "ec2-vpc-flow-logs-enabled": stackSample({
      failing: [awsxVpc, { ...vpc(), parent: "net" }],
      passing: [
        awsxVpc,
        { ...vpc(), parent: "net" },
        child(AwsType.ec2.FlowLog, "fl", "vpcId", "net", { trafficType: "ALL", logDestination: UNKNOWN }),
      ],
      subject: "ai",
      message:
        'VPC "ai" has no flow log: add an aws.ec2.FlowLog with vpcId set to the VPC, trafficType "ALL" and a CloudWatch Logs or S3 destination.',
    }),
    "ec2-security-group-no-public-admin-ingress": resourceSample(
      AwsType.ec2.SecurityGroup,
      {
        vpcId: UNKNOWN,
        ingress: [HTTPS, { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }],
      },
      {
        vpcId: UNKNOWN,
        ingress: [HTTPS, { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"] }],
      },
      "Ingress rule #2 opens port 22 (SSH) to the internet (0.0.0.0/0): allow only known CIDRs or security groups, and reach hosts through SSM Session Manager instead of SSH or RDP.",
    ),
    "ec2-default-security-group-closed": resourceSample(
      AwsType.ec2.DefaultSecurityGroup,
      {
        vpcId: UNKNOWN,
        ingress: [{ protocol: "-1", self: true, fromPort: 0, toPort: 0 }],
        egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
      },
      { vpcId: UNKNOWN, ingress: [], egress: [] },
      "The default security group keeps 1 ingress rule and 1 egress rule: leave ingress and egress empty and give workloads their own security groups.",
    ),
    "ec2-vpc-default-security-group-managed": stackSample({
      failing: [vpc()],
      passing: [vpc(), child(AwsType.ec2.DefaultSecurityGroup, "default", "vpcId", "ai")],
      subject: "ai",
      message:
        'VPC "ai" keeps AWS\'s default security group, which lets its members talk to each other and reach anywhere: add an aws.ec2.DefaultSecurityGroup with vpcId set to the VPC and no rules.',
    }),
    "ec2-training-subnet-no-internet-route": stackSample({
      failing: [
        vpc(),
        trainingSubnet,
        privateTable,
        r(AwsType.ec2.NatGateway, "nat", { subnetId: UNKNOWN }),
        r(
          AwsType.ec2.Route,
          "default",
          { routeTableId: UNKNOWN, destinationCidrBlock: "0.0.0.0/0", natGatewayId: UNKNOWN },
          { dependsOn: { routeTableId: ["private"], natGatewayId: ["nat"] } },
        ),
        association,
      ],
      passing: [
        vpc(),
        trainingSubnet,
        privateTable,
        r(
          AwsType.ec2.Route,
          "s3",
          { routeTableId: UNKNOWN, destinationPrefixListId: "pl-1", vpcEndpointId: UNKNOWN },
          { dependsOn: { routeTableId: ["private"] } },
        ),
        association,
      ],
      subject: "train-a",
      oddResources: [
        r(AwsType.ec2.DefaultRouteTable, "odd-main", {}, { dependsOn: { defaultRouteTableId: ["ai"] } }),
        r(AwsType.ec2.RouteTable, "odd-table", {}, { dependsOn: { vpcId: ["ai"] } }),
        r(AwsType.ec2.Route, "odd-route", {}, { dependsOn: { routeTableId: ["ai"] } }),
        r(AwsType.ec2.RouteTableAssociation, "odd-association", {}, { dependsOn: { subnetId: ["train-a"] } }),
      ],
      message:
        'Training subnet "train-a" routes to the internet through a NAT gateway (route table "private"): give it a route table with no internet, NAT or egress-only gateway routes, and reach AWS services through VPC endpoints.',
    }),
    "ec2-vpc-endpoint-private-dns": resourceSample(
      AwsType.ec2.VpcEndpoint,
      {
        vpcId: UNKNOWN,
        serviceName: "com.amazonaws.us-east-1.bedrock-runtime",
        vpcEndpointType: "Interface",
      },
      {
        vpcId: UNKNOWN,
        serviceName: "com.amazonaws.us-east-1.bedrock-runtime",
        vpcEndpointType: "Interface",
        privateDnsEnabled: true,
        subnetIds: [UNKNOWN],
      },
      "The interface endpoint for com.amazonaws.us-east-1.bedrock-runtime does not enable private DNS (the provider's default is false), so SDKs keep resolving the public endpoint and model traffic bypasses it: set privateDnsEnabled to true.",
    ),
    "ec2-vpc-endpoint-policy-restricted": stackSample({
      failing: [bedrockEndpoint()],
      passing: [bedrockEndpoint({ policy: SCOPED_ENDPOINT_POLICY })],
      subject: "bedrock",
      oddResources: [
        r(AwsType.ec2.VpcEndpointPolicy, "odd-policy", {}, { dependsOn: { vpcEndpointId: ["bedrock"] } }),
      ],
      message:
        "VPC endpoint \"bedrock\" (com.amazonaws.us-east-1.bedrock-runtime) allows any principal to do anything through it (AWS's default full-access policy): set a policy that allows only this account's principals (aws:PrincipalAccount) and the models or endpoints the workload uses.",
    }),
    "elb-load-balancer-https-only": stackSample({
      failing: [guardrail, listener("chat-http", { protocol: "HTTP", port: 80, defaultActions: FORWARD })],
      passing: [
        guardrail,
        listener("chat-https", {
          protocol: "HTTPS",
          port: 443,
          certificateArn: UNKNOWN,
          defaultActions: FORWARD,
        }),
        listener("chat-http", {
          protocol: "HTTP",
          port: 80,
          defaultActions: [
            { type: "redirect", redirect: { protocol: "HTTPS", port: "443", statusCode: "HTTP_301" } },
          ],
        }),
      ],
      subject: "chat-http",
      oddResources: [r(AwsType.elb.LoadBalancer, "odd-classic", {})],
      message:
        'Listener "chat-http" serves plain HTTP: listen on HTTPS (protocol "HTTPS", port 443, a certificateArn and an sslPolicy such as "ELBSecurityPolicy-TLS13-1-2-2021-06"), and make any port-80 listener a redirect to HTTPS.',
    }),
    "ecs-service-no-public-ip": stackSample({
      failing: [guardrail, ecsService(true)],
      passing: [guardrail, ecsService(false)],
      subject: "llm-app",
      message:
        '"llm-app" gives every task a public IP address (networkConfiguration.assignPublicIp: true) in a stack with AI resources ("gr", aws:bedrock/guardrail:Guardrail): set assignPublicIp to false, run the tasks in private subnets, and publish them through a load balancer.',
    }),
  },
  NETWORK_ODD_PROPS,
);
