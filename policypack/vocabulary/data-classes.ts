/**
 * The kinds of data an AI system stores, by name. Written as an object (not only a union type) so
 * the component provider's schema analysis publishes them as an enum for other languages.
 */
export const DataClass = {
  /** Data a model is trained or fine-tuned on. */
  TrainingData: "training-data",
  /** Model weights, checkpoints and evaluation results. */
  ModelArtifacts: "model-artifacts",
  /** Prompts and responses of a model in use. */
  PromptLogs: "prompt-logs",
  /** Audit records: trails, access logs, invocation records. */
  AuditLogs: "audit-logs",
  /** Documents a retrieval-augmented application searches. */
  KnowledgeBase: "knowledge-base",
} as const;

/**
 * The kinds of data an AI system stores. Each class fixes how long the data may live and how it is
 * protected, for example whether a bucket needs versioning or object lock.
 */
export type DataClass = (typeof DataClass)[keyof typeof DataClass];

/** Every data class, in the order above. */
export const DATA_CLASSES: readonly DataClass[] = Object.values(DataClass);

/** True when `value` names a data class. */
export function isDataClass(value: unknown): value is DataClass {
  return typeof value === "string" && (DATA_CLASSES as readonly string[]).includes(value);
}

/**
 * Data classes whose loss or silent change would corrupt a model: training data can be poisoned
 * and artifacts swapped, so stores that hold them keep every version.
 */
export const VERSIONED_DATA_CLASSES: readonly DataClass[] = ["training-data", "model-artifacts"];

/**
 * Data classes whose stores are write-once from scope 4: a model artifact that is signed and
 * evaluated must not be overwritten or deleted for a retention period, so a swapped artifact
 * cannot take its place.
 */
export const OBJECT_LOCKED_DATA_CLASSES: readonly DataClass[] = ["model-artifacts"];

/**
 * Prompt and response logs hold whatever users typed, personal data included, so they must not be
 * kept forever: this is the longest retention, in days, that the controls accept for them.
 */
export const MAX_PROMPT_LOG_RETENTION_DAYS = 400;

/** Audit logs must outlive most investigations: at least this many days. */
export const MIN_AUDIT_LOG_RETENTION_DAYS = 365;
