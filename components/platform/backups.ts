import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
  aiTags,
  argumentErrorMessage,
  isIntegerInRange,
  show,
  tagArgsError,
  wildcardPrincipalError,
  type AiTagArgs,
} from "../common";
import { AiWorkloadRole } from "../iam";
import { keyAliasError, ScopedKey } from "../kms";

/**
 * Backups of model data: the training data and artifacts a self-trained model is made from are
 * the costliest thing a scope-5 stack holds, and versioning does not survive a deleted bucket or a
 * compromised account role. AWS Backup keeps copies in a vault under its own key, and charges by the
 * gigabyte stored, so an idle platform costs next to nothing.
 */

/** The service that runs backup jobs with the backup role. */
export const BACKUP_SERVICE = "backup.amazonaws.com";

/** The AWS managed policies AWS Backup documents as what its role needs to back up and restore S3. */
export const S3_BACKUP_MANAGED_POLICIES: readonly string[] = [
  "AWSBackupServiceRolePolicyForS3Backup",
  "AWSBackupServiceRolePolicyForS3Restore",
];

/** Daily at 05:00 UTC, outside most training windows' start. */
export const DEFAULT_BACKUP_SCHEDULE = "cron(0 5 * * ? *)";

/** Five weeks: a poisoned or deleted dataset noticed a month later can still be restored. */
export const DEFAULT_BACKUP_RETENTION_DAYS = 35;

/** The longest retention accepted, in days (ten years). */
export const MAX_BACKUP_RETENTION_DAYS = 3650;

/** Arguments of {@link ModelDataBackups}. */
export interface ModelDataBackupsArgs extends AiTagArgs {
  /**
   * Names of the buckets to back up (versioning must be on, as AiDataBucket has it).
   * @default none: required
   */
  readonly bucketNames: pulumi.Input<string>[];
  /**
   * Days a recovery point is kept.
   * @default 35
   */
  readonly retentionDays?: number;
  /**
   * When backups run, as an AWS Backup cron expression.
   * @default "cron(0 5 * * ? *)" (daily, 05:00 UTC)
   */
  readonly schedule?: string;
  /**
   * Administrators of the vault's key.
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function modelDataBackupsArgsError(name: string, args: ModelDataBackupsArgs): string | undefined {
  return [
    tagArgsError(args),
    Array.isArray(args.bucketNames) && args.bucketNames.length > 0
      ? undefined
      : `bucketNames is empty; name the buckets to back up.`,
    args.retentionDays === undefined || isIntegerInRange(args.retentionDays, 1, MAX_BACKUP_RETENTION_DAYS)
      ? undefined
      : `retentionDays must be a whole number of days from 1 to ${MAX_BACKUP_RETENTION_DAYS} (got ${show(args.retentionDays)}); leave it unset for ${DEFAULT_BACKUP_RETENTION_DAYS}.`,
    args.schedule === undefined || (typeof args.schedule === "string" && /^cron\(.+\)$/.test(args.schedule))
      ? undefined
      : `schedule ${show(args.schedule)} is not an AWS Backup cron expression such as "${DEFAULT_BACKUP_SCHEDULE}".`,
    wildcardPrincipalError("keyAdmins", args.keyAdmins),
    keyAliasError(name, `${name}-key`),
  ].find((m) => m !== undefined);
}

/**
 * An AWS Backup vault encrypted with its own customer-managed key, a daily plan and a selection of
 * the named buckets, backed up by a role that only AWS Backup may assume.
 */
export class ModelDataBackups extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:platform:ModelDataBackups";

  /** The vault's key. */
  public readonly key: ScopedKey;
  /** The vault. */
  public readonly vault: aws.backup.Vault;
  /** The plan. */
  public readonly plan: aws.backup.Plan;
  /** The role AWS Backup uses. */
  public readonly role: AiWorkloadRole;
  /** The vault's name. */
  public readonly vaultName: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the vault, plan, role and key.
   * @param args See {@link ModelDataBackupsArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: ModelDataBackupsArgs, opts?: pulumi.ComponentResourceOptions) {
    super(ModelDataBackups.typeToken, name, {}, opts);

    const problem = modelDataBackupsArgsError(name, args ?? ({} as ModelDataBackupsArgs));
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("ModelDataBackups", name, problem), this);
    }

    const parent = { parent: this };
    const labels = { scope: args.scope, system: args.system, owner: args.owner, tags: args.tags };
    const tags = aiTags(labels);
    const partition = aws.getPartitionOutput({}, parent).partition;

    this.key = new ScopedKey(
      `${name}-key`,
      {
        description: `scopeguard: key of the backup vault ${name}`,
        admins: args.keyAdmins,
        // AWS Backup encrypts recovery points for this account only; restores go through it too.
        accountViaServices: ["backup"],
        ...labels,
      },
      parent,
    );
    this.vault = new aws.backup.Vault(
      name,
      { kmsKeyArn: this.key.keyArn, forceDestroy: false, tags },
      parent,
    );
    this.vaultName = this.vault.name;

    this.role = new AiWorkloadRole(
      `${name}-role`,
      {
        trustedService: BACKUP_SERVICE,
        description: `scopeguard: AWS Backup backs up and restores the model data of ${name}`,
        ...labels,
      },
      parent,
    );
    const attachments = S3_BACKUP_MANAGED_POLICIES.map(
      (policy) =>
        new aws.iam.RolePolicyAttachment(
          `${name}-${policy.replace(/^AWSBackupServiceRolePolicyFor/, "").toLowerCase()}`,
          {
            role: this.role.roleName,
            policyArn: pulumi.interpolate`arn:${partition}:iam::aws:policy/${policy}`,
          },
          parent,
        ),
    );

    this.plan = new aws.backup.Plan(
      name,
      {
        rules: [
          {
            ruleName: "daily",
            targetVaultName: this.vaultName,
            schedule: args.schedule ?? DEFAULT_BACKUP_SCHEDULE,
            lifecycle: { deleteAfter: args.retentionDays ?? DEFAULT_BACKUP_RETENTION_DAYS },
            recoveryPointTags: { "backup-plan": name },
          },
        ],
        tags,
      },
      parent,
    );
    new aws.backup.Selection(
      name,
      {
        planId: this.plan.id,
        iamRoleArn: this.role.roleArn,
        resources: args.bucketNames.map((bucket) => pulumi.interpolate`arn:${partition}:s3:::${bucket}`),
      },
      { parent: this, dependsOn: attachments },
    );

    this.registerOutputs({ vaultName: this.vaultName, planId: this.plan.id });
  }
}
