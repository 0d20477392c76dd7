import { AwsType } from "../../../vocabulary";
/** Logging type tokens as @pulumi/aws 7 registers them. */
export const TRAIL_TYPE = AwsType.cloudtrail.Trail;
export const EVENT_DATA_STORE_TYPE = AwsType.cloudtrail.EventDataStore;
export const LOG_GROUP_TYPE = AwsType.cloudwatch.LogGroup;
export const BUCKET_LOGGING_TYPES = [AwsType.s3.BucketLogging, AwsType.s3.BucketLoggingV2];
