import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { childOf, setChild, aiTags, argumentErrorMessage } from "../common";
import { ScopedKey } from "../kms";
import { aiDataBucketArgsError, objectLockDaysFor } from "./bucket-validation";
import { buildBucketPolicy, renderBucketStatement, S3_LOG_DELIVERY_SERVICE } from "./bucket-policy";
import { chooseLifecycleRules } from "./lifecycle";
import type { AiDataBucketArgs } from "./ai-data-bucket-args";

/**
 * An S3 bucket for AI data: SSE-KMS with a customer-managed key, public access blocked, ACLs
 * disabled, versioning, a TLS-only and KMS-only bucket policy, and lifecycle rules by data class.
 */
export class AiDataBucket extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:storage:AiDataBucket";

  /** The bucket. */
  public readonly bucket: aws.s3.Bucket;
  /** The key the bucket created, when no `kmsKeyArn` was given. */
  public get key(): ScopedKey | undefined {
    return childOf(this, "key");
  }
  private set key(value: ScopedKey | undefined) {
    setChild(this, "key", value);
  }
  /** The bucket's name (autonamed `<name>-<suffix>`). */
  public readonly bucketName: pulumi.Output<string>;
  /** The bucket's ARN. */
  public readonly bucketArn: pulumi.Output<string>;
  /** The ARN of the key that encrypts the bucket. */
  public readonly keyArn: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the bucket name, so lowercase letters, digits, hyphens.
   * @param args See {@link AiDataBucketArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: AiDataBucketArgs, opts?: pulumi.ComponentResourceOptions) {
    super(AiDataBucket.typeToken, name, {}, opts);

    const problem = aiDataBucketArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("AiDataBucket", name, problem), this);
    }

    const parent = { parent: this };
    const tags = aiTags(args, args.dataClass);
    const partition = aws.getPartitionOutput({}, parent);
    const identity = aws.getCallerIdentityOutput({}, parent);
    const accessLogTarget = args.accessLogTarget === true;

    if (args.kmsKeyArn === undefined) {
      this.key = new ScopedKey(
        `${name}-key`,
        {
          description: `scopeguard: SSE-KMS key of the ${args.dataClass} bucket ${name}`,
          admins: args.keyAdmins,
          users: args.keyUsers,
          // Without named users the key works like aws/s3, but stays a key this account controls.
          accountViaServices: args.keyUsers === undefined ? ["s3"] : [],
          services: accessLogTarget ? [{ service: S3_LOG_DELIVERY_SERVICE }] : [],
          dataClass: args.dataClass,
          scope: args.scope,
          system: args.system,
          owner: args.owner,
          tags: args.tags,
        },
        parent,
      );
    }
    const keyArn = this.key?.keyArn ?? pulumi.output(args.kmsKeyArn as pulumi.Input<string>);

    const lockDays = objectLockDaysFor(args);
    this.bucket = new aws.s3.Bucket(
      name,
      { forceDestroy: args.forceDestroy ?? false, objectLockEnabled: lockDays > 0 ? true : undefined, tags },
      parent,
    );
    // Children reference the autonamed `bucket`, known during preview, not `id` or `arn`, which are not:
    // that keeps every configuration and the policy document checkable before deployment.
    const bucketName = this.bucket.bucket;

    new aws.s3.BucketPublicAccessBlock(
      name,
      {
        bucket: bucketName,
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      },
      parent,
    );
    // ACLs off: only IAM and the bucket policy decide access, and the account owns every object.
    new aws.s3.BucketOwnershipControls(
      name,
      { bucket: bucketName, rule: { objectOwnership: "BucketOwnerEnforced" } },
      parent,
    );
    new aws.s3.BucketServerSideEncryptionConfiguration(
      name,
      {
        bucket: bucketName,
        // Bucket keys cut KMS requests (and cost) by orders of magnitude without weakening the CMK.
        rules: [
          {
            applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: keyArn },
            bucketKeyEnabled: true,
          },
        ],
      },
      parent,
    );
    const versioning =
      args.versioning === false
        ? undefined
        : new aws.s3.BucketVersioning(
            name,
            { bucket: bucketName, versioningConfiguration: { status: "Enabled" } },
            parent,
          );
    if (lockDays > 0) {
      new aws.s3.BucketObjectLockConfiguration(
        name,
        { bucket: bucketName, rule: { defaultRetention: { mode: "GOVERNANCE", days: lockDays } } },
        { parent: this, dependsOn: versioning === undefined ? [] : [versioning] },
      );
    }

    const requireEncryptionHeader = args.requireEncryptionHeader ?? !accessLogTarget;
    const pinnedKey = args.denyOtherKmsKeys === true ? keyArn : undefined;
    const added = pulumi.output(args.additionalBucketPolicyStatements ?? []);
    // One BucketPolicy per bucket (a second would replace the first): added statements go into it.
    new aws.s3.BucketPolicy(
      name,
      {
        bucket: bucketName,
        policy: pulumi
          .all([partition.partition, bucketName, identity.accountId, pinnedKey, added])
          .apply(([p, b, account, key, statements]) =>
            JSON.stringify(
              buildBucketPolicy({
                partition: p,
                bucketName: b,
                requireEncryptionHeader,
                kmsKeyArn: key,
                acceptAccessLogsFromAccount: accessLogTarget ? account : undefined,
                additionalStatements: statements.map((s) => renderBucketStatement(p, b, s)),
              }),
            ),
          ),
      },
      parent,
    );

    if (args.accessLogs !== undefined) {
      new aws.s3.BucketLogging(
        name,
        {
          bucket: bucketName,
          targetBucket: args.accessLogs.targetBucket,
          targetPrefix: args.accessLogs.targetPrefix ?? `${name}/`,
        },
        parent,
      );
    }
    new aws.s3.BucketLifecycleConfiguration(
      name,
      {
        bucket: bucketName,
        rules: chooseLifecycleRules(args.dataClass, args),
      },
      // Noncurrent-version rules only make sense once versioning is on.
      { parent: this, dependsOn: versioning === undefined ? [] : [versioning] },
    );

    this.bucketName = bucketName;
    this.bucketArn = this.bucket.arn;
    this.keyArn = keyArn;
    this.registerOutputs({ bucketName: this.bucketName, bucketArn: this.bucketArn, keyArn: this.keyArn });
  }
}
