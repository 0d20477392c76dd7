import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

// Each resource below breaks exactly one scopeguard control and is otherwise compliant, so the
// expected violations (README.md) map one to one onto resources. The stack declares scope 4, where
// training data and model artifacts also need access logs, data events in a trail and, for model
// artifacts, object lock: those are in place for every model-data bucket but the broken one.

// 1. kms-key-rotation-enabled: rotation is off.
new aws.kms.Key("no-rotation-key", { description: "rotation disabled", enableKeyRotation: false });

// 2. kms-key-policy-no-unconditioned-public-principal: anyone may use and manage the key.
new aws.kms.Key("public-key", {
  description: "key policy open to every principal",
  enableKeyRotation: true,
  policy: JSON.stringify({
    Version: "2012-10-17",
    Statement: [
      { Sid: "EveryoneEverything", Effect: "Allow", Principal: "*", Action: "kms:*", Resource: "*" },
      {
        Sid: "EveryoneDecrypts",
        Effect: "Allow",
        Principal: { AWS: "*" },
        Action: "kms:Decrypt",
        Resource: "*",
      },
    ],
  }),
});

// A compliant key for the buckets, so that only the broken setting of each bucket is reported.
const bucketKey = new aws.kms.Key("bucket-key", { description: "bucket key", enableKeyRotation: true });
const partition = aws.getPartitionOutput();

type Setting = "cmk" | "publicAccessBlock" | "tlsPolicy" | "versioning" | "objectLock" | "none";

/**
 * A bucket with every control in place except `broken`, which is left out or set wrongly. Model
 * data (from scope 4) writes server access logs to `logsTo`.
 */
function bucket(
  name: string,
  broken: Setting,
  tags: Record<string, string> = {},
  logsTo?: aws.s3.Bucket,
): aws.s3.Bucket {
  const b = new aws.s3.Bucket(name, { tags });
  if (logsTo !== undefined) {
    new aws.s3.BucketLogging(name, {
      bucket: b.bucket,
      targetBucket: logsTo.bucket,
      targetPrefix: `${name}/`,
    });
  }
  new aws.s3.BucketServerSideEncryptionConfiguration(name, {
    bucket: b.bucket,
    rules: [
      {
        applyServerSideEncryptionByDefault:
          broken === "cmk"
            ? { sseAlgorithm: "AES256" }
            : { sseAlgorithm: "aws:kms", kmsMasterKeyId: bucketKey.arn },
      },
    ],
  });
  const open = broken === "publicAccessBlock";
  new aws.s3.BucketPublicAccessBlock(name, {
    bucket: b.bucket,
    blockPublicAcls: true,
    ignorePublicAcls: true,
    blockPublicPolicy: !open,
    restrictPublicBuckets: !open,
  });
  if (broken !== "tlsPolicy") {
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
  }
  new aws.s3.BucketVersioning(name, {
    bucket: b.bucket,
    versioningConfiguration: { status: broken === "versioning" ? "Suspended" : "Enabled" },
  });
  return b;
}

// The target of the model-data buckets' access logs; breaks nothing.
const accessLogs = bucket("access-logs", "none", { "data-class": "audit-logs" });

// 3. s3-bucket-encrypted-with-cmk: SSE-S3 (AES256) instead of a customer-managed key.
bucket("sse-s3-bucket", "cmk");
// 4. s3-bucket-public-access-blocked: two of the four public-access-block settings are off.
bucket("partial-block-bucket", "publicAccessBlock");
// 5. s3-bucket-tls-only: no bucket policy, so plain HTTP requests are accepted.
bucket("no-tls-bucket", "tlsPolicy");
// 6. s3-bucket-versioning-for-model-data: training data with versioning suspended.
const unversioned = bucket(
  "unversioned-training-bucket",
  "versioning",
  { "data-class": "training-data" },
  accessLogs,
);
// 7. s3-bucket-object-lock-for-model-artifacts: model artifacts, versioned but not object-locked
// (no objectLockEnabled and no BucketObjectLockConfiguration), so a stored model can be deleted.
const unlocked = bucket(
  "unlocked-model-bucket",
  "objectLock",
  { "data-class": "model-artifacts" },
  accessLogs,
);

// A compliant trail that records the model-data buckets' object-level events, as scope 4 asks.
new aws.cloudtrail.Trail("model-data-trail", {
  s3BucketName: "org-cloudtrail-logs",
  kmsKeyId: bucketKey.arn,
  isMultiRegionTrail: true,
  includeGlobalServiceEvents: true,
  enableLogFileValidation: true,
  eventSelectors: [
    {
      readWriteType: "All",
      includeManagementEvents: true,
      dataResources: [
        {
          type: "AWS::S3::Object",
          values: [unversioned, unlocked].map((b) => pulumi.interpolate`arn:aws:s3:::${b.bucket}/`),
        },
      ],
    },
  ],
});
