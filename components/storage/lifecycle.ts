import {
  MAX_PROMPT_LOG_RETENTION_DAYS,
  MIN_AUDIT_LOG_RETENTION_DAYS,
  type DataClass,
} from "../../policypack/vocabulary";
import { isIntegerInRange, show } from "../common";

/**
 * Lifecycle rules by data class, as a pure chooser: the component only turns the plan into a
 * BucketLifecycleConfiguration, and the property tests run the chooser alone.
 */

/** Retention arguments of an AiDataBucket. */
export interface RetentionArgs {
  /**
   * Days current objects live; prompt-logs and audit-logs only.
   * @default 90 for prompt-logs, 2555 (seven years) for audit-logs (RETENTION)
   */
  readonly retentionDays?: number;
  /**
   * Days old versions are kept after they are replaced; training-data, model-artifacts, knowledge-base only.
   * @default 90 (RETENTION.versions)
   */
  readonly noncurrentVersionRetentionDays?: number;
}

/** Limits and defaults, in days. */
export const RETENTION = {
  /**
   * Prompt logs: long enough to investigate abuse over a quarter, short enough that the personal
   * data users typed does not pile up. The vocabulary caps it.
   */
  promptLogs: { default: 90, min: 1, max: MAX_PROMPT_LOG_RETENTION_DAYS },
  /** Audit logs: seven years, a common regulatory period; never below the vocabulary's minimum. */
  auditLogs: { default: 2555, min: MIN_AUDIT_LOG_RETENTION_DAYS, max: 3650 },
  /**
   * Old versions of training data, artifacts and knowledge bases: a poisoned or swapped object is
   * often noticed weeks later, so keep at least 30 days to roll back and investigate, and bound it
   * at two years so deleted data does not live on as hidden versions.
   */
  versions: { default: 90, min: 30, max: 730 },
  /** Audit logs move to Glacier Instant Retrieval after this many days: cheap, still readable at once. */
  auditArchiveAfterDays: 90,
  /** Incomplete multipart uploads hold storage nobody sees; a week covers any legitimate upload. */
  abortMultipartAfterDays: 7,
  /** Replaced prompt logs go after a day, so no copy outlives the retention by more. */
  promptLogNoncurrentDays: 1,
} as const;

/** Classes whose objects expire after `retentionDays`. */
const EXPIRING: readonly DataClass[] = ["prompt-logs", "audit-logs"];

/** One lifecycle rule, shaped like `aws.s3.BucketLifecycleConfiguration`'s rule input. */
export interface LifecycleRulePlan {
  readonly id: string;
  readonly status: "Enabled";
  readonly filter: Record<string, never>;
  readonly expiration?: { readonly days: number };
  readonly transitions?: { readonly days: number; readonly storageClass: string }[];
  readonly noncurrentVersionExpiration?: { readonly noncurrentDays: number };
  readonly abortIncompleteMultipartUpload: { readonly daysAfterInitiation: number };
}

/** A message when the retention arguments do not fit `dataClass`; `undefined` when they do. */
export function retentionError(dataClass: DataClass, args: RetentionArgs): string | undefined {
  const expiring = EXPIRING.includes(dataClass);
  if (args.retentionDays !== undefined) {
    if (!expiring) {
      return `retentionDays applies only to the prompt-logs and audit-logs data classes; remove it for dataClass "${dataClass}" (use noncurrentVersionRetentionDays to bound old versions).`;
    }
    const limits = dataClass === "prompt-logs" ? RETENTION.promptLogs : RETENTION.auditLogs;
    if (!isIntegerInRange(args.retentionDays, limits.min, limits.max)) {
      return `retentionDays must be a whole number of days from ${limits.min} to ${limits.max} for ${dataClass} (got ${show(args.retentionDays)}); leave it unset for ${limits.default}.`;
    }
  }
  if (args.noncurrentVersionRetentionDays !== undefined) {
    if (expiring) {
      return `noncurrentVersionRetentionDays applies only to the training-data, model-artifacts and knowledge-base data classes; remove it for dataClass "${dataClass}" (use retentionDays).`;
    }
    const limits = RETENTION.versions;
    if (!isIntegerInRange(args.noncurrentVersionRetentionDays, limits.min, limits.max)) {
      return `noncurrentVersionRetentionDays must be a whole number of days from ${limits.min} to ${limits.max} (got ${show(args.noncurrentVersionRetentionDays)}); leave it unset for ${limits.default}.`;
    }
  }
  return undefined;
}

/** The lifecycle rules for a bucket of `dataClass`. Call {@link retentionError} first. */
export function chooseLifecycleRules(dataClass: DataClass, args: RetentionArgs = {}): LifecycleRulePlan[] {
  const abortIncompleteMultipartUpload = { daysAfterInitiation: RETENTION.abortMultipartAfterDays };
  switch (dataClass) {
    case "prompt-logs":
      return [
        {
          id: "expire-prompt-logs",
          status: "Enabled",
          filter: {},
          expiration: { days: args.retentionDays ?? RETENTION.promptLogs.default },
          noncurrentVersionExpiration: { noncurrentDays: RETENTION.promptLogNoncurrentDays },
          abortIncompleteMultipartUpload,
        },
      ];
    case "audit-logs": {
      const days = args.retentionDays ?? RETENTION.auditLogs.default;
      return [
        {
          id: "archive-then-expire-audit-logs",
          status: "Enabled",
          filter: {},
          transitions: [{ days: RETENTION.auditArchiveAfterDays, storageClass: "GLACIER_IR" }],
          expiration: { days },
          // A replaced or deleted audit log is evidence: keep the old version as long as the log.
          noncurrentVersionExpiration: { noncurrentDays: days },
          abortIncompleteMultipartUpload,
        },
      ];
    }
    case "training-data":
    case "model-artifacts":
    case "knowledge-base":
      return [
        {
          id: "bound-noncurrent-versions",
          status: "Enabled",
          filter: {},
          noncurrentVersionExpiration: {
            noncurrentDays: args.noncurrentVersionRetentionDays ?? RETENTION.versions.default,
          },
          abortIncompleteMultipartUpload,
        },
      ];
  }
}
