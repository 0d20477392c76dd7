import * as assert from "node:assert/strict";
import { ec2DefaultSecurityGroupClosed as defaultSgClosed } from "../../../policypack/policies/network/ec2-default-security-group-closed";
import { ec2SecurityGroupNoPublicAdminIngress as adminIngress } from "../../../policypack/policies/network/ec2-security-group-no-public-admin-ingress";
import { ec2TrainingSubnetNoInternetRoute as trainingRoutes } from "../../../policypack/policies/network/ec2-training-subnet-no-internet-route";
import { ec2VpcDefaultSecurityGroupManaged as defaultSgManaged } from "../../../policypack/policies/network/ec2-vpc-default-security-group-managed";
import { ec2VpcEndpointPolicyRestricted as endpointPolicy } from "../../../policypack/policies/network/ec2-vpc-endpoint-policy-restricted";
import { ec2VpcEndpointPrivateDns as privateDns } from "../../../policypack/policies/network/ec2-vpc-endpoint-private-dns";
import { ec2VpcFlowLogsEnabled as flowLogs } from "../../../policypack/policies/network/ec2-vpc-flow-logs-enabled";
import { NETWORK_POLICIES } from "../../../policypack/policies/network";
import type { StackResource } from "../../../policypack/framework/types";
import { contextAt, resource, stackResource, UNKNOWN } from "../support";
import { remediated } from "../fixtures/remediation";

const VPC = "aws:ec2/vpc:Vpc";
const FLOW_LOG = "aws:ec2/flowLog:FlowLog";
const SG = "aws:ec2/securityGroup:SecurityGroup";
const SG_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule";
const INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
const DEFAULT_SG = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup";
const SUBNET = "aws:ec2/subnet:Subnet";
const ROUTE_TABLE = "aws:ec2/routeTable:RouteTable";
const DEFAULT_ROUTE_TABLE = "aws:ec2/defaultRouteTable:DefaultRouteTable";
const ROUTE = "aws:ec2/route:Route";
const ASSOCIATION = "aws:ec2/routeTableAssociation:RouteTableAssociation";
const IGW = "aws:ec2/internetGateway:InternetGateway";
const NAT = "aws:ec2/natGateway:NatGateway";
const ENDPOINT = "aws:ec2/vpcEndpoint:VpcEndpoint";
const ENDPOINT_POLICY = "aws:ec2/vpcEndpointPolicy:VpcEndpointPolicy";
const ctx = contextAt(1);

const vpc = (name = "main") =>
  stackResource(VPC, name, { cidrBlock: "10.0.0.0/16", id: UNKNOWN, defaultRouteTableId: UNKNOWN });
const child = (
  type: string,
  name: string,
  property: string,
  target: StackResource,
  props: Record<string, unknown> = {},
) => stackResource(type, name, { [property]: UNKNOWN, ...props }, { [property]: [target] });

describe("network policies", () => {
  it("all carry complete metadata", () => {
    for (const p of NETWORK_POLICIES) {
      assert.match(p.name, /^(ec2|elb|ecs)-/);
      assert.ok(
        p.description && p.rationale && p.remediationSteps && p.mappings.seedItems.length > 0,
        p.name,
      );
    }
  });
});

describe("ec2-vpc-flow-logs-enabled", () => {
  it("passes a VPC with a flow log of all traffic", () => {
    const v = vpc();
    assert.deepEqual(
      flowLogs.check(
        [v, child(FLOW_LOG, "fl", "vpcId", v, { trafficType: "ALL", logDestination: UNKNOWN })],
        ctx,
      ),
      [],
    );
  });

  it("links a flow log whose vpcId comes from a component holding the VPC (awsx.ec2.Vpc)", () => {
    const component = stackResource("awsx:ec2:Vpc", "net", {});
    const v = { ...vpc("net"), parent: component };
    assert.deepEqual(
      flowLogs.check([component, v, child(FLOW_LOG, "fl", "vpcId", component, { trafficType: "ALL" })], ctx),
      [],
    );
  });

  it("does not link a flow log through a component holding two VPCs", () => {
    const component = stackResource("example:index:Networks", "nets", {});
    const a = { ...vpc("a"), parent: component };
    const b = { ...vpc("b"), parent: component };
    assert.equal(
      flowLogs.check(
        [component, a, b, child(FLOW_LOG, "fl", "vpcId", component, { trafficType: "ALL" })],
        ctx,
      ).length,
      2,
    );
  });

  it("fails a VPC without a flow log", () => {
    const v = vpc("ai");
    assert.deepEqual(flowLogs.check([v], ctx), [
      {
        urn: v.urn,
        message:
          'VPC "ai" has no flow log: add an aws.ec2.FlowLog with vpcId set to the VPC, trafficType "ALL" and a CloudWatch Logs or S3 destination.',
      },
    ]);
  });

  it("fails a flow log of rejected traffic only", () => {
    const v = vpc();
    assert.match(
      flowLogs.check([v, child(FLOW_LOG, "fl", "vpcId", v, { trafficType: "REJECT" })], ctx)[0].message,
      /logs only accepted or only rejected traffic/,
    );
  });

  it("does not let a subnet flow log or another VPC's flow log count", () => {
    const a = vpc("a");
    const b = vpc("b");
    const subnetLog = stackResource(FLOW_LOG, "sub", { subnetId: "subnet-1", trafficType: "ALL" });
    assert.deepEqual(
      flowLogs
        .check([a, b, subnetLog, child(FLOW_LOG, "fl", "vpcId", a, { trafficType: "ALL" })], ctx)
        .map((v) => v.urn),
      [b.urn],
    );
  });

  it("links a flow log by literal VPC id and accepts an unknown traffic type", () => {
    const v = stackResource(VPC, "imported", { id: "vpc-0abc" });
    assert.deepEqual(
      flowLogs.check([v, stackResource(FLOW_LOG, "fl", { vpcId: "vpc-0abc", trafficType: UNKNOWN })], ctx),
      [],
    );
  });
});

describe("ec2-security-group-no-public-admin-ingress", () => {
  const sg = (ingress: unknown, name = "web") => resource(SG, { vpcId: UNKNOWN, ingress }, name);
  const https = { protocol: "tcp", fromPort: 443, toPort: 443, cidrBlocks: ["0.0.0.0/0"] };

  it("passes HTTPS from anywhere and SSH from a known range", () => {
    assert.deepEqual(
      adminIngress.check(
        sg([https, { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["10.0.0.0/8"] }]),
        ctx,
      ),
      [],
    );
  });

  it("fails SSH from the internet", () => {
    assert.deepEqual(
      adminIngress.check(
        sg([https, { protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: ["0.0.0.0/0"] }]),
        ctx,
      ),
      [
        "Ingress rule #2 opens port 22 (SSH) to the internet (0.0.0.0/0): allow only known CIDRs or security groups, and reach hosts through SSM Session Manager instead of SSH or RDP.",
      ],
    );
  });

  it("fails a range that covers ML consoles, over IPv6", () => {
    const m = adminIngress.check(
      sg([{ protocol: "tcp", fromPort: 8000, toPort: 9000, ipv6CidrBlocks: ["::/0"] }]),
      ctx,
    );
    assert.match(m[0], /opens ports 8265 \(Ray dashboard\), 8888 \(Jupyter\) to the internet \(::\/0\)/);
  });

  it("fails all protocols and the full port range", () => {
    assert.match(
      adminIngress.check(sg([{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }]), ctx)[0],
      /opens all ports/,
    );
    assert.match(
      adminIngress.check(
        sg([{ protocol: "udp", fromPort: 0, toPort: 65535, cidrBlocks: ["0.0.0.0/0"] }]),
        ctx,
      )[0],
      /opens all ports/,
    );
  });

  it("checks separate rule resources of both kinds", () => {
    const rule = resource(SG_RULE, {
      type: "ingress",
      securityGroupId: UNKNOWN,
      protocol: "tcp",
      fromPort: 3389,
      toPort: 3389,
      cidrBlocks: ["0.0.0.0/0"],
    });
    assert.match(adminIngress.check(rule, ctx)[0], /^The rule opens port 3389 \(RDP\)/);
    const egress = resource(SG_RULE, {
      type: "egress",
      protocol: "-1",
      fromPort: 0,
      toPort: 0,
      cidrBlocks: ["0.0.0.0/0"],
    });
    assert.deepEqual(adminIngress.check(egress, ctx), []);
    const vpcRule = resource(INGRESS_RULE, {
      securityGroupId: UNKNOWN,
      ipProtocol: "tcp",
      fromPort: 11434,
      toPort: 11434,
      cidrIpv4: "0.0.0.0/0",
    });
    assert.match(adminIngress.check(vpcRule, ctx)[0], /^The ingress rule opens port 11434 \(Ollama\)/);
  });

  it("treats an unknown CIDR as a reference, and lets unknown ports of an open rule reach the SDK", () => {
    assert.deepEqual(
      adminIngress.check(sg([{ protocol: "tcp", fromPort: 22, toPort: 22, cidrBlocks: [UNKNOWN] }]), ctx),
      [],
    );
    assert.deepEqual(
      adminIngress.check(
        resource(INGRESS_RULE, { ipProtocol: "tcp", fromPort: 22, toPort: 22, cidrIpv4: UNKNOWN }),
        ctx,
      ),
      [],
    );
    assert.throws(
      () =>
        adminIngress.check(
          sg([{ protocol: "tcp", fromPort: UNKNOWN, toPort: UNKNOWN, cidrBlocks: ["0.0.0.0/0"] }]),
          ctx,
        ),
      /can't be known during preview/,
    );
  });

  it("reports nothing, and does not throw, when a CIDR or the protocol is an object", () => {
    const props = {
      ipProtocol: { toString: "tcp" },
      fromPort: 22,
      toPort: 22,
      cidrIpv6: { toString: "::/0", valueOf: 0 },
      type: "ingress",
    };
    assert.deepEqual(
      [INGRESS_RULE, SG_RULE].map((type) => adminIngress.check(resource(type, props), ctx)),
      [[], []],
    );
    assert.deepEqual(
      adminIngress.check(
        sg([
          { protocol: { toString: 6 }, fromPort: 22, toPort: 22, cidrBlocks: [{ toString: "0.0.0.0/0" }] },
        ]),
        ctx,
      ),
      [],
    );
  });
});

describe("ec2-default-security-group-closed", () => {
  it("passes an adopted default group with no rules", () => {
    assert.deepEqual(defaultSgClosed.check(resource(DEFAULT_SG, { vpcId: UNKNOWN }), ctx), []);
    assert.deepEqual(
      defaultSgClosed.check(resource(DEFAULT_SG, { vpcId: UNKNOWN, ingress: [], egress: [] }), ctx),
      [],
    );
  });

  it("fails rules left in the default group", () => {
    const r = resource(DEFAULT_SG, {
      ingress: [{ protocol: "-1", self: true, fromPort: 0, toPort: 0 }],
      egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["0.0.0.0/0"] }],
    });
    assert.deepEqual(defaultSgClosed.check(r, ctx), [
      "The default security group keeps 1 ingress rule and 1 egress rule: leave ingress and egress empty and give workloads their own security groups.",
    ]);
  });

  it("lets an unknown rule list reach the SDK", () => {
    assert.throws(
      () => defaultSgClosed.check(resource(DEFAULT_SG, { ingress: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("ec2-vpc-default-security-group-managed", () => {
  it("passes a VPC whose default group is adopted", () => {
    const v = vpc();
    assert.deepEqual(defaultSgManaged.check([v, child(DEFAULT_SG, "default", "vpcId", v)], ctx), []);
  });

  it("fails a VPC that leaves AWS's default group alone", () => {
    const v = vpc("ai");
    assert.deepEqual(
      defaultSgManaged.check([v], ctx).map((x) => x.message),
      [
        'VPC "ai" keeps AWS\'s default security group, which lets its members talk to each other and reach anywhere: add an aws.ec2.DefaultSecurityGroup with vpcId set to the VPC and no rules.',
      ],
    );
  });

  it("links through the property dependency while the VPC's id is unknown during preview", () => {
    const v = vpc("new");
    const adopted = stackResource(DEFAULT_SG, "d", { vpcId: UNKNOWN }, { vpcId: [v] });
    assert.deepEqual(defaultSgManaged.check([v, adopted], ctx), []);
  });

  it("does not count a default group whose unknown vpcId comes from no VPC of the stack", () => {
    const v = vpc("ai");
    const stray = stackResource(DEFAULT_SG, "d", { vpcId: UNKNOWN });
    assert.deepEqual(
      defaultSgManaged.check([v, stray], ctx).map((x) => x.urn),
      [v.urn],
    );
  });

  it("links by literal VPC id", () => {
    const v = stackResource(VPC, "v", { id: "vpc-1" });
    assert.deepEqual(
      defaultSgManaged.check([v, stackResource(DEFAULT_SG, "d", { vpcId: "vpc-1" })], ctx),
      [],
    );
  });
});

describe("ec2-training-subnet-no-internet-route", () => {
  const ctx5 = contextAt(5);
  const TRAINING = { "ai-network-tier": "training" };
  const subnet = (v: StackResource, name = "train-a", tags: Record<string, string> = TRAINING) =>
    stackResource(
      SUBNET,
      name,
      { vpcId: UNKNOWN, cidrBlock: "10.0.1.0/24", id: UNKNOWN, tags },
      { vpcId: [v] },
    );
  const table = (v: StackResource, name: string, routes: unknown[] = [], routeDeps: StackResource[] = []) =>
    stackResource(
      ROUTE_TABLE,
      name,
      { vpcId: UNKNOWN, routes, id: UNKNOWN },
      { vpcId: [v], ...(routeDeps.length ? { routes: routeDeps } : {}) },
    );
  const associate = (s: StackResource, t: StackResource) =>
    stackResource(
      ASSOCIATION,
      `${s.name}-assoc`,
      { subnetId: UNKNOWN, routeTableId: UNKNOWN },
      { subnetId: [s], routeTableId: [t] },
    );

  it("passes a training subnet whose table has only endpoint routes", () => {
    const v = vpc();
    const s = subnet(v);
    const t = table(v, "isolated");
    const endpointRoute = stackResource(
      ROUTE,
      "s3",
      { routeTableId: UNKNOWN, destinationPrefixListId: "pl-1", vpcEndpointId: UNKNOWN },
      { routeTableId: [t] },
    );
    assert.deepEqual(trainingRoutes.check([v, s, t, endpointRoute, associate(s, t)], ctx5), []);
  });

  it("fails a training subnet routed through a NAT gateway by a separate Route", () => {
    const v = vpc();
    const s = subnet(v);
    const t = table(v, "private");
    const nat = stackResource(NAT, "nat", { subnetId: UNKNOWN });
    const route = stackResource(
      ROUTE,
      "default",
      { routeTableId: UNKNOWN, destinationCidrBlock: "0.0.0.0/0", natGatewayId: UNKNOWN },
      { routeTableId: [t], natGatewayId: [nat] },
    );
    assert.deepEqual(trainingRoutes.check([v, s, t, nat, route, associate(s, t)], ctx5), [
      {
        urn: s.urn,
        message:
          'Training subnet "train-a" routes to the internet through a NAT gateway (route table "private"): give it a route table with no internet, NAT or egress-only gateway routes, and reach AWS services through VPC endpoints.',
      },
    ]);
  });

  it("fails an inline route to an internet gateway, recognised by dependency or by literal id", () => {
    const v = vpc();
    const s = subnet(v, "train-b", { "data-class": "training-data" });
    const igw = stackResource(IGW, "igw", { vpcId: UNKNOWN });
    const byDependency = table(v, "public", [{ cidrBlock: "0.0.0.0/0", gatewayId: UNKNOWN }], [igw]);
    assert.match(
      trainingRoutes.check([v, s, igw, byDependency, associate(s, byDependency)], ctx5)[0].message,
      /through an internet gateway/,
    );
    const byLiteral = table(v, "public2", [{ ipv6CidrBlock: "::/0", gatewayId: "igw-0123" }]);
    assert.equal(trainingRoutes.check([v, s, byLiteral, associate(s, byLiteral)], ctx5).length, 1);
  });

  it("judges an unassociated training subnet by its VPC's main route table", () => {
    const v = vpc();
    const s = subnet(v);
    assert.deepEqual(trainingRoutes.check([v, s], ctx5), []);
    const igw = stackResource(IGW, "igw", {});
    const mainRoute = stackResource(
      ROUTE,
      "main-default",
      { routeTableId: UNKNOWN, gatewayId: UNKNOWN },
      { routeTableId: [v], gatewayId: [igw] },
    );
    assert.match(
      trainingRoutes.check([v, s, igw, mainRoute], ctx5)[0].message,
      /through an internet gateway \(the VPC's main route table\)/,
    );
    const adopted = stackResource(
      DEFAULT_ROUTE_TABLE,
      "main-rt",
      { defaultRouteTableId: UNKNOWN, routes: [{ cidrBlock: "0.0.0.0/0", natGatewayId: "nat-1" }] },
      { defaultRouteTableId: [v] },
    );
    assert.match(
      trainingRoutes.check([v, s, adopted], ctx5)[0].message,
      /through a NAT gateway \(route table "main-rt"\)/,
    );
  });

  it("reports a training subnet whose route table is outside the stack", () => {
    const s = stackResource(SUBNET, "imported-train", { vpcId: "vpc-1", tags: TRAINING });
    assert.match(trainingRoutes.check([s], ctx5)[0].message, /uses a route table that is not in this stack/);
  });

  it("ignores subnets that are not tagged as training", () => {
    const v = vpc();
    const s = subnet(v, "public-a", { "ai-network-tier": "public" });
    const igw = stackResource(IGW, "igw", {});
    const t = table(v, "public", [{ cidrBlock: "0.0.0.0/0", gatewayId: UNKNOWN }], [igw]);
    assert.deepEqual(trainingRoutes.check([v, s, igw, t, associate(s, t)], ctx5), []);
  });

  it("treats a table's unknown routes with no dependency as no inline routes (the provider computes them)", () => {
    const v = vpc();
    const s = subnet(v);
    const igw = stackResource(IGW, "igw", {});
    const t = table(v, "rt", UNKNOWN as unknown as unknown[]);
    assert.deepEqual(trainingRoutes.check([v, s, t, associate(s, t)], ctx5), []);
    const route = stackResource(
      ROUTE,
      "out",
      { routeTableId: UNKNOWN, gatewayId: UNKNOWN },
      { routeTableId: [t], gatewayId: [igw] },
    );
    assert.equal(trainingRoutes.check([v, s, t, igw, route, associate(s, t)], ctx5).length, 1);
  });

  it("leaves a gateway id unknown with no dependency to the update run", () => {
    const v = vpc();
    const s = subnet(v);
    const t = table(v, "rt", [{ cidrBlock: "0.0.0.0/0", gatewayId: UNKNOWN }]);
    assert.deepEqual(trainingRoutes.check([v, s, t, associate(s, t)], ctx5), []);
  });
});

describe("ec2-vpc-endpoint-private-dns", () => {
  const ctx3 = contextAt(3);
  const endpoint = (props: Record<string, unknown>, name = "bedrock-runtime") =>
    resource(
      ENDPOINT,
      {
        vpcId: UNKNOWN,
        serviceName: "com.amazonaws.us-east-1.bedrock-runtime",
        vpcEndpointType: "Interface",
        ...props,
      },
      name,
    );

  it("passes an interface endpoint with private DNS", () => {
    assert.deepEqual(privateDns.check(endpoint({ privateDnsEnabled: true, subnetIds: [UNKNOWN] }), ctx3), []);
  });

  it("fails an AI endpoint that omits privateDnsEnabled", () => {
    assert.deepEqual(privateDns.check(endpoint({}), ctx3), [
      "The interface endpoint for com.amazonaws.us-east-1.bedrock-runtime does not enable private DNS (the provider's default is false), so SDKs keep resolving the public endpoint and model traffic bypasses it: set privateDnsEnabled to true.",
    ]);
    assert.equal(
      privateDns.check(
        endpoint({ serviceName: "com.amazonaws.us-east-1.sagemaker.runtime", privateDnsEnabled: false }),
        ctx3,
      ).length,
      1,
    );
  });

  it("ignores other services and gateway endpoints", () => {
    assert.deepEqual(privateDns.check(endpoint({ serviceName: "com.amazonaws.us-east-1.logs" }), ctx3), []);
    assert.deepEqual(
      privateDns.check(
        endpoint({ serviceName: "com.amazonaws.us-east-1.s3", vpcEndpointType: "Gateway" }),
        ctx3,
      ),
      [],
    );
  });

  it("decides from a literal flag when the service name is unknown, and throws when the service decides", () => {
    assert.deepEqual(privateDns.check(endpoint({ serviceName: UNKNOWN, privateDnsEnabled: true }), ctx3), []);
    assert.throws(
      () => privateDns.check(endpoint({ serviceName: UNKNOWN }), ctx3),
      /can't be known during preview/,
    );
  });

  it("remediates by enabling private DNS and keeping every other input", () => {
    const fixed = remediated(privateDns, endpoint({ subnetIds: [UNKNOWN] }), ctx3);
    assert.deepEqual(
      { ...fixed },
      {
        vpcId: UNKNOWN,
        serviceName: "com.amazonaws.us-east-1.bedrock-runtime",
        vpcEndpointType: "Interface",
        subnetIds: [UNKNOWN],
        privateDnsEnabled: true,
      },
    );
    assert.equal(remediated(privateDns, endpoint({ privateDnsEnabled: true }), ctx3), undefined);
  });
});

describe("ec2-vpc-endpoint-policy-restricted", () => {
  const ctx3 = contextAt(3);
  const endpoint = (props: Record<string, unknown> = {}, name = "bedrock") =>
    stackResource(ENDPOINT, name, {
      vpcId: UNKNOWN,
      id: UNKNOWN,
      serviceName: "com.amazonaws.us-east-1.bedrock-runtime",
      vpcEndpointType: "Interface",
      ...props,
    });
  const FULL = JSON.stringify({
    Statement: [{ Effect: "Allow", Principal: "*", Action: "*", Resource: "*" }],
  });
  const SCOPED = JSON.stringify({
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

  it("passes an inline scoped policy, and one the program computed from other resources", () => {
    assert.deepEqual(endpointPolicy.check([endpoint({ policy: SCOPED })], ctx3), []);
    const role = stackResource("aws:iam/role:Role", "invoker", { arn: UNKNOWN });
    const computed = stackResource(
      ENDPOINT,
      "computed",
      { serviceName: "com.amazonaws.us-east-1.bedrock-runtime", policy: UNKNOWN },
      { policy: [role] },
    );
    assert.deepEqual(endpointPolicy.check([role, computed], ctx3), []);
  });

  it("fails a policy that is unknown in preview only because AWS fills in its default (no property dependency)", () => {
    assert.equal(endpointPolicy.check([endpoint({ policy: UNKNOWN })], ctx3).length, 1);
  });

  it("passes a separate VpcEndpointPolicy", () => {
    const e = endpoint();
    assert.deepEqual(
      endpointPolicy.check([e, child(ENDPOINT_POLICY, "p", "vpcEndpointId", e, { policy: SCOPED })], ctx3),
      [],
    );
  });

  it("fails an endpoint without a policy (AWS's default is full access)", () => {
    const e = endpoint();
    assert.deepEqual(endpointPolicy.check([e], ctx3), [
      {
        urn: e.urn,
        message:
          "VPC endpoint \"bedrock\" (com.amazonaws.us-east-1.bedrock-runtime) allows any principal to do anything through it (AWS's default full-access policy): set a policy that allows only this account's principals (aws:PrincipalAccount) and the models or endpoints the workload uses.",
      },
    ]);
  });

  it("fails the default document written out, and reports an invalid one", () => {
    assert.equal(endpointPolicy.check([endpoint({ policy: FULL })], ctx3).length, 1);
    assert.match(
      endpointPolicy.check([endpoint({ policy: "{" })], ctx3)[0].message,
      /not a valid JSON policy document/,
    );
  });

  it("ignores endpoints of other services and with unknown service names", () => {
    assert.deepEqual(
      endpointPolicy.check(
        [
          endpoint({ serviceName: "com.amazonaws.us-east-1.ecr.api" }),
          endpoint({ serviceName: UNKNOWN }, "x"),
        ],
        ctx3,
      ),
      [],
    );
  });
});
