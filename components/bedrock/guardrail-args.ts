import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";
import type { ContentFilters, DeniedTopic, PiiEntities, Strength } from "./guardrail-config";

/**
 * Arguments of {@link Guardrail}. Every field is optional: with none, the guardrail blocks prompt
 * attacks at HIGH, filters the five harmful-content categories, blocks credentials and financial
 * identifiers, masks contact details, filters profanity, and is encrypted with its own key.
 * Filter settings are plain values, not Inputs, so they are checked before anything is created.
 */
export interface GuardrailArgs extends AiTagArgs {
  /**
   * Strength of the prompt-attack filter (jailbreaks, prompt injection, prompt leakage) on prompts.
   * Its output strength is always NONE, as AWS requires. From scope 3, values below HIGH need
   * `allowWeakerPromptAttackFilter`.
   * @default "HIGH"
   */
  readonly promptAttackStrength?: Strength;
  /**
   * Relaxation: accept a prompt-attack strength below the scope's minimum (HIGH from scope 3).
   * @default false
   */
  readonly allowWeakerPromptAttackFilter?: boolean;
  /**
   * Strengths of the harmful-content filters (HATE, INSULTS, SEXUAL, VIOLENCE, MISCONDUCT), by
   * category and direction; what is not given keeps the default. Every category is always filtered.
   * From scope 3, values below MEDIUM need `allowWeakerContentFilters`.
   * @default input "HIGH", output "MEDIUM" for every category
   */
  readonly contentFilters?: ContentFilters;
  /**
   * Relaxation: accept content-filter strengths below the scope's minimum (MEDIUM from scope 3).
   * @default false
   */
  readonly allowWeakerContentFilters?: boolean;
  /**
   * PII handling by entity type, merged over the defaults: an entity given here replaces its
   * default action, and other entities are added. `NONE` keeps an entity reported but unchanged.
   * @default BLOCK for AWS_ACCESS_KEY, AWS_SECRET_KEY, PASSWORD, PIN, CREDIT_DEBIT_CARD_NUMBER,
   * CREDIT_DEBIT_CARD_CVV, US_BANK_ACCOUNT_NUMBER, INTERNATIONAL_BANK_ACCOUNT_NUMBER,
   * US_SOCIAL_SECURITY_NUMBER; ANONYMIZE for EMAIL, PHONE, NAME, ADDRESS (see DEFAULT_PII_ACTIONS)
   */
  readonly piiEntities?: PiiEntities;
  /**
   * Topics the guardrail refuses in prompts and responses (for example investment advice in a
   * support bot). Each needs a non-empty definition.
   * @default [] (no denied topics)
   */
  readonly deniedTopics?: DeniedTopic[];
  /**
   * Words or short phrases blocked in prompts and responses.
   * @default []
   */
  readonly blockedWords?: string[];
  /**
   * The AWS-managed profanity word list. `false` is a relaxation.
   * @default true
   */
  readonly profanityFilter?: boolean;
  /**
   * Message returned instead of a blocked prompt.
   * @default DEFAULT_BLOCKED_INPUT_MESSAGE, which does not say which filter fired
   */
  readonly blockedInputMessaging?: pulumi.Input<string>;
  /**
   * Message returned instead of a blocked response.
   * @default DEFAULT_BLOCKED_OUTPUT_MESSAGE
   */
  readonly blockedOutputsMessaging?: pulumi.Input<string>;
  /**
   * ARN of an existing customer-managed key for the guardrail. Its policy must let the principals
   * that create and use the guardrail decrypt through Bedrock and create grants for it.
   * @default a new ScopedKey named `<name>-key`, usable by principals of this account through Bedrock only
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Administrators of the key the guardrail creates (not allowed with `kmsKeyArn`).
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Publish a numbered version of the configuration. Applications should call a version, not the
   * DRAFT, so a change to the guardrail is a deliberate release. A new version is published
   * whenever the configuration changes; earlier versions are kept for callers pinned to them.
   * @default true
   */
  readonly publishVersion?: boolean;
  /**
   * What the guardrail is for.
   * @default "scopeguard guardrail <name>"
   */
  readonly description?: pulumi.Input<string>;
}
