import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";

/** Arguments of {@link AiProviderSecret}. Every field is optional at scope 1. */
export interface AiProviderSecretArgs extends AiTagArgs {
  /**
   * The third-party AI provider whose API key this is (`openai`, `anthropic`, ...), written to the
   * `ai-provider` tag and the descriptions.
   * @default "unspecified"
   */
  readonly provider?: string;
  /**
   * The key, as a secret Output (`config.requireSecret("openaiKey")`). Never a plain string.
   * @default unset: put the value out of band (`aws secretsmanager put-secret-value`), so it never enters Pulumi state
   */
  readonly secretValue?: pulumi.Output<string>;
  /**
   * ARN of an existing customer-managed key; its policy must allow use through Secrets Manager.
   * @default a new ScopedKey named `<name>-key`, usable by this account's principals through Secrets Manager only
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the secret creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Days a deleted secret stays recoverable, 7 to 30.
   * @default 30
   */
  readonly recoveryWindowInDays?: number;
  /**
   * ARN of the Lambda that rotates the key (creates a new one with the provider, stores it, revokes
   * the old one). Required at scope 2 and above. Secrets Manager must be allowed to invoke it.
   * @default unset, accepted only at scope 1, where a reminder replaces rotation
   */
  readonly rotationLambdaArn?: pulumi.Input<string>;
  /**
   * Days between rotations (or reminders), 1 to 90.
   * @default 30
   */
  readonly rotationDays?: number;
  /**
   * Without a rotation Lambda: the SNS topic that receives the rotation reminder. Its policy and
   * key must let EventBridge publish.
   * @default a new encrypted AlertTopic named `<name>-reminder` (subscribe to it)
   */
  readonly reminderTopicArn?: pulumi.Input<string>;
}
