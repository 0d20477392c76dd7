import type * as pulumi from "@pulumi/pulumi";
import type { AiWorkloadRoleArgs } from "../iam";
import type { AiNetworkArgs } from "../network";
import type { ChildPlan, PlanInput } from "./child-plan";
import { DEFAULT_WORKLOAD_SERVICE, networkEndpoints } from "./platform-defaults";
import { scopeBuilds } from "./scope-plan";

/** What the scope 2 children take from the scope 1 children. */
export interface WorkloadWiring {
  /** The prompt log group's name: the workload writes the prompts and responses there. */
  readonly promptLogGroupName: pulumi.Input<string>;
}

/** The children scope 2 adds. */
export interface WorkloadPlan {
  readonly workloadRole: ChildPlan<AiWorkloadRoleArgs>;
  readonly network: ChildPlan<AiNetworkArgs>;
}

/**
 * Scope 2: the integration's least-privilege role (which writes the prompt logs and, from scope
 * 3, invokes the named models) and a network without internet egress, created or an existing VPC.
 */
export function planWorkload(p: PlanInput, w: WorkloadWiring): WorkloadPlan {
  const { name, args, scope, n, labels } = p;
  const existing = args.existingVpc;
  return {
    workloadRole: {
      name: n.workload,
      args: {
        ...labels,
        trustedService: args.workloadService ?? DEFAULT_WORKLOAD_SERVICE,
        description: `scopeguard: the workload of the AI platform ${name}`,
        writeLogGroups: [w.promptLogGroupName],
        invokeModels: scopeBuilds(scope, "model-invoke-permissions") ? args.models : undefined,
      },
    },
    network: {
      name: n.network,
      args: {
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
    },
  };
}
