import type { LinkSpec } from "../../../framework/correlate";
import { AwsType } from "../../../vocabulary";

/**
 * S3 type tokens. @pulumi/aws 7 renamed `BucketV2` to `Bucket` and the `…V2` configuration
 * resources to plain names; stacks still carry both, so the checks accept both.
 */
export const BUCKET_TYPES = [AwsType.s3.Bucket, AwsType.s3.BucketV2] as const;

/** The link from a bucket to one kind of its configuration resources. */
export function bucketLink(...configTypes: string[]): LinkSpec {
  return { targetTypes: BUCKET_TYPES, targetKeys: ["bucket", "id"], configTypes, configProperty: "bucket" };
}

export const ENCRYPTION_CONFIG_TYPES = [
  AwsType.s3.BucketServerSideEncryptionConfiguration,
  AwsType.s3.BucketServerSideEncryptionConfigurationV2,
];
export const PUBLIC_ACCESS_BLOCK_TYPE = AwsType.s3.BucketPublicAccessBlock;
export const ACCOUNT_PUBLIC_ACCESS_BLOCK_TYPE = AwsType.s3.AccountPublicAccessBlock;
export const BUCKET_POLICY_TYPE = AwsType.s3.BucketPolicy;
export const VERSIONING_TYPES = [AwsType.s3.BucketVersioning, AwsType.s3.BucketVersioningV2];
export const OBJECT_LOCK_TYPES = [
  AwsType.s3.BucketObjectLockConfiguration,
  AwsType.s3.BucketObjectLockConfigurationV2,
];
