import type { PolicyDocument, PolicyStatement } from "../common";

/**
 * The bucket policy of an AiDataBucket, from plain values. It holds only Deny statements: access
 * is granted by IAM, and the policy removes the ways around encryption in transit and at rest.
 */

/** What the bucket policy needs, resolved. */
export interface BucketPolicyInput {
  readonly partition: string;
  /** The bucket's name (not its ARN: the name is known during preview, the ARN is not). */
  readonly bucketName: string;
  /**
   * True: every PutObject must ask for SSE-KMS explicitly. False: a PutObject without an
   * encryption header is allowed (the bucket's default SSE-KMS applies), a different one is denied.
   */
  readonly requireEncryptionHeader: boolean;
  /** When set, a PutObject that names another KMS key is denied. */
  readonly kmsKeyArn?: string;
  /** When set, S3 server access logs of this account's buckets may be delivered here. */
  readonly acceptAccessLogsFromAccount?: string;
}

/** The service principal that delivers S3 server access logs. */
export const S3_LOG_DELIVERY_SERVICE = "logging.s3.amazonaws.com";

const SSE_HEADER = "s3:x-amz-server-side-encryption";
const SSE_KEY_HEADER = "s3:x-amz-server-side-encryption-aws-kms-key-id";

/** The bucket policy document. */
export function buildBucketPolicy(input: BucketPolicyInput): PolicyDocument {
  const bucketArn = `arn:${input.partition}:s3:::${input.bucketName}`;
  const objects = `${bucketArn}/*`;
  const statements: PolicyStatement[] = [
    {
      Sid: "DenyInsecureTransport",
      Effect: "Deny",
      Principal: "*",
      Action: "s3:*",
      Resource: [bucketArn, objects],
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    },
    {
      Sid: "DenyObjectsNotEncryptedWithKms",
      Effect: "Deny",
      Principal: "*",
      Action: "s3:PutObject",
      Resource: objects,
      // A negated operator matches a missing key too, so the strict form also denies a missing header;
      // the relaxed form adds `Null: false` to deny only a header that asks for something else.
      Condition: input.requireEncryptionHeader
        ? { StringNotEquals: { [SSE_HEADER]: "aws:kms" } }
        : { StringNotEquals: { [SSE_HEADER]: "aws:kms" }, Null: { [SSE_HEADER]: "false" } },
    },
  ];
  if (input.kmsKeyArn !== undefined) {
    statements.push({
      Sid: "DenyOtherKmsKeys",
      Effect: "Deny",
      Principal: "*",
      Action: "s3:PutObject",
      Resource: objects,
      // Only a request that names a key is checked; without one, S3 uses the bucket's default key.
      Condition: {
        StringNotEquals: { [SSE_KEY_HEADER]: input.kmsKeyArn },
        Null: { [SSE_KEY_HEADER]: "false" },
      },
    });
  }
  if (input.acceptAccessLogsFromAccount !== undefined) {
    // With ACLs disabled (BucketOwnerEnforced) log delivery needs this grant; aws:SourceAccount keeps
    // other accounts from delivering their logs into this bucket.
    statements.push({
      Sid: "AllowAccessLogDelivery",
      Effect: "Allow",
      Principal: { Service: S3_LOG_DELIVERY_SERVICE },
      Action: "s3:PutObject",
      Resource: objects,
      Condition: { StringEquals: { "aws:SourceAccount": input.acceptAccessLogsFromAccount } },
    });
  }
  return { Version: "2012-10-17", Statement: statements };
}
