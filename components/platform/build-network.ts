import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { AiWorkloadRole } from "../iam";
import { AiNetwork } from "../network";
import type { Baseline } from "./build-baseline";
import { planWorkload } from "./plan-workload";
import type { PlatformContext } from "./platform-context";
import { buildSecretReadPolicy } from "./role-grants";

/** What scope 2 adds. */
export interface WorkloadNetwork {
  readonly workloadRole: AiWorkloadRole;
  readonly network: AiNetwork;
}

/**
 * Scope 2: the integration's least-privilege role (which reads the provider keys and writes the
 * prompt logs) and a network without internet egress (see planWorkload).
 */
export function buildWorkloadNetwork(ctx: PlatformContext, baseline: Baseline): WorkloadNetwork {
  const plan = planWorkload(ctx, { promptLogGroupName: baseline.promptLogs.logGroupName });
  const workloadRole = ctx.create(AiWorkloadRole, plan.workloadRole);
  const secretNames = Object.values(baseline.providerSecrets).map((s) => s.secretName);
  if (secretNames.length > 0) {
    new aws.iam.RolePolicy(
      ctx.n.workloadSecrets,
      {
        role: workloadRole.roleName,
        policy: pulumi
          .all([ctx.grants, pulumi.all(secretNames)])
          .apply(([c, names]) => JSON.stringify(buildSecretReadPolicy(c, names))),
      },
      ctx.parent,
    );
  }
  const network = ctx.create(AiNetwork, plan.network);
  return { workloadRole, network };
}
