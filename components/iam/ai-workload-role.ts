import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import { aiTags, argumentErrorMessage, type AiTagArgs } from "../common";
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

/** Arguments of {@link AiWorkloadRole}. Only `trustedService` is required: no service is a safe default. */
export interface AiWorkloadRoleArgs extends AiTagArgs {
  /**
   * The AWS service that assumes the role, such as `bedrock.amazonaws.com`,
   * `sagemaker.amazonaws.com` or `lambda.amazonaws.com`. It may assume it only for this account
   * (`aws:SourceAccount`), except the services in NO_SOURCE_CONTEXT_PRINCIPALS (Lambda, EC2, ...),
   * which send no source account: their trust has no condition, as a condition would never match.
   * @default none: required, a role is assumed by exactly one service
   */
  readonly trustedService: pulumi.Input<string>;
  /**
   * Limits the trust to requests the service makes for this resource (ARN, wildcards allowed), as
   * `aws:SourceArn`, e.g. a model-customization job or a flow log.
   * @default no resource limit, only the account limit
   */
  readonly sourceArn?: pulumi.Input<string>;
  /**
   * Bedrock model ids (`anthropic.claude-3-5-sonnet-20240620-v1:0`), inference profile ids
   * (`us.amazon.nova-pro-v1:0`) or their ARNs. The role may invoke exactly these (InvokeModel and
   * InvokeModelWithResponseStream; Converse is authorised by the same actions). A cross-region
   * profile also grants its model in the regions it routes to, only through that profile.
   * @default [] (no model)
   */
  readonly invokeModels?: pulumi.Input<string>[];
  /**
   * Bucket names whose objects the role reads (GetObject, GetObjectVersion) and lists.
   * @default []
   */
  readonly readBuckets?: pulumi.Input<string>[];
  /**
   * Bucket names the role writes objects to (PutObject, multipart) and lists. No delete.
   * @default []
   */
  readonly writeBuckets?: pulumi.Input<string>[];
  /**
   * KMS key ARNs the role encrypts and decrypts with (Decrypt, GenerateDataKey, Encrypt,
   * DescribeKey). The key policy must allow the role too (ScopedKey `users`), or S3 via-service use.
   * @default []
   */
  readonly useKeys?: pulumi.Input<string>[];
  /**
   * CloudWatch Logs group names the role writes to (CreateLogStream, PutLogEvents, DescribeLogStreams).
   * @default []
   */
  readonly writeLogGroups?: pulumi.Input<string>[];
  /**
   * A managed policy ARN that caps the role's permissions whatever is attached later.
   * @default no boundary
   */
  readonly permissionsBoundaryArn?: pulumi.Input<string>;
  /**
   * What the role is for, shown in the IAM console.
   * @default "scopeguard workload role <name> for <service>"
   */
  readonly description?: pulumi.Input<string>;
}

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
