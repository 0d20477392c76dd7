import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AiWorkloadRole } from "../iam";
import { AiNetwork } from "../network";
import type { Baseline } from "./build-baseline";
import { DEFAULT_WORKLOAD_SERVICE, networkEndpoints } from "./platform-defaults";
import type { PlatformContext } from "./platform-context";
import { buildSecretReadPolicy } from "./role-grants";

/** What scope 2 adds. */
export interface WorkloadNetwork {
  readonly workloadRole: AiWorkloadRole;
  readonly network: AiNetwork;
}

/**
 * Scope 2: the integration's least-privilege role (which reads the provider keys and writes the
 * prompt logs) and a network without internet egress.
 */
export function buildWorkloadNetwork(ctx: PlatformContext, baseline: Baseline): WorkloadNetwork {
  const { name, args, scope, n, parent, labels } = ctx;
  const workloadRole = new AiWorkloadRole(
    n.workload,
    {
      ...labels,
      trustedService: args.workloadService ?? DEFAULT_WORKLOAD_SERVICE,
      description: `scopeguard: the workload of the AI platform ${name}`,
      writeLogGroups: [baseline.promptLogs.logGroupName],
      invokeModels: ctx.builds("model-invoke-permissions") ? args.models : undefined,
    },
    parent,
  );
  const secretNames = Object.values(baseline.providerSecrets).map((s) => s.secretName);
  if (secretNames.length > 0) {
    new aws.iam.RolePolicy(
      n.workloadSecrets,
      {
        role: workloadRole.roleName,
        policy: pulumi
          .all([ctx.grants, pulumi.all(secretNames)])
          .apply(([c, names]) => JSON.stringify(buildSecretReadPolicy(c, names))),
      },
      parent,
    );
  }
  const existing = args.existingVpc;
  const network = new AiNetwork(
    n.network,
    {
      ...labels,
      ...(existing === undefined
        ? {
            cidrBlock: args.cidrBlock,
            availabilityZoneCount: args.availabilityZoneCount,
            internetEgress: args.internetEgress,
          }
        : {
            vpcId: existing.vpcId,
            privateSubnetIds: existing.privateSubnetIds,
            privateRouteTableIds: existing.privateRouteTableIds,
            vpcCidrBlock: existing.vpcCidrBlock,
          }),
      additionalInterfaceEndpoints: networkEndpoints(scope, args.additionalInterfaceEndpoints),
    },
    parent,
  );
  return { workloadRole, network };
}
