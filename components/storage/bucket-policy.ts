import type * as pulumi from "@pulumi/pulumi";
import { renderStatement, type PolicyDocument, type PolicyStatement } from "../common";
import type { BucketPolicyStatementArgs } from "./ai-data-bucket-args";

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
  /** Statements written after the bucket's own (see AiDataBucket's `additionalBucketPolicyStatements`). */
  readonly additionalStatements?: readonly PolicyStatement[];
}

/** The ids of the statements the bucket writes itself. */
export const BUCKET_POLICY_SIDS = {
  denyInsecureTransport: "DenyInsecureTransport",
  denyUnencryptedObjects: "DenyObjectsNotEncryptedWithKms",
  denyOtherKmsKeys: "DenyOtherKmsKeys",
  allowAccessLogDelivery: "AllowAccessLogDelivery",
} as const;

/** True for the id of a statement the bucket writes itself, which an added statement may not take. */
export function isBucketPolicyOwnSid(sid: string): boolean {
  const own: readonly string[] = Object.values(BUCKET_POLICY_SIDS);
  return own.includes(sid);
}

/** The service principal that delivers S3 server access logs. */
export const S3_LOG_DELIVERY_SERVICE = "logging.s3.amazonaws.com";

const SSE_HEADER = "s3:x-amz-server-side-encryption";
const SSE_KEY_HEADER = "s3:x-amz-server-side-encryption-aws-kms-key-id";

/** The bucket policy document: the bucket's own statements, then the added ones, which never come first. */
export function buildBucketPolicy(input: BucketPolicyInput): PolicyDocument {
  const bucketArn = `arn:${input.partition}:s3:::${input.bucketName}`;
  const objects = `${bucketArn}/*`;
  const statements: PolicyStatement[] = [
    {
      Sid: BUCKET_POLICY_SIDS.denyInsecureTransport,
      Effect: "Deny",
      Principal: "*",
      Action: "s3:*",
      Resource: [bucketArn, objects],
      Condition: { Bool: { "aws:SecureTransport": "false" } },
    },
    {
      Sid: BUCKET_POLICY_SIDS.denyUnencryptedObjects,
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
      Sid: BUCKET_POLICY_SIDS.denyOtherKmsKeys,
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
      Sid: BUCKET_POLICY_SIDS.allowAccessLogDelivery,
      Effect: "Allow",
      Principal: { Service: S3_LOG_DELIVERY_SERVICE },
      Action: "s3:PutObject",
      Resource: objects,
      Condition: { StringEquals: { "aws:SourceAccount": input.acceptAccessLogsFromAccount } },
    });
  }
  statements.push(...(input.additionalStatements ?? []));
  return { Version: "2012-10-17", Statement: statements };
}

/**
 * An added statement as the bucket policy holds it: on the bucket, or on the objects under the keys
 * it names; one action, resource or value is written as a string, as the bucket's own statements are.
 */
export function renderBucketStatement(
  partition: string,
  bucketName: string,
  statement: pulumi.Unwrap<BucketPolicyStatementArgs>,
): PolicyStatement {
  const bucketArn = `arn:${partition}:s3:::${bucketName}`;
  const objects = (statement.objectKeys ?? []).map((key) => `${bucketArn}/${key}`);
  const resource = objects.length === 0 ? bucketArn : objects.length === 1 ? objects[0] : objects;
  return renderStatement(statement, resource, false);
}
