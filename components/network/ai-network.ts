import type * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import { childOf, setChild, argumentErrorMessage } from "../common";
import type { EncryptedLogGroup } from "../logging/encrypted-log-group";
import { NETWORK_DEFAULT_SCOPE, type AiNetworkArgs } from "./ai-network-args";
import { buildEndpoints } from "./build-endpoints";
import { buildFlowLogs } from "./build-flow-logs";
import { buildVpc } from "./build-vpc";
import type { SubnetPlan } from "./cidr";
import { adoptExistingVpc } from "./existing-vpc";
import { networkContext } from "./network-context";
import { aiNetworkArgsError } from "./network-validation";

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
  public readonly interfaceEndpointServices: string[];
  /** Every endpoint, by service suffix (`bedrock-runtime`, `s3`, ...). */
  public readonly endpoints: Readonly<Record<string, aws.ec2.VpcEndpoint>>;
  /** The flow logs' log group, unless `flowLogs: false`. */
  public get flowLogGroup(): EncryptedLogGroup | undefined {
    return childOf(this, "flowLogGroup");
  }
  private set flowLogGroup(value: EncryptedLogGroup | undefined) {
    setChild(this, "flowLogGroup", value);
  }

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

    this.scope = args.scope ?? NETWORK_DEFAULT_SCOPE;
    const ctx = networkContext(this, name, args, this.scope);

    const layout = args.vpcId === undefined ? buildVpc(ctx) : adoptExistingVpc(ctx, args.vpcId);
    this.vpc = layout.vpc;
    this.subnetPlan = layout.subnetPlan;
    this.vpcId = layout.vpcId;
    this.privateSubnetIds = layout.privateSubnetIds;
    this.publicSubnetIds = layout.publicSubnetIds;
    this.privateRouteTableIds = layout.privateRouteTableIds ?? pulumi.output([]);

    const endpoints = buildEndpoints(ctx, layout);
    this.endpointSecurityGroup = endpoints.securityGroup;
    this.interfaceEndpointServices = endpoints.interfaceServices;
    this.endpoints = endpoints.endpoints;

    if (args.flowLogs !== false) {
      this.flowLogGroup = buildFlowLogs(ctx, layout.vpcId);
    }

    this.registerOutputs({
      vpcId: this.vpcId,
      privateSubnetIds: this.privateSubnetIds,
      publicSubnetIds: this.publicSubnetIds,
      endpointSecurityGroupId: this.endpointSecurityGroup.id,
    });
  }
}
