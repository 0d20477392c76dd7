import type * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import type { AiTagArgs } from "../common";
import { CONTROL_SCOPES } from "../../policypack/vocabulary";

/**
 * How many NAT gateways carry the private subnets' internet egress; an object so the component
 * provider's schema publishes the choices as an enum for other languages.
 */
export const NatGateways = {
  /** One per Availability Zone: egress survives the loss of a zone. */
  OnePerAz: "one-per-az",
  /** One for the whole VPC: cheaper, but egress depends on one zone. */
  Single: "single",
} as const;

/** How many NAT gateways carry the private subnets' internet egress. */
export type NatGateways = (typeof NatGateways)[keyof typeof NatGateways];

/**
 * A network is first provisioned for its private endpoints to the model APIs, which come with
 * scope 3 (building on a foundation model); that is the default scope, and it decides the endpoints.
 */
export const NETWORK_DEFAULT_SCOPE: Scope = CONTROL_SCOPES.privateModelEndpoints;

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
  readonly natGateways?: NatGateways;
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
