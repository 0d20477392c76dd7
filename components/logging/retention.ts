import {
  MAX_PROMPT_LOG_RETENTION_DAYS,
  MIN_AUDIT_LOG_RETENTION_DAYS,
  type DataClass,
} from "../../policypack/vocabulary";
import { show } from "../common";

/**
 * Retention of CloudWatch Logs log groups by data class, as pure values and checks. Logs are
 * either audit records (kept at least MIN_AUDIT_LOG_RETENTION_DAYS) or prompt and response logs
 * (kept at most MAX_PROMPT_LOG_RETENTION_DAYS); the other data classes do not live in log groups.
 */

/** The retention periods CloudWatch Logs accepts, in days; anything else is rejected by the API. */
export const CLOUDWATCH_RETENTION_DAYS: readonly number[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];

/**
 * The data classes a log group can hold, by name; an object so the component provider's schema
 * publishes them as an enum for other languages.
 */
export const LogDataClass = {
  /** Audit records, kept long. */
  AuditLogs: "audit-logs",
  /** Prompts and responses, kept for a bounded time. */
  PromptLogs: "prompt-logs",
} as const;

/** The data classes a log group can hold. */
export type LogDataClass = (typeof LogDataClass)[keyof typeof LogDataClass];

/** Every data class a log group can hold (each one a {@link DataClass}, which the type checks). */
export const LOG_DATA_CLASSES: readonly (LogDataClass & DataClass)[] = Object.values(LogDataClass);

/** Limits and defaults, in days, by data class. */
export const LOG_GROUP_RETENTION: Readonly<
  Record<LogDataClass, { default: number; min: number; max: number }>
> = {
  /**
   * Audit logs: the vocabulary's minimum is the default, because CloudWatch Logs is the expensive,
   * searchable copy; the long-term copy belongs in an audit-logs bucket (AuditTrail keeps one).
   */
  "audit-logs": { default: MIN_AUDIT_LOG_RETENTION_DAYS, min: MIN_AUDIT_LOG_RETENTION_DAYS, max: 3653 },
  /** Prompt logs: a quarter, as in prompt-log buckets; never beyond the vocabulary's maximum. */
  "prompt-logs": { default: 90, min: 1, max: MAX_PROMPT_LOG_RETENTION_DAYS },
};

/** The retention a log group of `dataClass` gets. */
export function logRetentionFor(dataClass: LogDataClass, retentionInDays?: number): number {
  return retentionInDays ?? LOG_GROUP_RETENTION[dataClass].default;
}

/** A message when `dataClass` cannot be stored in a log group. */
export function logDataClassError(dataClass: unknown): string | undefined {
  return (LOG_DATA_CLASSES as readonly unknown[]).includes(dataClass)
    ? undefined
    : `dataClass ${show(dataClass)} cannot be stored in a log group; set it to one of ${LOG_DATA_CLASSES.join(", ")}.`;
}

/** A message when `days` is not a retention CloudWatch accepts for `dataClass`; `undefined` when it is. */
export function logRetentionError(
  dataClass: LogDataClass,
  days: unknown,
  argName = "retentionInDays",
): string | undefined {
  if (days === undefined) return undefined;
  const limits = LOG_GROUP_RETENTION[dataClass];
  const allowed = CLOUDWATCH_RETENTION_DAYS.filter((d) => d >= limits.min && d <= limits.max);
  if (typeof days === "number" && allowed.includes(days)) return undefined;
  const why =
    dataClass === "audit-logs"
      ? `audit logs are kept at least ${limits.min} days`
      : `prompt logs are kept at most ${limits.max} days`;
  return (
    `${argName} ${show(days)} is not allowed for ${dataClass}: ${why}, and CloudWatch Logs accepts only ` +
    `${allowed.join(", ")} in that range; leave it unset for ${limits.default}.`
  );
}
