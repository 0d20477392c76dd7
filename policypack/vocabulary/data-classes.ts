/**
 * The kinds of data an AI system stores. Each class fixes how long the data may live and how it is
 * protected, for example whether a bucket needs versioning or object lock.
 */
export const DATA_CLASSES = [
  "training-data",
  "model-artifacts",
  "prompt-logs",
  "audit-logs",
  "knowledge-base",
] as const;

/** One of {@link DATA_CLASSES}. */
export type DataClass = (typeof DATA_CLASSES)[number];

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
