/** Logging type tokens as @pulumi/aws 7 registers them. */
export const TRAIL_TYPE = "aws:cloudtrail/trail:Trail";
export const EVENT_DATA_STORE_TYPE = "aws:cloudtrail/eventDataStore:EventDataStore";
export const LOG_GROUP_TYPE = "aws:cloudwatch/logGroup:LogGroup";
export const BUCKET_LOGGING_TYPES = [
  "aws:s3/bucketLogging:BucketLogging",
  "aws:s3/bucketLoggingV2:BucketLoggingV2",
];
