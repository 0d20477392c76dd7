import type { PolicyStatement } from "../common";

/**
 * The grants Bedrock needs to deliver model-invocation logs, from plain values. Bedrock writes to
 * CloudWatch Logs through a role it assumes, and writes large payloads to S3 as its service
 * principal, through the bucket policy. Both are limited to this account (`aws:SourceAccount`) and
 * to Bedrock resources of this account and region (`aws:SourceArn`), as AWS documents.
 */

/** The service principal of Bedrock. */
export const BEDROCK_SERVICE = "bedrock.amazonaws.com";

/**
 * The default key prefix of large payloads in the bucket. Bedrock writes under
 * `<prefix>/AWSLogs/<account>/BedrockModelInvocationLogs/...`.
 */
export const DEFAULT_PAYLOAD_KEY_PREFIX = "bedrock-invocations";

/** Where Bedrock acts from. */
export interface BedrockContext {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
}

/** The `aws:SourceArn` pattern of Bedrock requests for this account and region. */
export function bedrockSourceArn(c: BedrockContext): string {
  return `arn:${c.partition}:bedrock:${c.region}:${c.accountId}:*`;
}

/** What the payload-bucket statement needs, resolved. */
export interface PayloadBucketInput extends BedrockContext {
  /** The bucket's name (known during preview, unlike its ARN). */
  readonly bucketName: string;
  /** The key prefix Bedrock writes under. */
  readonly keyPrefix: string;
}

/**
 * The bucket-policy statement that lets Bedrock write large payloads under the key prefix only,
 * and only for model invocations of this account and region.
 */
export function buildPayloadWriteStatement(input: PayloadBucketInput): PolicyStatement {
  return {
    Sid: "BedrockWritesInvocationPayloads",
    Effect: "Allow",
    Principal: { Service: BEDROCK_SERVICE },
    Action: "s3:PutObject",
    Resource: `arn:${input.partition}:s3:::${input.bucketName}/${input.keyPrefix}/*`,
    Condition: {
      StringEquals: { "aws:SourceAccount": input.accountId },
      ArnLike: { "aws:SourceArn": bedrockSourceArn(input) },
    },
  };
}
