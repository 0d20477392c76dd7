import { AwsType } from "../../../policypack/vocabulary";
import { r, stackSample, type DomainSamples, type SampleResource } from "./sample";
import { MALFORMED_PROPS } from "../support";
import { KEY_ARN, policyDocument, UNKNOWN } from "./values";

/** A bucket as a preview sees it: name known (autonamed at Check), id and ARN unknown. */
const bucket = (name: string, tags: Record<string, string> = {}, extra: Record<string, unknown> = {}) =>
  r(AwsType.s3.Bucket, name, { bucket: `${name}-1a2b3c4`, id: UNKNOWN, arn: UNKNOWN, tags, ...extra });
/** A configuration resource linked to its bucket through a property dependency, as Pulumi records it. */
const configOf = (type: string, target: SampleResource, props: Record<string, unknown>): SampleResource =>
  r(type, `${target.name}-cfg`, { bucket: UNKNOWN, ...props }, { dependsOn: { bucket: [target.name] } });

const TLS_DENY = {
  Effect: "Deny",
  Principal: "*",
  Action: "s3:*",
  Resource: ["arn:aws:s3:::b", "arn:aws:s3:::b/*"],
  Condition: { Bool: { "aws:SecureTransport": "false" } },
};
const training = bucket("train", { "data-class": "training-data" });
const artifacts = bucket("models", { "data-class": "model-artifacts" }, { objectLockEnabled: true });

/** Samples of the S3 policies: one bucket, compliant through its separate configuration resource or not. */
export const S3_SAMPLES: DomainSamples = {
  "s3-bucket-encrypted-with-cmk": stackSample({
    failing: [bucket("logs")],
    passing: [
      bucket("logs"),
      configOf(AwsType.s3.BucketServerSideEncryptionConfiguration, bucket("logs"), {
        rules: [
          {
            applyServerSideEncryptionByDefault: {
              sseAlgorithm: "aws:kms",
              kmsMasterKeyId: KEY_ARN,
            },
            bucketKeyEnabled: true,
          },
        ],
      }),
    ],
    subject: "logs",
    message:
      'Bucket "logs" is not encrypted by default with a customer-managed KMS key: add a BucketServerSideEncryptionConfiguration with sseAlgorithm "aws:kms" and kmsMasterKeyId set to your key.',
  }),
  "s3-bucket-public-access-blocked": stackSample({
    failing: [bucket("open")],
    passing: [
      bucket("open"),
      configOf(AwsType.s3.BucketPublicAccessBlock, bucket("open"), {
        blockPublicAcls: true,
        blockPublicPolicy: true,
        ignorePublicAcls: true,
        restrictPublicBuckets: true,
      }),
    ],
    subject: "open",
    message:
      'Bucket "open" has no public access block: add an aws.s3.BucketPublicAccessBlock with all four settings true.',
  }),
  "s3-bucket-tls-only": stackSample({
    failing: [bucket("plain")],
    passing: [
      bucket("plain"),
      configOf(AwsType.s3.BucketPolicy, bucket("plain"), {
        policy: policyDocument(TLS_DENY),
      }),
    ],
    subject: "plain",
    message:
      'Bucket "plain" accepts requests without TLS: add a bucket policy statement that denies s3:* to "*" when aws:SecureTransport is "false".',
  }),
  "s3-bucket-versioning-for-model-data": stackSample({
    failing: [training],
    passing: [
      training,
      configOf(AwsType.s3.BucketVersioning, training, { versioningConfiguration: { status: "Enabled" } }),
    ],
    subject: "train",
    message:
      'Bucket "train" holds training-data but does not keep object versions: add an aws.s3.BucketVersioning with status "Enabled".',
  }),
  "s3-bucket-object-lock-for-model-artifacts": stackSample({
    failing: [bucket("models", { "data-class": "model-artifacts" }, { objectLockEnabled: false })],
    passing: [
      artifacts,
      configOf(AwsType.s3.BucketObjectLockConfiguration, artifacts, {
        rule: { defaultRetention: { mode: "GOVERNANCE", days: 30 } },
      }),
    ],
    subject: "models",
    // Lock rules of the wrong shape, and the deprecated inline block in every odd shape.
    oddProps: [
      { rule: "x" },
      { rule: { defaultRetention: [null] } },
      { rule: [{ defaultRetention: 5 }] },
      ...MALFORMED_PROPS.map((props) => ({ objectLockConfiguration: props })),
    ],
    message:
      'Bucket "models" holds model-artifacts but has no object lock: set objectLockEnabled: true on the bucket and add an aws.s3.BucketObjectLockConfiguration with a default retention.',
  }),
};
