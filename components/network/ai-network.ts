import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import { aiTags, argumentErrorMessage, type AiTagArgs } from "../common";
import { AiWorkloadRole } from "../iam";
import { EncryptedLogGroup } from "../logging/encrypted-log-group";
import { carveSubnets, DEFAULT_VPC_CIDR, type SubnetPlan } from "./cidr";
import { buildEndpointPolicy } from "./endpoint-policy";
import {
  endpointLogicalSuffix,
  endpointServiceName,
  GATEWAY_ENDPOINTS,
  interfaceEndpointsFor,
} from "./endpoints";
import { aiNetworkArgsError, azCountOf, ISOLATED_NETWORK_SCOPE } from "./network-validation";

/**
 * A network is first provisioned for its private endpoints to the model APIs, which come with
 * scope 3 (building on a foundation model); that is the default scope, and it decides the endpoints.
 */
export const NETWORK_DEFAULT_SCOPE: Scope = 3;

/**
 * The subnet tag that names a subnet's tier: `private`, `public`, or `training` for the private
 * subnets of a scope-5 network, which the policy pack checks for internet routes. The pack's
 * NETWORK_TIER_TAG and TRAINING_TIER (a test keeps them equal) are candidates for the vocabulary.
 */
export const NETWORK_TIER_TAG_KEY = "ai-network-tier";
export const SUBNET_TIERS = { private: "private", public: "public", training: "training" } as const;

/** The service principal that delivers VPC flow logs. */
export const FLOW_LOGS_SERVICE = "vpc-flow-logs.amazonaws.com";

/** Arguments of {@link AiNetwork}. Every field is optional; `vpcId` switches to an existing VPC. */
export interface AiNetworkArgs extends AiTagArgs {
  /**
   * The scope of the AI system; decides the interface endpoints (Bedrock at 3+, SageMaker at 4+,
   * ECR at 5) and, at 5, forbids any internet route.
   * @default 3
   */
  readonly scope?: Scope;
  /**
   * The VPC's IPv4 block, /16 to /28, large enough for a private and a public subnet per AZ.
   * @default "10.0.0.0/16"
   */
  readonly cidrBlock?: string;
  /**
   * The AZs to span, at least two. Plain names, so the subnets can be planned before deployment.
   * @default the first `availabilityZoneCount` available zones of the region
   */
  readonly availabilityZones?: string[];
  /**
   * How many AZs to span when `availabilityZones` is not given, 2 to 6.
   * @default 2
   */
  readonly availabilityZoneCount?: number;
  /**
   * Relaxation: give the private subnets a route to the internet through NAT gateways in public
   * subnets (with an internet gateway). Not allowed at scope 5.
   * @default false (no internet gateway, no NAT, no public subnet: AWS APIs through endpoints only)
   */
  readonly internetEgress?: boolean;
  /**
   * With `internetEgress`: a NAT gateway in every AZ, so egress survives the loss of one AZ, or a
   * single one, cheaper, whose AZ the others depend on.
   * @default "one-per-az"
   */
  readonly natGateways?: "one-per-az" | "single";
  /**
   * More interface endpoints, as the service part of `com.amazonaws.<region>.<service>`
   * (`bedrock-agent-runtime`, `ssm`, ...). They get the same policy and security group.
   * @default []
   */
  readonly additionalInterfaceEndpoints?: string[];
  /**
   * Relaxation: `false` leaves the VPC without flow logs (for an existing VPC that has its own).
   * @default true
   */
  readonly flowLogs?: boolean;
  /**
   * Days flow logs are kept; audit logs, so at least MIN_AUDIT_LOG_RETENTION_DAYS.
   * @default 365
   */
  readonly flowLogRetentionInDays?: number;
  /**
   * Relaxation: `false` leaves the VPC's default security group as AWS creates it (all egress,
   * all traffic between its members) instead of managing it with no rules.
   * @default true
   */
  readonly manageDefaultSecurityGroup?: boolean;
  /**
   * An existing VPC (for example `awsx.ec2.Vpc`'s `vpcId`). The component then adds only the
   * endpoints, their security group and the flow logs.
   * @default unset: the component creates the VPC
   */
  readonly vpcId?: pulumi.Input<string>;
  /**
   * With `vpcId`: the private subnets (one per AZ) for the interface endpoints.
   * @default required with vpcId
   */
  readonly privateSubnetIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * With `vpcId`: the private route tables that get the S3 gateway endpoint.
   * @default none: no S3 gateway endpoint is added
   */
  readonly privateRouteTableIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * With `vpcId`: the VPC's IPv4 block, which may reach the endpoints on port 443.
   * @default looked up with aws.ec2.getVpc
   */
  readonly vpcCidrBlock?: pulumi.Input<string>;
}

/**
 * A private network for an AI workload: a VPC with DNS on and private subnets in two or more AZs,
 * private endpoints to the AWS APIs its scope uses (with policies that admit only this account),
 * an S3 gateway endpoint, flow logs to an encrypted log group, and a default security group with
 * no rules. No internet route unless `internetEgress` (never at scope 5), and then only through NAT.
 */
export class AiNetwork extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:network:AiNetwork";

  /** The scope the network was built for. */
  public readonly scope: Scope;
  /** The VPC, when the component created it. */
  public readonly vpc?: aws.ec2.Vpc;
  /** The VPC's id. */
  public readonly vpcId: pulumi.Output<string>;
  /** The subnet plan, when the component created the VPC. */
  public readonly subnetPlan?: SubnetPlan;
  /** The private subnets' ids. */
  public readonly privateSubnetIds: pulumi.Output<string[]>;
  /** The public subnets' ids; empty without internet egress. */
  public readonly publicSubnetIds: pulumi.Output<string[]>;
  /** The private route tables' ids. */
  public readonly privateRouteTableIds: pulumi.Output<string[]>;
  /** The security group of the interface endpoints (443 from the VPC only). */
  public readonly endpointSecurityGroup: aws.ec2.SecurityGroup;
  /** The interface endpoint services, in creation order. */
  public readonly interfaceEndpointServices: readonly string[];
  /** Every endpoint, by service suffix (`bedrock-runtime`, `s3`, ...). */
  public readonly endpoints: Readonly<Record<string, aws.ec2.VpcEndpoint>>;
  /** The flow logs' log group, unless `flowLogs: false`. */
  public readonly flowLogGroup?: EncryptedLogGroup;

  /**
   * @param name The component's name; prefixes every child's name.
   * @param args See {@link AiNetworkArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: AiNetworkArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(AiNetwork.typeToken, name, {}, opts);

    const problem = aiNetworkArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("AiNetwork", name, problem), this);
    }

    const parent = { parent: this };
    this.scope = args.scope ?? NETWORK_DEFAULT_SCOPE;
    const labels = { scope: this.scope, system: args.system, owner: args.owner, tags: args.tags };
    const tagged = (resourceName: string, extra: Record<string, string> = {}) =>
      aiTags({
        ...labels,
        tags: pulumi.output(args.tags ?? {}).apply((t) => ({ ...t, ...extra, Name: resourceName })),
      });
    const privateTier = {
      [NETWORK_TIER_TAG_KEY]:
        this.scope >= ISOLATED_NETWORK_SCOPE ? SUBNET_TIERS.training : SUBNET_TIERS.private,
    };
    const partition = aws.getPartitionOutput({}, parent);
    const region = aws.getRegionOutput({}, parent);
    const identity = aws.getCallerIdentityOutput({}, parent);

    let vpcId: pulumi.Output<string>;
    let vpcCidr: pulumi.Output<string>;
    let privateSubnetIds: pulumi.Output<string[]>;
    let publicSubnetIds: pulumi.Output<string[]> = pulumi.output([]);
    let privateRouteTableIds: pulumi.Output<string[]> | undefined;

    if (args.vpcId === undefined) {
      const cidrBlock = args.cidrBlock ?? DEFAULT_VPC_CIDR;
      const azCount = azCountOf(args);
      const plan = carveSubnets(cidrBlock, azCount) as SubnetPlan; // validated above
      this.subnetPlan = plan;
      const zones =
        args.availabilityZones !== undefined
          ? pulumi.output(args.availabilityZones)
          : aws.getAvailabilityZonesOutput({ state: "available" }, parent).names;

      this.vpc = new aws.ec2.Vpc(
        name,
        { cidrBlock, enableDnsSupport: true, enableDnsHostnames: true, tags: tagged(name) },
        parent,
      );
      vpcId = this.vpc.id;
      vpcCidr = pulumi.output(cidrBlock);

      if (args.manageDefaultSecurityGroup !== false) {
        // Adopting the default group strips AWS's allow-all rules, so nothing falls back on it.
        new aws.ec2.DefaultSecurityGroup(
          name,
          { vpcId, ingress: [], egress: [], tags: tagged(`${name}-default`) },
          parent,
        );
      }

      const privateSubnets = plan.privateCidrs.map(
        (cidr, i) =>
          new aws.ec2.Subnet(
            `${name}-private-${i}`,
            {
              vpcId,
              cidrBlock: cidr,
              availabilityZone: zones.apply((z) => z[i]),
              mapPublicIpOnLaunch: false,
              tags: tagged(`${name}-private-${i}`, privateTier),
            },
            parent,
          ),
      );
      const privateTables = privateSubnets.map((subnet, i) => {
        // One table per AZ, so each AZ can egress through its own NAT gateway when there is one.
        const table = new aws.ec2.RouteTable(
          `${name}-private-${i}`,
          { vpcId, tags: tagged(`${name}-private-${i}`) },
          parent,
        );
        new aws.ec2.RouteTableAssociation(
          `${name}-private-${i}`,
          { subnetId: subnet.id, routeTableId: table.id },
          parent,
        );
        return table;
      });
      privateSubnetIds = pulumi.all(privateSubnets.map((s) => s.id));
      privateRouteTableIds = pulumi.all(privateTables.map((t) => t.id));

      if (args.internetEgress === true && this.scope < ISOLATED_NETWORK_SCOPE) {
        const igw = new aws.ec2.InternetGateway(name, { vpcId, tags: tagged(name) }, parent);
        const publicTable = new aws.ec2.RouteTable(
          `${name}-public`,
          { vpcId, tags: tagged(`${name}-public`) },
          parent,
        );
        new aws.ec2.Route(
          `${name}-public-internet`,
          { routeTableId: publicTable.id, destinationCidrBlock: "0.0.0.0/0", gatewayId: igw.id },
          parent,
        );
        const publicSubnets = plan.publicCidrs.map((cidr, i) => {
          // Public subnets hold only the NAT gateways; nothing launched there gets a public IP.
          const subnet = new aws.ec2.Subnet(
            `${name}-public-${i}`,
            {
              vpcId,
              cidrBlock: cidr,
              availabilityZone: zones.apply((z) => z[i]),
              mapPublicIpOnLaunch: false,
              tags: tagged(`${name}-public-${i}`, { [NETWORK_TIER_TAG_KEY]: SUBNET_TIERS.public }),
            },
            parent,
          );
          new aws.ec2.RouteTableAssociation(
            `${name}-public-${i}`,
            { subnetId: subnet.id, routeTableId: publicTable.id },
            parent,
          );
          return subnet;
        });
        publicSubnetIds = pulumi.all(publicSubnets.map((s) => s.id));
        const natCount = args.natGateways === "single" ? 1 : azCount;
        const nats = [...Array(natCount).keys()].map((i) => {
          const eip = new aws.ec2.Eip(
            `${name}-nat-${i}`,
            { domain: "vpc", tags: tagged(`${name}-nat-${i}`) },
            parent,
          );
          return new aws.ec2.NatGateway(
            `${name}-nat-${i}`,
            {
              allocationId: eip.allocationId,
              subnetId: publicSubnets[i].id,
              connectivityType: "public",
              tags: tagged(`${name}-nat-${i}`),
            },
            { parent: this, dependsOn: [igw] },
          );
        });
        privateTables.forEach((table, i) => {
          new aws.ec2.Route(
            `${name}-private-${i}-egress`,
            {
              routeTableId: table.id,
              destinationCidrBlock: "0.0.0.0/0",
              natGatewayId: nats[Math.min(i, natCount - 1)].id,
            },
            parent,
          );
        });
      }
    } else {
      vpcId = pulumi.output(args.vpcId);
      vpcCidr =
        args.vpcCidrBlock !== undefined
          ? pulumi.output(args.vpcCidrBlock)
          : aws.ec2.getVpcOutput({ id: args.vpcId }, parent).cidrBlock;
      privateSubnetIds = pulumi.output(
        args.privateSubnetIds as pulumi.Input<pulumi.Input<string>[]>,
      ) as pulumi.Output<string[]>;
      privateRouteTableIds =
        args.privateRouteTableIds === undefined
          ? undefined
          : (pulumi.output(args.privateRouteTableIds) as pulumi.Output<string[]>);
    }
    this.vpcId = vpcId;
    this.privateSubnetIds = privateSubnetIds;
    this.publicSubnetIds = publicSubnetIds;
    this.privateRouteTableIds = privateRouteTableIds ?? pulumi.output([]);

    this.endpointSecurityGroup = new aws.ec2.SecurityGroup(
      `${name}-endpoints`,
      {
        vpcId,
        description: "scopeguard: HTTPS from inside the VPC to its AWS API endpoints",
        ingress: [
          {
            protocol: "tcp",
            fromPort: 443,
            toPort: 443,
            cidrBlocks: [vpcCidr],
            description: "HTTPS from the VPC",
          },
        ],
        // Endpoint interfaces only answer; they never open connections.
        egress: [],
        tags: tagged(`${name}-endpoints`),
      },
      parent,
    );

    const policyFor = (service: string) =>
      pulumi.all([partition.partition, region.region, identity.accountId]).apply(([p, r, accountId]) =>
        JSON.stringify(
          buildEndpointPolicy({
            partition: p,
            region: r,
            accountId,
            service,
            ecrImagePulls: this.scope >= ISOLATED_NETWORK_SCOPE,
          }),
        ),
      );
    const serviceName = (service: string) =>
      pulumi
        .all([partition.reverseDnsPrefix, region.region])
        .apply(([prefix, r]) => endpointServiceName(prefix, r, service));

    const endpoints: Record<string, aws.ec2.VpcEndpoint> = {};
    this.interfaceEndpointServices = interfaceEndpointsFor(
      this.scope,
      args.additionalInterfaceEndpoints ?? [],
    );
    for (const service of this.interfaceEndpointServices) {
      endpoints[service] = new aws.ec2.VpcEndpoint(
        `${name}-${endpointLogicalSuffix(service)}`,
        {
          vpcId,
          serviceName: serviceName(service),
          vpcEndpointType: "Interface",
          privateDnsEnabled: true,
          subnetIds: privateSubnetIds,
          securityGroupIds: [this.endpointSecurityGroup.id],
          policy: policyFor(service),
          tags: tagged(`${name}-${endpointLogicalSuffix(service)}`),
        },
        parent,
      );
    }
    if (privateRouteTableIds !== undefined) {
      for (const service of GATEWAY_ENDPOINTS) {
        endpoints[service] = new aws.ec2.VpcEndpoint(
          `${name}-${service}`,
          {
            vpcId,
            serviceName: serviceName(service),
            vpcEndpointType: "Gateway",
            routeTableIds: privateRouteTableIds,
            policy: policyFor(service),
            tags: tagged(`${name}-${service}`),
          },
          parent,
        );
      }
    }
    this.endpoints = endpoints;

    if (args.flowLogs !== false) {
      this.flowLogGroup = new EncryptedLogGroup(
        `${name}-flow-logs`,
        { dataClass: "audit-logs", retentionInDays: args.flowLogRetentionInDays, ...labels },
        parent,
      );
      const role = new AiWorkloadRole(
        `${name}-flow-logs`,
        {
          trustedService: FLOW_LOGS_SERVICE,
          sourceArn: pulumi.interpolate`arn:${partition.partition}:ec2:${region.region}:${identity.accountId}:vpc-flow-log/*`,
          writeLogGroups: [this.flowLogGroup.logGroupName],
          description: `scopeguard: flow logs of ${name} write to their log group`,
          ...labels,
        },
        parent,
      );
      new aws.ec2.FlowLog(
        name,
        {
          vpcId,
          trafficType: "ALL",
          logDestinationType: "cloud-watch-logs",
          logDestination: this.flowLogGroup.logGroupArn,
          iamRoleArn: role.roleArn,
          // One-minute aggregation: exfiltration shows up in minutes, not ten.
          maxAggregationInterval: 60,
          tags: tagged(name),
        },
        { parent: this, dependsOn: [role] },
      );
    }

    this.registerOutputs({
      vpcId: this.vpcId,
      privateSubnetIds: this.privateSubnetIds,
      publicSubnetIds: this.publicSubnetIds,
      endpointSecurityGroupId: this.endpointSecurityGroup.id,
    });
  }
}
