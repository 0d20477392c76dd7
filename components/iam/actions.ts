/**
 * The actions each AiWorkloadRole grant gives, as named constants (like aws-cdk's s3 `perms.ts`):
 * reviewers and tests see exactly what a role can do, and no list holds a wildcard.
 */

/** Invoke a named model, streaming or not. The Converse APIs are authorised by these two actions. */
export const BEDROCK_INVOKE_ACTIONS: readonly string[] = [
  "bedrock:InvokeModel",
  "bedrock:InvokeModelWithResponseStream",
];

/** Read objects (and their versions) of a named bucket. */
export const S3_READ_OBJECT_ACTIONS: readonly string[] = ["s3:GetObject", "s3:GetObjectVersion"];

/**
 * Write objects of a named bucket. No delete: AI data (training sets, artifacts, logs) is replaced
 * by new versions, and deleting it is an administrative act outside a workload's role.
 */
export const S3_WRITE_OBJECT_ACTIONS: readonly string[] = [
  "s3:PutObject",
  "s3:AbortMultipartUpload",
  "s3:ListMultipartUploadParts",
];

/** Bucket-level actions a reader or writer needs: listing keys and finding the bucket's region. */
export const S3_BUCKET_ACTIONS: readonly string[] = ["s3:ListBucket", "s3:GetBucketLocation"];

/** Use of a named symmetric KMS key for data: encrypt, decrypt, data keys; never administration. */
export const KMS_USE_ACTIONS: readonly string[] = [
  "kms:Decrypt",
  "kms:GenerateDataKey",
  "kms:Encrypt",
  "kms:DescribeKey",
];

/** Write to a named CloudWatch Logs log group (what flow logs, CloudTrail and Lambda need). */
export const LOG_WRITE_ACTIONS: readonly string[] = [
  "logs:CreateLogStream",
  "logs:PutLogEvents",
  "logs:DescribeLogStreams",
];

/** Every action any grant can give; a test asserts none contains a wildcard. */
export const ALL_GRANT_ACTIONS: readonly string[] = [
  ...BEDROCK_INVOKE_ACTIONS,
  ...S3_READ_OBJECT_ACTIONS,
  ...S3_WRITE_OBJECT_ACTIONS,
  ...S3_BUCKET_ACTIONS,
  ...KMS_USE_ACTIONS,
  ...LOG_WRITE_ACTIONS,
];
