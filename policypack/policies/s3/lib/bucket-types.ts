import type { LinkSpec } from "../../../framework/correlate";

/**
 * S3 type tokens. @pulumi/aws 7 renamed `BucketV2` to `Bucket` and the `…V2` configuration
 * resources to plain names; stacks still carry both, so the checks accept both.
 */
export const BUCKET_TYPES = ["aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"] as const;

/** The link from a bucket to one kind of its configuration resources. */
export function bucketLink(...configTypes: string[]): LinkSpec {
  return { targetTypes: BUCKET_TYPES, targetKeys: ["bucket", "id"], configTypes, configProperty: "bucket" };
}

export const ENCRYPTION_CONFIG_TYPES = [
  "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
  "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
];
export const PUBLIC_ACCESS_BLOCK_TYPE = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock";
export const ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock";
export const BUCKET_POLICY_TYPE = "aws:s3/bucketPolicy:BucketPolicy";
export const VERSIONING_TYPES = [
  "aws:s3/bucketVersioning:BucketVersioning",
  "aws:s3/bucketVersioningV2:BucketVersioningV2",
];
export const OBJECT_LOCK_TYPES = [
  "aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration",
  "aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2",
];
