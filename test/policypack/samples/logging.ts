import { AwsType, PulumiType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, withOddProps, type DomainSamples } from "./sample";
import { KEY_ARN, UNKNOWN } from "./values";

const TRAIL = AwsType.cloudtrail.Trail;
const LOG_GROUP = AwsType.cloudwatch.LogGroup;
const root = r(PulumiType.Stack, "proj-dev", {});
const guardrail = r(AwsType.bedrock.Guardrail, "gr", { name: "gr" });
const dataBucket = (name: string, dataClass: string) =>
  r(AwsType.s3.Bucket, name, {
    bucket: `${name}-1a2b3c4`,
    id: UNKNOWN,
    arn: UNKNOWN,
    tags: { "data-class": dataClass },
  });

/** Props no logging policy may choke on, on top of the shared ones. */
const LOGGING_ODD_PROPS = [
  {
    eventSelectors: "x",
    advancedEventSelectors: [null, 3, { fieldSelectors: "f" }],
    retentionInDays: "30",
    logGroupClass: 4,
  },
  {
    eventSelectors: [{ dataResources: [{ type: "AWS::S3::Object", values: "arn:aws:s3:::b/" }] }, null],
    logging: "l",
    loggings: [7],
  },
  {
    advancedEventSelectors: [{ fieldSelectors: [{ field: "eventCategory", equals: "Data" }, { field: 1 }] }],
    kmsKeyId: 5,
    retentionInDays: -3,
  },
];

/** Samples of the logging policies: trails, log groups and the access logs of data buckets. */
export const LOGGING_SAMPLES: DomainSamples = withOddProps(
  {
    "cloudtrail-trail-multi-region": resourceSample(
      TRAIL,
      { s3BucketName: UNKNOWN },
      { s3BucketName: UNKNOWN, isMultiRegionTrail: true },
      "The trail records only its own region (AWS's default): set isMultiRegionTrail to true.",
    ),
    "cloudtrail-trail-log-file-validation": resourceSample(
      TRAIL,
      { s3BucketName: UNKNOWN },
      { s3BucketName: UNKNOWN, enableLogFileValidation: true },
      "The trail's log files cannot be validated (AWS's default): set enableLogFileValidation to true.",
    ),
    "cloudtrail-trail-encrypted-with-cmk": resourceSample(
      TRAIL,
      { s3BucketName: UNKNOWN },
      { s3BucketName: UNKNOWN, kmsKeyId: KEY_ARN },
      "The trail's log files are encrypted only with SSE-S3: set kmsKeyId to a customer-managed KMS key.",
    ),
    "cloudtrail-trail-exists-for-ai-stack": stackSample({
      failing: [root, guardrail],
      passing: [root, guardrail, r(TRAIL, "t", { arn: UNKNOWN, enableLogging: true })],
      subject: "proj-dev",
      oddResources: [r(AwsType.sqs.Queue, "odd-queue", {})],
      message:
        'The stack holds AI resources ("gr", aws:bedrock/guardrail:Guardrail) but no CloudTrail trail or event data store: add an aws.cloudtrail.Trail (multi-region, log file validation, CMK), or exempt the stack if an organization trail covers the account.',
    }),
    "cloudtrail-data-events-for-model-data": stackSample({
      failing: [dataBucket("models", "model-artifacts")],
      passing: [
        dataBucket("models", "model-artifacts"),
        r(
          TRAIL,
          "trail",
          {
            eventSelectors: [
              { readWriteType: "All", dataResources: [{ type: "AWS::S3::Object", values: [UNKNOWN] }] },
            ],
          },
          { dependsOn: { eventSelectors: ["models"] } },
        ),
      ],
      subject: "models",
      message:
        'Bucket "models" holds model-artifacts but no CloudTrail trail records its object-level (data) events: add to a trail an event selector with readWriteType "All" and a dataResources entry of type AWS::S3::Object for the bucket\'s ARN followed by "/".',
    }),
    "cloudwatch-log-group-encrypted-with-cmk": resourceSample(
      LOG_GROUP,
      { retentionInDays: 30 },
      { retentionInDays: 30, kmsKeyId: KEY_ARN },
      "The log group is encrypted only with the CloudWatch Logs service key: set kmsKeyId to a customer-managed KMS key ARN.",
    ),
    "cloudwatch-log-group-retention-set": resourceSample(
      LOG_GROUP,
      {},
      { retentionInDays: 90 },
      "The log group keeps its events forever (retentionInDays omitted or 0, AWS's default): set retentionInDays to the period you need, for example 90 or 365.",
    ),
    "cloudwatch-prompt-log-retention-bounded": resourceSample(
      LOG_GROUP,
      { tags: { "data-class": "prompt-logs" }, kmsKeyId: UNKNOWN, retentionInDays: 731 },
      { tags: { "data-class": "prompt-logs" }, kmsKeyId: UNKNOWN, retentionInDays: 400 },
      "The prompt-log group's events are kept 731 days: set retentionInDays between 1 and 400.",
    ),
    "cloudwatch-audit-log-retention-minimum": resourceSample(
      LOG_GROUP,
      { tags: { "data-class": "audit-logs" }, retentionInDays: 90 },
      { tags: { "data-class": "audit-logs" }, retentionInDays: 365 },
      "The audit-log group's events are kept 90 days: keep them at least 365 days (retentionInDays 365 or more, STANDARD or INFREQUENT_ACCESS class).",
    ),
    "s3-bucket-access-logging-for-model-data": stackSample({
      failing: [dataBucket("train", "training-data")],
      passing: [
        dataBucket("train", "training-data"),
        r(
          AwsType.s3.BucketLogging,
          "train-logging",
          { bucket: UNKNOWN, targetPrefix: "p/", targetBucket: UNKNOWN },
          { dependsOn: { bucket: ["train"] } },
        ),
      ],
      subject: "train",
      message:
        'Bucket "train" holds training-data but writes no server access logs: add an aws.s3.BucketLogging with targetBucket set to the access-log bucket and a targetPrefix.',
    }),
  },
  LOGGING_ODD_PROPS,
);
