import type { PolicyDefinition } from "../../framework/types";
import { s3BucketEncryptedWithCmk } from "./bucket-encrypted-with-cmk";
import { s3BucketObjectLockForModelArtifacts } from "./bucket-object-lock-for-model-artifacts";
import { s3BucketPublicAccessBlocked } from "./bucket-public-access-blocked";
import { s3BucketTlsOnly } from "./bucket-tls-only";
import { s3BucketVersioningForModelData } from "./bucket-versioning-for-model-data";

/** S3 policies: each bucket checked together with its separate configuration resources. */
export const S3_POLICIES: readonly PolicyDefinition[] = [
  s3BucketEncryptedWithCmk,
  s3BucketPublicAccessBlocked,
  s3BucketTlsOnly,
  s3BucketVersioningForModelData,
  s3BucketObjectLockForModelArtifacts,
];
