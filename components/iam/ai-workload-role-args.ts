import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";

/** Arguments of {@link AiWorkloadRole}. Only `trustedService` is required: no service is a safe default. */
export interface AiWorkloadRoleArgs extends AiTagArgs {
  /**
   * The AWS service that assumes the role, such as `bedrock.amazonaws.com`,
   * `sagemaker.amazonaws.com` or `lambda.amazonaws.com`. It may assume it only for this account
   * (`aws:SourceAccount`), except the services in NO_SOURCE_CONTEXT_PRINCIPALS (Lambda, EC2, ...),
   * which send no source account: their trust has no condition, as a condition would never match.
   * @default none: required, a role is assumed by exactly one service
   */
  readonly trustedService: pulumi.Input<string>;
  /**
   * Limits the trust to requests the service makes for this resource (ARN, wildcards allowed), as
   * `aws:SourceArn`, e.g. a model-customization job or a flow log.
   * @default no resource limit, only the account limit
   */
  readonly sourceArn?: pulumi.Input<string>;
  /**
   * Bedrock model ids (`anthropic.claude-3-5-sonnet-20240620-v1:0`), inference profile ids
   * (`us.amazon.nova-pro-v1:0`) or their ARNs. The role may invoke exactly these (InvokeModel and
   * InvokeModelWithResponseStream; Converse is authorised by the same actions). A cross-region
   * profile also grants its model in the regions it routes to, only through that profile.
   * @default [] (no model)
   */
  readonly invokeModels?: pulumi.Input<string>[];
  /**
   * Bucket names whose objects the role reads (GetObject, GetObjectVersion) and lists.
   * @default []
   */
  readonly readBuckets?: pulumi.Input<string>[];
  /**
   * Bucket names the role writes objects to (PutObject, multipart) and lists. No delete.
   * @default []
   */
  readonly writeBuckets?: pulumi.Input<string>[];
  /**
   * KMS key ARNs the role encrypts and decrypts with (Decrypt, GenerateDataKey, Encrypt,
   * DescribeKey). The key policy must allow the role too (ScopedKey `users`), or S3 via-service use.
   * @default []
   */
  readonly useKeys?: pulumi.Input<string>[];
  /**
   * CloudWatch Logs group names the role writes to (CreateLogStream, PutLogEvents, DescribeLogStreams).
   * @default []
   */
  readonly writeLogGroups?: pulumi.Input<string>[];
  /**
   * A managed policy ARN that caps the role's permissions whatever is attached later.
   * @default no boundary
   */
  readonly permissionsBoundaryArn?: pulumi.Input<string>;
  /**
   * What the role is for, shown in the IAM console.
   * @default "scopeguard workload role <name> for <service>"
   */
  readonly description?: pulumi.Input<string>;
}
