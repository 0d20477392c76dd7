import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

// Each numbered resource breaks one scopeguard logging control and is otherwise compliant, so the
// expected violations (README.md) map one to one onto resources. The stack declares scope 4, where
// training data and model artifacts need access logs and data events in a trail.

const key = new aws.kms.Key("logs-key", {
  description: "log and bucket encryption",
  enableKeyRotation: true,
});
const partition = aws.getPartitionOutput();

/** A bucket with encryption, public access block, TLS-only policy and versioning: the S3 controls in place. */
function bucket(name: string, dataClass: string): aws.s3.Bucket {
  const b = new aws.s3.Bucket(name, {
    objectLockEnabled: dataClass === "model-artifacts" ? true : undefined,
    tags: { "data-class": dataClass },
  });
  new aws.s3.BucketServerSideEncryptionConfiguration(name, {
    bucket: b.bucket,
    rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: key.arn } }],
  });
  new aws.s3.BucketPublicAccessBlock(name, {
    bucket: b.bucket,
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: true,
    restrictPublicBuckets: true,
  });
  const arn = pulumi.interpolate`arn:${partition.partition}:s3:::${b.bucket}`;
  new aws.s3.BucketPolicy(name, {
    bucket: b.bucket,
    policy: pulumi.jsonStringify({
      Version: "2012-10-17",
      Statement: [
        {
          Sid: "DenyInsecureTransport",
          Effect: "Deny",
          Principal: "*",
          Action: "s3:*",
          Resource: [arn, pulumi.interpolate`${arn}/*`],
          Condition: { Bool: { "aws:SecureTransport": "false" } },
        },
      ],
    }),
  });
  const versioning = new aws.s3.BucketVersioning(name, {
    bucket: b.bucket,
    versioningConfiguration: { status: "Enabled" },
  });
  if (dataClass === "model-artifacts") {
    new aws.s3.BucketObjectLockConfiguration(
      name,
      { bucket: b.bucket, rule: { defaultRetention: { mode: "GOVERNANCE", days: 30 } } },
      { dependsOn: [versioning] },
    );
  }
  return b;
}

const accessLogs = bucket("access-logs", "audit-logs");

// 1. s3-bucket-access-logging-for-model-data: training data whose requests nobody logs.
const training = bucket("unlogged-training-data", "training-data");

// 2. cloudtrail-data-events-for-model-data: model artifacts that no trail records reads or writes of.
const artifacts = bucket("untrailed-model-artifacts", "model-artifacts");
new aws.s3.BucketLogging("untrailed-model-artifacts", {
  bucket: artifacts.bucket,
  targetBucket: accessLogs.bucket,
  targetPrefix: "untrailed-model-artifacts/",
});

// 3. cloudtrail-trail-encrypted-with-cmk: log files encrypted only with S3's key. The trail records
// the training bucket's data events, so the training bucket breaks only control 1.
new aws.cloudtrail.Trail("unencrypted-trail", {
  s3BucketName: "org-cloudtrail-logs",
  isMultiRegionTrail: true,
  includeGlobalServiceEvents: true,
  enableLogFileValidation: true,
  eventSelectors: [
    {
      readWriteType: "All",
      includeManagementEvents: true,
      dataResources: [
        { type: "AWS::S3::Object", values: [pulumi.interpolate`arn:aws:s3:::${training.bucket}/`] },
      ],
    },
  ],
});

// 4. cloudwatch-log-group-encrypted-with-cmk: only the CloudWatch Logs service key.
new aws.cloudwatch.LogGroup("sse-only-log-group", {
  retentionInDays: 365,
  tags: { "data-class": "audit-logs" },
});

// 5. cloudwatch-prompt-log-retention-bounded: prompts kept for ten years.
new aws.cloudwatch.LogGroup("prompt-logs-ten-years", {
  retentionInDays: 3653,
  kmsKeyId: key.arn,
  tags: { "data-class": "prompt-logs" },
});

// 6. cloudwatch-audit-log-retention-minimum: audit records gone after a month.
new aws.cloudwatch.LogGroup("audit-logs-one-month", {
  retentionInDays: 30,
  kmsKeyId: key.arn,
  tags: { "data-class": "audit-logs" },
});
