import type * as pulumi from "@pulumi/pulumi";
import type { DataClass } from "../../policypack/vocabulary";
import type { AiTagArgs, ResourcePolicyStatementArgs } from "../common";
import type { RetentionArgs } from "./lifecycle";

/** Where the bucket's S3 server access logs go. */
export interface AccessLogsArgs {
  /**
   * Name of the bucket that receives the logs (an AiDataBucket with `accessLogTarget: true`).
   * @default none: required
   */
  readonly targetBucket: pulumi.Input<string>;
  /**
   * Key prefix of the log objects.
   * @default "<component name>/"
   */
  readonly targetPrefix?: pulumi.Input<string>;
}

/** A statement added to an AiDataBucket's policy: on the bucket itself, or on some of its objects. */
export interface BucketPolicyStatementArgs extends ResourcePolicyStatementArgs {
  /**
   * Object keys the statement covers, relative to the bucket, `*` allowed (`AWSLogs/123456789012/*`);
   * each is written as `arn:<partition>:s3:::<bucket>/<key>`. A bucket policy covers only its own
   * bucket, and the bucket's name is chosen when it is created, so the bucket writes the ARNs.
   * @default [] (the statement covers the bucket itself, `arn:<partition>:s3:::<bucket>`)
   */
  readonly objectKeys?: pulumi.Input<pulumi.Input<string>[]>;
}

/** Arguments of {@link AiDataBucket}. Only `dataClass` is required; the rest default to the secure choice. */
export interface AiDataBucketArgs extends AiTagArgs, RetentionArgs {
  /**
   * What the bucket holds; decides versioning, object lock and lifecycle. One of DATA_CLASSES.
   * @default none: required, the class decides versioning, object lock and lifecycle
   */
  readonly dataClass: DataClass;
  /**
   * ARN of an existing customer-managed key for SSE-KMS. Its policy must let the bucket's users
   * (and, for an access-log target, `logging.s3.amazonaws.com`) use it.
   * @default a new {@link ScopedKey} named `<name>-key`
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the bucket creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Principals that may use the created key. When set, only they can read or write objects (two
   * locks: S3 and KMS). When unset, any principal of the account may use the key through S3 only,
   * as with an AWS-managed key, and access is decided by IAM and the bucket policy.
   * @default unset (use through S3 by principals of this account)
   */
  readonly keyUsers?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Relaxation, only for data classes outside VERSIONED_DATA_CLASSES: `false` leaves versioning off.
   * @default true
   */
  readonly versioning?: boolean;
  /**
   * Deny any PutObject that does not ask for SSE-KMS in its header. `false` (a relaxation) denies
   * only a header asking for other encryption; the bucket's default SSE-KMS covers the rest.
   * @default true, and false for an access-log target
   */
  readonly requireEncryptionHeader?: boolean;
  /**
   * Also deny a PutObject that names another KMS key. Off by default because the policy then
   * contains the key ARN, which is unknown during the preview of a new key, and an unknown policy
   * cannot be checked by the policy pack before deployment; the default encryption already pins the key.
   * @default false
   */
  readonly denyOtherKmsKeys?: boolean;
  /**
   * Send S3 server access logs to another bucket.
   * @default no access logging
   */
  readonly accessLogs?: AccessLogsArgs;
  /**
   * Make this bucket a target for S3 server access logs of this account (dataClass `audit-logs`).
   * @default false
   */
  readonly accessLogTarget?: boolean;
  /**
   * Object-lock default retention (governance mode) in days; 0 turns object lock off, which model
   * artifacts do not allow from scope 4.
   * @default 30 for model-artifacts, 0 for the other classes
   */
  readonly objectLockDays?: number;
  /**
   * Relaxation: let `pulumi destroy` delete a bucket that still holds objects.
   * @default false, so AI data is deleted only on purpose
   */
  readonly forceDestroy?: boolean;
  /**
   * Statements appended to the bucket policy after the bucket's own (deny insecure transport, deny
   * uploads not encrypted with KMS ...), which they cannot replace or precede: grants a service
   * needs to deliver into the bucket, such as CloudTrail's. Each needs its own sid (not one of
   * BUCKET_POLICY_SIDS), `s3:` actions and a principal; an Allow to any principal (`*`) needs a
   * condition, and the bucket's public access block refuses a public policy in any case.
   * @default [] (the bucket's own statements only)
   */
  readonly additionalBucketPolicyStatements?: BucketPolicyStatementArgs[];
}
