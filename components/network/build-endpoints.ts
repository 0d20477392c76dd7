import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { buildEndpointPolicy } from "./endpoint-policy";
import {
  endpointLogicalSuffix,
  endpointServiceName,
  GATEWAY_ENDPOINTS,
  interfaceEndpointsFor,
} from "./endpoints";
import type { NetworkContext } from "./network-context";
import type { NetworkLayout } from "./network-layout";
import { ISOLATED_NETWORK_SCOPE } from "./network-validation";

/** The private endpoints of a network and what they share. */
export interface NetworkEndpoints {
  /** The security group of the interface endpoints (443 from the VPC only). */
  readonly securityGroup: aws.ec2.SecurityGroup;
  /** The interface endpoint services, in creation order. */
  readonly interfaceServices: string[];
  /** Every endpoint, by service suffix (`bedrock-runtime`, `s3`, ...). */
  readonly endpoints: Record<string, aws.ec2.VpcEndpoint>;
}

/**
 * The interface endpoints of the network's scope (plus `additionalInterfaceEndpoints`) in its
 * private subnets, behind one security group, and the S3 gateway endpoint on its private route
 * tables (when it has them); each with a policy that admits only this account.
 */
export function buildEndpoints(ctx: NetworkContext, layout: NetworkLayout): NetworkEndpoints {
  const { name, args, scope, parent, tagged, partition, region, identity } = ctx;
  const { vpcId, vpcCidr, privateSubnetIds, privateRouteTableIds } = layout;
  const securityGroup = new aws.ec2.SecurityGroup(
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
          ecrImagePulls: scope >= ISOLATED_NETWORK_SCOPE,
        }),
      ),
    );
  const serviceName = (service: string) =>
    pulumi
      .all([partition.reverseDnsPrefix, region.region])
      .apply(([prefix, r]) => endpointServiceName(prefix, r, service));

  const endpoints: Record<string, aws.ec2.VpcEndpoint> = {};
  const interfaceServices = interfaceEndpointsFor(scope, args.additionalInterfaceEndpoints ?? []);
  for (const service of interfaceServices) {
    endpoints[service] = new aws.ec2.VpcEndpoint(
      `${name}-${endpointLogicalSuffix(service)}`,
      {
        vpcId,
        serviceName: serviceName(service),
        vpcEndpointType: "Interface",
        privateDnsEnabled: true,
        subnetIds: privateSubnetIds,
        securityGroupIds: [securityGroup.id],
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
  return { securityGroup, interfaceServices, endpoints };
}
