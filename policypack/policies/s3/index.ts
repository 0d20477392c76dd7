import type { PolicyDefinition } from "../../framework/types";
import { s3BucketEncryptedWithCmk } from "./s3-bucket-encrypted-with-cmk";
import { s3BucketObjectLockForModelArtifacts } from "./s3-bucket-object-lock-for-model-artifacts";
import { s3BucketPublicAccessBlocked } from "./s3-bucket-public-access-blocked";
import { s3BucketTlsOnly } from "./s3-bucket-tls-only";
import { s3BucketVersioningForModelData } from "./s3-bucket-versioning-for-model-data";

/** S3 policies: each bucket checked together with its separate configuration resources. */
export const S3_POLICIES: readonly PolicyDefinition[] = [
  s3BucketEncryptedWithCmk,
  s3BucketPublicAccessBlocked,
  s3BucketTlsOnly,
  s3BucketVersioningForModelData,
  s3BucketObjectLockForModelArtifacts,
];
