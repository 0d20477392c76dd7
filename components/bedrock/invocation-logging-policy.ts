import * as pulumi from "@pulumi/pulumi";
import type { BucketPolicyStatementArgs } from "../storage";

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

/** What the payload-bucket statement needs. */
export interface PayloadBucketInput {
  /** The account and region Bedrock acts for. */
  readonly context: pulumi.Input<BedrockContext>;
  /** The key prefix Bedrock writes under. */
  readonly keyPrefix: string;
}

/**
 * The bucket-policy statement that lets Bedrock write large payloads under the key prefix only,
 * and only for model invocations of this account and region. It goes into the payload bucket's own
 * policy (AiDataBucket's `additionalBucketPolicyStatements`).
 */
export function payloadWriteStatement(input: PayloadBucketInput): BucketPolicyStatementArgs {
  const context = pulumi.output(input.context);
  return {
    sid: "BedrockWritesInvocationPayloads",
    effect: "Allow",
    servicePrincipals: [BEDROCK_SERVICE],
    actions: ["s3:PutObject"],
    objectKeys: [`${input.keyPrefix}/*`],
    conditions: [
      { operator: "StringEquals", key: "aws:SourceAccount", values: [context.accountId] },
      { operator: "ArnLike", key: "aws:SourceArn", values: [context.apply(bedrockSourceArn)] },
    ],
  };
}
