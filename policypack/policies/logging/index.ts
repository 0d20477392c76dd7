import type { PolicyDefinition } from "../../framework/types";
import { cloudwatchAuditLogRetentionMinimum } from "./cloudwatch-audit-log-retention-minimum";
import { s3BucketAccessLoggingForModelData } from "./s3-bucket-access-logging-for-model-data";
import { cloudwatchLogGroupEncryptedWithCmk } from "./cloudwatch-log-group-encrypted-with-cmk";
import { cloudwatchLogGroupRetentionSet } from "./cloudwatch-log-group-retention-set";
import { cloudwatchPromptLogRetentionBounded } from "./cloudwatch-prompt-log-retention-bounded";
import { cloudtrailDataEventsForModelData } from "./cloudtrail-data-events-for-model-data";
import { cloudtrailTrailEncryptedWithCmk } from "./cloudtrail-trail-encrypted-with-cmk";
import { cloudtrailTrailExistsForAiStack } from "./cloudtrail-trail-exists-for-ai-stack";
import { cloudtrailTrailLogFileValidation } from "./cloudtrail-trail-log-file-validation";
import { cloudtrailTrailMultiRegion } from "./cloudtrail-trail-multi-region";

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
