import type { PolicyDefinition } from "../../framework/types";
import { cloudwatchAuditLogRetentionMinimum } from "./audit-log-retention-minimum";
import { s3BucketAccessLoggingForModelData } from "./bucket-access-logging-for-model-data";
import { cloudwatchLogGroupEncryptedWithCmk } from "./log-group-encrypted-with-cmk";
import { cloudwatchLogGroupRetentionSet } from "./log-group-retention-set";
import { cloudwatchPromptLogRetentionBounded } from "./prompt-log-retention-bounded";
import { cloudtrailDataEventsForModelData } from "./trail-data-events-for-model-data";
import { cloudtrailTrailEncryptedWithCmk } from "./trail-encrypted-with-cmk";
import { cloudtrailTrailExistsForAiStack } from "./trail-exists-for-ai-stack";
import { cloudtrailTrailLogFileValidation } from "./trail-log-file-validation";
import { cloudtrailTrailMultiRegion } from "./trail-multi-region";

/** Logging policies: CloudTrail, CloudWatch log groups, S3 access logs. */
export const LOGGING_POLICIES: readonly PolicyDefinition[] = [
  cloudtrailTrailMultiRegion,
  cloudtrailTrailLogFileValidation,
  cloudtrailTrailEncryptedWithCmk,
  cloudtrailTrailExistsForAiStack,
  cloudtrailDataEventsForModelData,
  cloudwatchLogGroupEncryptedWithCmk,
  cloudwatchLogGroupRetentionSet,
  cloudwatchPromptLogRetentionBounded,
  cloudwatchAuditLogRetentionMinimum,
  s3BucketAccessLoggingForModelData,
];
