import { strict as assert } from "assert";
import { planSubnets } from "../../../preview/engine/mocks/awsx-subnets";
import { ChildRef, planVpc } from "../../../preview/engine/mocks/awsx-vpc";

const AZS3 = ["us-east-1a", "us-east-1b", "us-east-1c"];
const cidrs = (subnets: { resourceName: string; cidrBlock: string }[]) =>
  Object.fromEntries(subnets.map((s) => [s.resourceName, s.cidrBlock]));
const names = (inputs: Record<string, unknown>) =>
  planVpc(inputs, { name: "net", region: "us-east-1" }).children.map(
    (c) => `${c.type.split(":").pop()} ${c.name}`,
  );

describe("awsx.ec2.Vpc layout (subnetDistributorLegacy/New)", () => {
  it("lays out the default Legacy subnets of a /16 over 3 AZs as awsx does", () => {
    assert.deepEqual(cidrs(planSubnets({ vpcName: "vpc", cidrBlock: "10.0.0.0/16", azNames: AZS3 })), {
      "vpc-public-1": "10.0.32.0/20",
      "vpc-private-1": "10.0.0.0/19",
      "vpc-public-2": "10.0.96.0/20",
      "vpc-private-2": "10.0.64.0/19",
      "vpc-public-3": "10.0.160.0/20",
      "vpc-private-3": "10.0.128.0/19",
    });
  });

  it("gives Legacy private, public and isolated specs /19, /20 and /24 in one AZ", () => {
    const specs = [{ type: "Public" }, { type: "Private" }, { type: "Isolated" }];
    assert.deepEqual(
      cidrs(
        planSubnets({ vpcName: "v", cidrBlock: "10.0.0.0/16", azNames: ["us-east-1a"], subnetSpecs: specs }),
      ),
      { "v-public-1": "10.0.32.0/20", "v-private-1": "10.0.0.0/19", "v-isolated-1": "10.0.48.0/24" },
    );
  });

  it("splits the VPC into one block per AZ with the Auto strategy", () => {
    const s = planSubnets({
      vpcName: "v",
      cidrBlock: "10.0.0.0/16",
      azNames: ["a", "b"],
      subnetStrategy: "Auto",
      subnetSpecs: [{ type: "Private" }, { type: "Isolated", cidrMask: 24 }],
    });
    assert.deepEqual(cidrs(s), {
      "v-private-1": "10.0.0.0/18",
      "v-isolated-1": "10.0.64.0/24",
      "v-private-2": "10.0.128.0/18",
      "v-isolated-2": "10.0.192.0/24",
    });
  });

  it("uses explicit cidrBlocks per AZ and names by spec name", () => {
    const s = planSubnets({
      vpcName: "v",
      cidrBlock: "10.0.0.0/16",
      azNames: ["a", "b"],
      subnetStrategy: "Exact",
      subnetSpecs: [{ type: "Private", name: "app", cidrBlocks: ["10.0.0.0/17", "10.0.128.0/17"] }],
    });
    assert.deepEqual(cidrs(s), { "v-app-1": "10.0.0.0/17", "v-app-2": "10.0.128.0/17" });
  });

  it("creates nothing for Unused specs", () => {
    const s = planSubnets({
      vpcName: "v",
      cidrBlock: "10.0.0.0/16",
      azNames: ["a"],
      subnetStrategy: "Auto",
      subnetSpecs: [
        { type: "Unused", cidrMask: 18 },
        { type: "Private", cidrMask: 18 },
      ],
    });
    assert.deepEqual(cidrs(s), { "v-private-1": "10.0.64.0/18" });
  });
});

describe("awsx.ec2.Vpc children (vpc.ts initialize)", () => {
  it("creates per AZ a public subnet with a NAT gateway and EIP, then a private subnet routed to it", () => {
    assert.deepEqual(names({ numberOfAvailabilityZones: 1 }), [
      "Vpc net",
      "InternetGateway net",
      "Subnet net-public-1",
      "RouteTable net-public-1",
      "RouteTableAssociation net-public-1",
      "Eip net-1",
      "NatGateway net-1",
      "Route net-public-1",
      "Subnet net-private-1",
      "RouteTable net-private-1",
      "RouteTableAssociation net-private-1",
      "Route net-private-1",
    ]);
  });

  it("creates one NAT gateway with strategy Single, routing every private subnet through it", () => {
    const plan = planVpc(
      { numberOfAvailabilityZones: 3, natGateways: { strategy: "Single" } },
      { name: "net", region: "eu-west-1" },
    );
    const routes = plan.children.filter((c) => c.key.startsWith("route:net-private"));
    assert.deepEqual(
      [
        plan.children.filter((c) => c.type === "aws:ec2/natGateway:NatGateway").length,
        routes.map((r) => (r.inputs.natGatewayId as ChildRef).key),
      ],
      [1, ["nat:net-1", "nat:net-1", "nat:net-1"]],
    );
  });

  it("creates no NAT gateway and no private route with strategy None", () => {
    assert.equal(
      names({ numberOfAvailabilityZones: 1, natGateways: { strategy: "None" } }).some(
        (n) => n.startsWith("NatGateway") || n === "Route net-private-1",
      ),
      false,
    );
  });

  it("maps public IPs on launch only in public subnets", () => {
    const plan = planVpc({}, { name: "net", region: "us-east-1" });
    assert.deepEqual(
      plan.children
        .filter((c) => c.type === "aws:ec2/subnet:Subnet")
        .map((c) => `${c.name}=${c.inputs.mapPublicIpOnLaunch}`),
      [
        "net-public-1=true",
        "net-private-1=false",
        "net-public-2=true",
        "net-private-2=false",
        "net-public-3=true",
        "net-private-3=false",
      ],
    );
  });

  it("takes AZs from availabilityZoneNames and the VPC's tags and DNS arguments", () => {
    const plan = planVpc(
      { availabilityZoneNames: ["eu-west-1b"], enableDnsHostnames: true, tags: { team: "ml" } },
      { name: "net", region: "us-east-1" },
    );
    assert.deepEqual(
      [
        plan.children[0].inputs,
        plan.children.find((c) => c.name === "net-private-1")?.inputs.availabilityZone,
      ],
      [
        { enableDnsHostnames: true, cidrBlock: "10.0.0.0/16", tags: { Name: "net", team: "ml" } },
        "eu-west-1b",
      ],
    );
  });

  it("gives an Auto interface endpoint private subnets, private DNS and an HTTPS security group", () => {
    const plan = planVpc(
      {
        numberOfAvailabilityZones: 2,
        vpcEndpointStrategy: "Auto",
        vpcEndpointSpecs: [
          { serviceName: "com.amazonaws.us-east-1.bedrock-runtime", vpcEndpointType: "Interface" },
        ],
      },
      { name: "net", region: "us-east-1" },
    );
    const ep = plan.children.find((c) => c.type === "aws:ec2/vpcEndpoint:VpcEndpoint")!;
    assert.deepEqual(
      [
        (ep.inputs.subnetIds as ChildRef[]).map((r) => r.key),
        ep.inputs.privateDnsEnabled,
        (ep.inputs.securityGroupIds as ChildRef[]).map((r) => r.key),
        plan.children[0].inputs.enableDnsHostnames,
        plan.children.find((c) => c.name.endsWith("-ingress"))?.inputs.fromPort,
      ],
      [
        ["subnet:net-private-1", "subnet:net-private-2"],
        true,
        ["sg:com.amazonaws.us-east-1.bedrock-runtime"],
        true,
        443,
      ],
    );
  });

  it("passes a Legacy endpoint's arguments through unchanged", () => {
    const plan = planVpc(
      { vpcEndpointSpecs: [{ serviceName: "com.amazonaws.us-east-1.s3", policy: "{}" }] },
      { name: "net", region: "us-east-1" },
    );
    const ep = plan.children.find((c) => c.type === "aws:ec2/vpcEndpoint:VpcEndpoint")!;
    assert.deepEqual(
      [ep.name, ep.inputs.policy, ep.inputs.routeTableIds, ep.parent],
      ["com.amazonaws.us-east-1.s3", "{}", undefined, "vpc"],
    );
  });
});
