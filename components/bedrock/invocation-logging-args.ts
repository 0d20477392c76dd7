import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";

/** Arguments of {@link ModelInvocationLogging}. Every field is optional. */
export interface ModelInvocationLoggingArgs extends AiTagArgs {
  /**
   * Days prompts and completions are kept in CloudWatch Logs; a value CloudWatch accepts, at most
   * MAX_PROMPT_LOG_RETENTION_DAYS, because the logs hold whatever users typed.
   * @default 90
   */
  readonly retentionInDays?: number;
  /**
   * Days large payloads (over 100 KB, and binary data) are kept in the S3 bucket.
   * @default 90, see RETENTION.promptLogs in components/storage
   */
  readonly payloadRetentionDays?: number;
  /**
   * Also log image data. Off by default: images are large, rarely needed to investigate an
   * attack, and may show people.
   * @default false
   */
  readonly imageDataDelivery?: boolean;
  /**
   * Also log embedding vectors. Off by default: they are bulky, and embeddings can be inverted back
   * to much of the text they encode, so they are personal data as much as the prompts.
   * @default false
   */
  readonly embeddingDataDelivery?: boolean;
  /**
   * Also log video data.
   * @default false
   */
  readonly videoDataDelivery?: boolean;
  /**
   * Key prefix of large payloads in the bucket; Bedrock may write under it and nowhere else.
   * @default "bedrock-invocations"
   */
  readonly payloadKeyPrefix?: string;
  /**
   * A fixed name for the log group.
   * @default autonamed `<name>-logs-<suffix>`
   */
  readonly logGroupName?: string;
  /**
   * Administrators of the two keys the component creates (log group and payload bucket).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
}
