import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import {
  childOf,
  setChild,
  aiTags,
  argumentErrorMessage,
  show,
  tagArgsError,
  wildcardPrincipalError,
  type AiTagArgs,
} from "../common";
import { AiWorkloadRole } from "../iam";
import { keyAliasError, ScopedKey } from "../kms";
import { AiDataBucket, bucketNameError, retentionError } from "../storage";
import { EncryptedLogGroup } from "./encrypted-log-group";
import { logRetentionError } from "./retention";
import {
  buildEventSelectors,
  CLOUDTRAIL_SERVICE,
  isTrailName,
  trailArnFor,
  trailBucketStatements,
} from "./trail-policy";
import { CONTROL_SCOPES } from "../../policypack/vocabulary";

/** The scope from which S3 object-level events of AI data are recorded: training data and artifacts come at 4. */
export const DATA_EVENTS_MIN_SCOPE = CONTROL_SCOPES.dataEvents;

/** S3 bucket names, as given in `dataEventBuckets`. */
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** Arguments of {@link AuditTrail}. Every field is optional. */
export interface AuditTrailArgs extends AiTagArgs {
  /**
   * The trail's name. It is fixed, not autonamed, because the bucket and key policies must name the
   * trail (`aws:SourceArn`) before the trail exists. Unique per account and region.
   * @default the component's name
   */
  readonly trailName?: string;
  /**
   * Days log files are kept in the audit bucket (archived to Glacier Instant Retrieval after 90).
   * @default 2555 (seven years), see RETENTION.auditLogs in components/storage
   */
  readonly retentionDays?: number;
  /**
   * Also deliver events to an encrypted CloudWatch Logs group, where metric filters and alarms can
   * watch them. `false` is a relaxation: the trail is then only searchable in S3.
   * @default true
   */
  readonly cloudWatchLogs?: boolean;
  /**
   * Retention of the CloudWatch Logs copy; at least MIN_AUDIT_LOG_RETENTION_DAYS.
   * @default 365
   */
  readonly cloudWatchLogsRetentionInDays?: number;
  /**
   * Names of AI data buckets whose S3 object-level events (reads and writes of training data,
   * artifacts, knowledge bases) the trail records. At scope 4 and above, leaving it empty records
   * them for every bucket but the trail's own; below scope 4, only for the buckets named here.
   * @default []
   */
  readonly dataEventBuckets?: pulumi.Input<string>[];
  /**
   * Administrators of the trail's key.
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function auditTrailArgsError(name: string, args: AuditTrailArgs): string | undefined {
  const trailName = args.trailName ?? name;
  const badBucket = (args.dataEventBuckets ?? []).find(
    (b) => typeof b === "string" && (b.includes("*") || !BUCKET_NAME.test(b)),
  );
  return [
    tagArgsError(args),
    isTrailName(trailName)
      ? undefined
      : `trailName ${show(trailName)} is not a CloudTrail trail name (3 to 128 letters, digits, ".", "_" or "-", starting and ending with a letter or digit); set trailName.`,
    bucketNameError(`${name}-logs`),
    keyAliasError(name, `${name}-key`),
    args.cloudWatchLogs === false ? undefined : keyAliasError(name, `${name}-events-key`),
    retentionError("audit-logs", { retentionDays: args.retentionDays }),
    args.cloudWatchLogs === false && args.cloudWatchLogsRetentionInDays !== undefined
      ? `cloudWatchLogsRetentionInDays is set but cloudWatchLogs is false; remove one of them.`
      : logRetentionError("audit-logs", args.cloudWatchLogsRetentionInDays, "cloudWatchLogsRetentionInDays"),
    badBucket === undefined
      ? undefined
      : `dataEventBuckets contains ${show(badBucket)}; name each bucket (3 to 63 lowercase letters, digits, dots and hyphens), without wildcards.`,
    wildcardPrincipalError("keyAdmins", args.keyAdmins),
  ].find((m) => m !== undefined);
}

/**
 * A multi-region CloudTrail trail with log-file validation, encrypted with its own key, delivering
 * to an audit-logs AiDataBucket whose policy admits only this trail, optionally to an encrypted
 * CloudWatch Logs group, and recording S3 object-level events of AI data at scope 4 and above.
 */
export class AuditTrail extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:logging:AuditTrail";

  /** The trail. */
  public readonly trail: aws.cloudtrail.Trail;
  /** The key that encrypts log files and the bucket. */
  public get key(): ScopedKey {
    return childOf(this, "key");
  }
  private set key(value: ScopedKey) {
    setChild(this, "key", value);
  }
  /** The audit bucket. */
  public get bucket(): AiDataBucket {
    return childOf(this, "bucket");
  }
  private set bucket(value: AiDataBucket) {
    setChild(this, "bucket", value);
  }
  /** The CloudWatch Logs copy, unless `cloudWatchLogs: false`. */
  public get logGroup(): EncryptedLogGroup | undefined {
    return childOf(this, "logGroup");
  }
  private set logGroup(value: EncryptedLogGroup | undefined) {
    setChild(this, "logGroup", value);
  }
  /** The role CloudTrail uses to write to the log group. */
  public get logRole(): AiWorkloadRole | undefined {
    return childOf(this, "logRole");
  }
  private set logRole(value: AiWorkloadRole | undefined) {
    setChild(this, "logRole", value);
  }
  /** The trail's ARN, built from its name (known during preview). */
  public readonly trailArn: pulumi.Output<string>;
  /** The audit bucket's name. */
  public readonly bucketName: pulumi.Output<string>;

  /**
   * @param name The component's name: the default trail name, and the prefix of the bucket (`<name>-logs`).
   * @param args See {@link AuditTrailArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: AuditTrailArgs = {}, opts?: pulumi.ComponentResourceOptions) {
    super(AuditTrail.typeToken, name, {}, opts);

    const problem = auditTrailArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("AuditTrail", name, problem), this);
    }

    const parent = { parent: this };
    const labels = { scope: args.scope, system: args.system, owner: args.owner, tags: args.tags };
    const partition = aws.getPartitionOutput({}, parent);
    const region = aws.getRegionOutput({}, parent);
    const identity = aws.getCallerIdentityOutput({}, parent);
    const trailName = args.trailName ?? name;
    this.trailArn = pulumi
      .all([partition.partition, region.region, identity.accountId])
      .apply(([p, r, accountId]) => trailArnFor({ partition: p, region: r, accountId, trailName }));

    this.key = new ScopedKey(
      `${name}-key`,
      {
        description: `scopeguard: key of the CloudTrail trail ${trailName} and its bucket`,
        admins: args.keyAdmins,
        // CloudTrail encrypts for this trail only; readers of the account decrypt through S3 only.
        services: [{ service: CLOUDTRAIL_SERVICE, sourceArn: this.trailArn }],
        accountViaServices: [pulumi.interpolate`s3.${region.region}.${partition.dnsSuffix}`],
        dataClass: "audit-logs",
        ...labels,
      },
      parent,
    );

    this.bucket = new AiDataBucket(
      `${name}-logs`,
      {
        dataClass: "audit-logs",
        kmsKeyArn: this.key.keyArn,
        retentionDays: args.retentionDays,
        // Relaxation, on purpose: CloudTrail does not document that its PutObject carries the SSE
        // header. The bucket's default encryption still applies the trail's key to every log file,
        // and the policy still denies a request that asks for any other encryption.
        requireEncryptionHeader: false,
        // CloudTrail's two grants, after the bucket's own statements in its one policy.
        additionalBucketPolicyStatements: trailBucketStatements({
          accountId: identity.accountId,
          trailArn: this.trailArn,
        }),
        ...labels,
      },
      parent,
    );
    this.bucketName = this.bucket.bucketName;

    let cloudWatch: {
      cloudWatchLogsGroupArn?: pulumi.Input<string>;
      cloudWatchLogsRoleArn?: pulumi.Input<string>;
    } = {};
    const dependsOn: pulumi.Resource[] = [this.bucket];
    if (args.cloudWatchLogs !== false) {
      this.logGroup = new EncryptedLogGroup(
        `${name}-events`,
        { dataClass: "audit-logs", retentionInDays: args.cloudWatchLogsRetentionInDays, ...labels },
        parent,
      );
      this.logRole = new AiWorkloadRole(
        `${name}-events`,
        {
          trustedService: CLOUDTRAIL_SERVICE,
          sourceArn: this.trailArn,
          writeLogGroups: [this.logGroup.logGroupName],
          description: `scopeguard: CloudTrail ${trailName} writes to its log group`,
          ...labels,
        },
        parent,
      );
      dependsOn.push(this.logRole);
      cloudWatch = {
        cloudWatchLogsGroupArn: pulumi.interpolate`${this.logGroup.logGroupArn}:*`,
        cloudWatchLogsRoleArn: this.logRole.roleArn,
      };
    }

    const scope = args.scope ?? 1;
    const selectors = pulumi
      .all([partition.partition, pulumi.output(args.dataEventBuckets ?? []), this.bucketName])
      .apply(([p, buckets, own]) =>
        buildEventSelectors({
          partition: p,
          dataEventBuckets: buckets,
          allBucketsExcept: scope >= DATA_EVENTS_MIN_SCOPE ? own : undefined,
        }),
      );

    this.trail = new aws.cloudtrail.Trail(
      name,
      {
        name: trailName,
        s3BucketName: this.bucketName,
        isMultiRegionTrail: true,
        includeGlobalServiceEvents: true,
        enableLogFileValidation: true,
        enableLogging: true,
        kmsKeyId: this.key.keyArn,
        advancedEventSelectors: selectors,
        ...cloudWatch,
        tags: aiTags(args, "audit-logs"),
      },
      // CloudTrail checks the bucket policy and the role when the trail is created.
      { parent: this, dependsOn },
    );
    this.registerOutputs({ trailArn: this.trailArn, bucketName: this.bucketName });
  }
}
