/**
 * The Generative AI Security Scoping Matrix scopes, by name. Written as an object (not only a
 * union type) so the component provider's schema analysis publishes the scopes as an enum for
 * programs in other languages.
 */
export const Scope = {
  /** Scope 1: a consumer app using a public generative AI service. */
  ConsumerApp: 1,
  /** Scope 2: an enterprise app or SaaS with generative AI features. */
  EnterpriseApp: 2,
  /** Scope 3: an application built on a pre-trained foundation model. */
  PreTrainedModel: 3,
  /** Scope 4: a fine-tuned model. */
  FineTunedModel: 4,
  /** Scope 5: a self-trained model. */
  SelfTrainedModel: 5,
} as const;

/**
 * The Generative AI Security Scoping Matrix scopes. A higher scope means the business owns more of
 * the AI system, so more controls apply: each scope includes every control of the scopes below it.
 */
export type Scope = (typeof Scope)[keyof typeof Scope];

/** Every scope, lowest first. */
export const SCOPES: readonly Scope[] = [1, 2, 3, 4, 5];

/** The short name of each scope, as the scoping matrix names it. */
export const SCOPE_NAMES: Readonly<Record<Scope, string>> = {
  1: "consumer app",
  2: "enterprise app",
  3: "pre-trained model",
  4: "fine-tuned model",
  5: "self-trained model",
};

/** True when `value` is one of the five scopes. */
export function isScope(value: unknown): value is Scope {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * Reads a scope from a number or a string such as `"3"` (stack tags and CLI flags are strings).
 * Returns `undefined` for anything else, so callers decide how to report it.
 */
export function parseScope(value: unknown): Scope | undefined {
  if (isScope(value)) {
    return value;
  }
  if (typeof value === "string" && /^\s*[1-5]\s*$/.test(value)) {
    return Number(value.trim()) as Scope;
  }
  return undefined;
}

/** A human label such as `scope 3 (pre-trained model)`. */
export function describeScope(scope: Scope): string {
  return `scope ${scope} (${SCOPE_NAMES[scope]})`;
}
