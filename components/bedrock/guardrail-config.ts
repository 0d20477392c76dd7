import type { Scope } from "../../policypack/vocabulary";

/**
 * What a {@link Guardrail} configures, as plain values: the filter types, strengths, PII entities
 * and defaults, and pure builders of the `aws.bedrock.Guardrail` blocks. Kept apart from the
 * component so the defaults can be read, tested and reviewed without a Pulumi runtime.
 */

/**
 * A filter strength, by name; an object so the component provider's schema publishes the
 * strengths as an enum for other languages.
 */
export const Strength = {
  /** The filter is off. */
  None: "NONE",
  /** Blocks only content classified with high confidence. */
  Low: "LOW",
  /** Blocks content classified with medium or high confidence. */
  Medium: "MEDIUM",
  /** Blocks content classified with low, medium or high confidence. */
  High: "HIGH",
} as const;
/** A filter strength. */
export type Strength = (typeof Strength)[keyof typeof Strength];

/** Filter strengths, weakest first, as Bedrock orders them. */
export const STRENGTHS: readonly Strength[] = Object.values(Strength);

/** The rank of a strength (NONE = 0 ... HIGH = 3); -1 for anything else. */
export function strengthRank(value: unknown): number {
  return typeof value === "string" ? STRENGTHS.indexOf(value as Strength) : -1;
}

/** The harmful-content categories of a content filter (PROMPT_ATTACK is configured apart). */
export const HARMFUL_CONTENT_CATEGORIES = ["HATE", "INSULTS", "SEXUAL", "VIOLENCE", "MISCONDUCT"] as const;
/** One of {@link HARMFUL_CONTENT_CATEGORIES}. */
export type HarmfulContentCategory = (typeof HARMFUL_CONTENT_CATEGORIES)[number];

/** The strengths of one content filter. */
export interface FilterStrengths {
  /** Strength on prompts. */
  readonly input?: Strength;
  /** Strength on model responses. */
  readonly output?: Strength;
}

/**
 * Default content-filter strengths. Prompts are untrusted text, so they are filtered at HIGH; model
 * responses at MEDIUM, the floor the pack accepts, because a HIGH output filter withholds many
 * legitimate answers (medical, legal, security topics) and teams then turn the filter off entirely.
 */
export const DEFAULT_CONTENT_STRENGTHS: Readonly<Required<FilterStrengths>> = {
  input: "HIGH",
  output: "MEDIUM",
};

/**
 * The prompt-attack filter defaults to HIGH: prompt injection is the first thing attackers try,
 * and below HIGH many known jailbreak patterns pass. It inspects prompts only, so AWS requires its
 * output strength to be NONE.
 */
export const DEFAULT_PROMPT_ATTACK_STRENGTH: Strength = "HIGH";

/** The weakest filter strengths accepted at each scope without a relaxation. */
export interface ScopeMinimums {
  readonly promptAttack: Strength;
  readonly content: Strength;
}

/**
 * From scope 3 the business builds on a model through the API and owns the guardrail, so the
 * pack's floors apply (prompt attacks at HIGH, harmful content at MEDIUM both ways). Below, the
 * guardrail is defence in depth around a vendor's app: any filter that acts (LOW or above) is accepted.
 */
export const MIN_STRENGTHS: Readonly<Record<Scope, ScopeMinimums>> = {
  1: { promptAttack: "LOW", content: "LOW" },
  2: { promptAttack: "LOW", content: "LOW" },
  3: { promptAttack: "HIGH", content: "MEDIUM" },
  4: { promptAttack: "HIGH", content: "MEDIUM" },
  5: { promptAttack: "HIGH", content: "MEDIUM" },
};

/** Every PII entity type Bedrock guardrails detect (GuardrailPiiEntityConfig.type). */
export const PII_ENTITY_TYPES = [
  "ADDRESS",
  "AGE",
  "AWS_ACCESS_KEY",
  "AWS_SECRET_KEY",
  "CA_HEALTH_NUMBER",
  "CA_SOCIAL_INSURANCE_NUMBER",
  "CREDIT_DEBIT_CARD_CVV",
  "CREDIT_DEBIT_CARD_EXPIRY",
  "CREDIT_DEBIT_CARD_NUMBER",
  "DRIVER_ID",
  "EMAIL",
  "INTERNATIONAL_BANK_ACCOUNT_NUMBER",
  "IP_ADDRESS",
  "LICENSE_PLATE",
  "MAC_ADDRESS",
  "NAME",
  "PASSWORD",
  "PHONE",
  "PIN",
  "SWIFT_CODE",
  "UK_NATIONAL_HEALTH_SERVICE_NUMBER",
  "UK_NATIONAL_INSURANCE_NUMBER",
  "UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER",
  "URL",
  "USERNAME",
  "US_BANK_ACCOUNT_NUMBER",
  "US_BANK_ROUTING_NUMBER",
  "US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER",
  "US_PASSPORT_NUMBER",
  "US_SOCIAL_SECURITY_NUMBER",
  "VEHICLE_IDENTIFICATION_NUMBER",
] as const;
/** One of {@link PII_ENTITY_TYPES}. */
export type PiiEntityType = (typeof PII_ENTITY_TYPES)[number];

/**
 * What the guardrail does with a PII entity, by name; an object so the component provider's schema
 * publishes the actions as an enum for other languages.
 */
export const PiiAction = {
  /** Block the whole message. */
  Block: "BLOCK",
  /** Mask the entity and let the message through. */
  Anonymize: "ANONYMIZE",
  /** Only report the entity. */
  None: "NONE",
} as const;
/** What the guardrail does with a PII entity: block the message, mask the entity, or only report it. */
export type PiiAction = (typeof PiiAction)[keyof typeof PiiAction];

/** Every PII action. */
export const PII_ACTIONS: readonly PiiAction[] = Object.values(PiiAction);

/**
 * The action for each PII entity type, where one is given. Spelled out (not a mapped type) so the
 * component provider's schema can describe it; {@link PiiEntityType} must name the same keys.
 */
export interface PiiEntities {
  readonly ADDRESS?: PiiAction;
  readonly AGE?: PiiAction;
  readonly AWS_ACCESS_KEY?: PiiAction;
  readonly AWS_SECRET_KEY?: PiiAction;
  readonly CA_HEALTH_NUMBER?: PiiAction;
  readonly CA_SOCIAL_INSURANCE_NUMBER?: PiiAction;
  readonly CREDIT_DEBIT_CARD_CVV?: PiiAction;
  readonly CREDIT_DEBIT_CARD_EXPIRY?: PiiAction;
  readonly CREDIT_DEBIT_CARD_NUMBER?: PiiAction;
  readonly DRIVER_ID?: PiiAction;
  readonly EMAIL?: PiiAction;
  readonly INTERNATIONAL_BANK_ACCOUNT_NUMBER?: PiiAction;
  readonly IP_ADDRESS?: PiiAction;
  readonly LICENSE_PLATE?: PiiAction;
  readonly MAC_ADDRESS?: PiiAction;
  readonly NAME?: PiiAction;
  readonly PASSWORD?: PiiAction;
  readonly PHONE?: PiiAction;
  readonly PIN?: PiiAction;
  readonly SWIFT_CODE?: PiiAction;
  readonly UK_NATIONAL_HEALTH_SERVICE_NUMBER?: PiiAction;
  readonly UK_NATIONAL_INSURANCE_NUMBER?: PiiAction;
  readonly UK_UNIQUE_TAXPAYER_REFERENCE_NUMBER?: PiiAction;
  readonly URL?: PiiAction;
  readonly USERNAME?: PiiAction;
  readonly US_BANK_ACCOUNT_NUMBER?: PiiAction;
  readonly US_BANK_ROUTING_NUMBER?: PiiAction;
  readonly US_INDIVIDUAL_TAX_IDENTIFICATION_NUMBER?: PiiAction;
  readonly US_PASSPORT_NUMBER?: PiiAction;
  readonly US_SOCIAL_SECURITY_NUMBER?: PiiAction;
  readonly VEHICLE_IDENTIFICATION_NUMBER?: PiiAction;
}

// PiiEntities and PiiEntityType name the same keys; the compiler rejects this line otherwise.
const _PII_KEYS_MATCH: [keyof PiiEntities] extends [PiiEntityType]
  ? [PiiEntityType] extends [keyof PiiEntities]
    ? true
    : never
  : never = true;

/**
 * The strengths of each harmful-content filter, where given. Spelled out (not a mapped type) so the
 * component provider's schema can describe it.
 */
export interface ContentFilters {
  /** Hate speech. */
  readonly HATE?: FilterStrengths;
  /** Insults. */
  readonly INSULTS?: FilterStrengths;
  /** Sexual content. */
  readonly SEXUAL?: FilterStrengths;
  /** Violence. */
  readonly VIOLENCE?: FilterStrengths;
  /** Misconduct: criminal activity, harming people, weapons. */
  readonly MISCONDUCT?: FilterStrengths;
}

/**
 * Default PII handling. Credentials and financial identifiers are blocked: there is no safe masked
 * form of a password or a card number in a prompt, and a model must never repeat one. Contact
 * details are anonymised: they are common in legitimate requests, so masking keeps the
 * conversation useful while keeping them out of responses and invocation logs.
 */
export const DEFAULT_PII_ACTIONS: Readonly<Partial<Record<PiiEntityType, PiiAction>>> = {
  AWS_ACCESS_KEY: "BLOCK",
  AWS_SECRET_KEY: "BLOCK",
  PASSWORD: "BLOCK",
  PIN: "BLOCK",
  CREDIT_DEBIT_CARD_NUMBER: "BLOCK",
  CREDIT_DEBIT_CARD_CVV: "BLOCK",
  US_BANK_ACCOUNT_NUMBER: "BLOCK",
  INTERNATIONAL_BANK_ACCOUNT_NUMBER: "BLOCK",
  US_SOCIAL_SECURITY_NUMBER: "BLOCK",
  EMAIL: "ANONYMIZE",
  PHONE: "ANONYMIZE",
  NAME: "ANONYMIZE",
  ADDRESS: "ANONYMIZE",
};

/**
 * Default blocked messages: they say that a policy applied but not which filter fired, so an
 * attacker probing the guardrail learns nothing about what to rephrase.
 */
export const DEFAULT_BLOCKED_INPUT_MESSAGE =
  "Sorry, this request cannot be processed under the application's usage policy.";
export const DEFAULT_BLOCKED_OUTPUT_MESSAGE =
  "Sorry, the response was withheld under the application's usage policy.";

/** A topic the guardrail refuses to discuss. */
export interface DeniedTopic {
  /** A short name, 1 to 100 letters, digits, spaces and `-_!?.`. */
  readonly name: string;
  /** What the topic covers, in plain language; the guardrail matches against it. */
  readonly definition: string;
  /**
   * Example prompts of the topic, which sharpen the match.
   * @default []
   */
  readonly examples?: string[];
}

/** One content filter, shaped like `contentPolicyConfig.filtersConfigs[]`. */
export interface ContentFilterPlan {
  readonly type: string;
  readonly inputStrength: Strength;
  readonly outputStrength: Strength;
}

/** The resolved strengths of a guardrail. */
export interface ResolvedStrengths {
  readonly promptAttack: Strength;
  readonly content: Readonly<Record<HarmfulContentCategory, Required<FilterStrengths>>>;
}

/** The strengths a guardrail gets: the caller's, filled in with the defaults. */
export function resolveStrengths(
  promptAttack: Strength | undefined,
  content: Partial<Record<HarmfulContentCategory, FilterStrengths>> | undefined,
): ResolvedStrengths {
  const resolved = {} as Record<HarmfulContentCategory, Required<FilterStrengths>>;
  for (const category of HARMFUL_CONTENT_CATEGORIES) {
    const given = content?.[category] ?? {};
    resolved[category] = {
      input: given.input ?? DEFAULT_CONTENT_STRENGTHS.input,
      output: given.output ?? DEFAULT_CONTENT_STRENGTHS.output,
    };
  }
  return { promptAttack: promptAttack ?? DEFAULT_PROMPT_ATTACK_STRENGTH, content: resolved };
}

/** The content filters: the five harmful categories, then the prompt-attack filter (output NONE). */
export function buildContentFilters(strengths: ResolvedStrengths): ContentFilterPlan[] {
  return [
    ...HARMFUL_CONTENT_CATEGORIES.map((type) => ({
      type,
      inputStrength: strengths.content[type].input,
      outputStrength: strengths.content[type].output,
    })),
    { type: "PROMPT_ATTACK", inputStrength: strengths.promptAttack, outputStrength: "NONE" },
  ];
}

/** One PII entity, shaped like `sensitiveInformationPolicyConfig.piiEntitiesConfigs[]`. */
export interface PiiEntityPlan {
  readonly type: string;
  readonly action: PiiAction;
}

/**
 * The PII entities: the defaults, each overridden by the caller's action, then the caller's other
 * entities in the order given. Call the validation first: unknown types are passed through.
 */
export function buildPiiEntities(overrides: Readonly<Record<string, PiiAction>> = {}): PiiEntityPlan[] {
  const merged: Record<string, PiiAction> = { ...DEFAULT_PII_ACTIONS, ...overrides };
  return Object.entries(merged).map(([type, action]) => ({ type, action }));
}

/** Denied topics shaped like `topicPolicyConfig.topicsConfigs[]`. */
export function buildTopics(topics: readonly DeniedTopic[]): {
  name: string;
  definition: string;
  examples: string[];
  type: "DENY";
}[] {
  return topics.map((t) => ({
    name: t.name.trim(),
    definition: t.definition.trim(),
    examples: [...(t.examples ?? [])],
    type: "DENY",
  }));
}
