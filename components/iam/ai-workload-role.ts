import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import { aiTags, argumentErrorMessage } from "../common";
import type { AiWorkloadRoleArgs } from "./ai-workload-role-args";
import { aiWorkloadRoleArgsError } from "./role-validation";
import {
  buildTrustPolicy,
  buildWorkloadPolicyDocument,
  hasGrants,
  NO_GRANTS,
  type WorkloadGrants,
} from "./workload-policy";
import { CONTROL_SCOPES } from "../../policypack/vocabulary";

/**
 * Least-privilege access for an AI integration comes with scope 2 (an enterprise app calling AI
 * services), so that is the role's default `ai-scope` label.
 */
export const WORKLOAD_ROLE_DEFAULT_SCOPE: Scope = CONTROL_SCOPES.workloadRoles;

/**
 * An IAM role for an AI workload: trusted by one service for this account only, with one inline
 * policy per kind of grant (models, buckets, keys, logs), each on named resources only. Grants go
 * in separate policies so that one whose resources are unknown during preview (the ARN of a new
 * key) does not hide the others from the policy pack.
 */
export class AiWorkloadRole extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:iam:AiWorkloadRole";

  /** The role. */
  public readonly role: aws.iam.Role;
  /** The inline policies, by kind of grant (`models`, `buckets`, `keys`, `logs`); only non-empty kinds exist. */
  public readonly policies: Readonly<Record<string, aws.iam.RolePolicy>>;
  /** The role's ARN. */
  public readonly roleArn: pulumi.Output<string>;
  /** The role's name (autonamed, known during preview). */
  public readonly roleName: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the role name.
   * @param args See {@link AiWorkloadRoleArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: AiWorkloadRoleArgs, opts?: pulumi.ComponentResourceOptions) {
    super(AiWorkloadRole.typeToken, name, {}, opts);

    const problem = aiWorkloadRoleArgsError(args ?? ({} as AiWorkloadRoleArgs));
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("AiWorkloadRole", name, problem), this);
    }

    const parent = { parent: this };
    const tags = aiTags({ ...args, scope: args.scope ?? WORKLOAD_ROLE_DEFAULT_SCOPE });
    const partition = aws.getPartitionOutput({}, parent);
    const identity = aws.getCallerIdentityOutput({}, parent);
    const region = aws.getRegionOutput({}, parent);

    const trust = pulumi
      .all([args.trustedService, identity.accountId, args.sourceArn])
      .apply(([service, accountId, sourceArn]) =>
        JSON.stringify(buildTrustPolicy({ service, accountId, sourceArn })),
      );
    this.role = new aws.iam.Role(
      name,
      {
        description:
          args.description ?? pulumi.interpolate`scopeguard workload role ${name} for ${args.trustedService}`,
        assumeRolePolicy: trust,
        permissionsBoundary: args.permissionsBoundaryArn,
        // One hour: the shortest session any of the trusting services needs.
        maxSessionDuration: 3600,
        tags,
      },
      parent,
    );
    const roleName = this.role.name;

    const kinds: Record<string, Partial<Record<keyof WorkloadGrants, pulumi.Input<string>[]>>> = {
      models: { invokeModels: args.invokeModels },
      buckets: { readBuckets: args.readBuckets, writeBuckets: args.writeBuckets },
      keys: { useKeys: args.useKeys },
      logs: { writeLogGroups: args.writeLogGroups },
    };
    const policies: Record<string, aws.iam.RolePolicy> = {};
    for (const [kind, lists] of Object.entries(kinds)) {
      if (!Object.values(lists).some((l) => l !== undefined && l.length > 0)) continue;
      const grants = pulumi.output(
        Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, pulumi.output(v ?? [])])),
      ) as pulumi.Output<Partial<Record<keyof WorkloadGrants, string[]>>>;
      const policy = pulumi
        .all([partition.partition, region.region, identity.accountId, grants])
        .apply(([p, r, accountId, g]) => {
          const all: WorkloadGrants = { ...NO_GRANTS, ...g };
          return hasGrants(all)
            ? JSON.stringify(buildWorkloadPolicyDocument({ partition: p, region: r, accountId, ...all }))
            : "";
        });
      policies[kind] = new aws.iam.RolePolicy(`${name}-${kind}`, { role: roleName, policy }, parent);
    }
    this.policies = policies;

    this.roleArn = this.role.arn;
    this.roleName = roleName;
    this.registerOutputs({ roleArn: this.roleArn, roleName: this.roleName });
  }
}
