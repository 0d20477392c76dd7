import { isIntegerInRange, show } from "../common";

/**
 * Budget notifications and Bedrock usage alarms as pure plans: the component turns them into
 * resources, the tests read them directly.
 */

/** Limits and defaults of AiCostGuard. */
export const COST_DEFAULTS = {
  /** A deliberately low monthly ceiling: raising it is a decision, an unnoticed bill is not. */
  monthlyLimitUsd: 100,
  /** Warn when actual spend reaches this share of the limit... */
  actualThresholdPercent: 80,
  /** ...and when the month's forecast reaches it. */
  forecastThresholdPercent: 100,
  /** Model invocations in one hour above which the invocation alarm fires. */
  invocationsPerHour: 10_000,
  /** Input tokens in one hour above which the token alarm fires. */
  inputTokensPerHour: 5_000_000,
  /** Width of the anomaly band, in standard deviations. */
  anomalyBandWidth: 2,
  /** Alarm period, in seconds. */
  periodSeconds: 3600,
} as const;

/** The Bedrock runtime metrics namespace. */
export const BEDROCK_METRICS_NAMESPACE = "AWS/Bedrock";

/** One budget notification, shaped like `aws.budgets.Budget`'s input (without subscribers). */
export interface NotificationPlan {
  readonly comparisonOperator: "GREATER_THAN";
  readonly notificationType: "ACTUAL" | "FORECASTED";
  readonly threshold: number;
  readonly thresholdType: "PERCENTAGE";
}

/** The budget's notifications: actual spend at `actualPercent`, forecast at `forecastPercent`. */
export function budgetNotifications(actualPercent: number, forecastPercent: number): NotificationPlan[] {
  return [
    {
      comparisonOperator: "GREATER_THAN",
      notificationType: "ACTUAL",
      threshold: actualPercent,
      thresholdType: "PERCENTAGE",
    },
    {
      comparisonOperator: "GREATER_THAN",
      notificationType: "FORECASTED",
      threshold: forecastPercent,
      thresholdType: "PERCENTAGE",
    },
  ];
}

/** The `ANOMALY_DETECTION_BAND` expression for metric `id` with `width` standard deviations. */
export function anomalyBandExpression(id: string, width: number): string {
  return `ANOMALY_DETECTION_BAND(${id}, ${width})`;
}

/** A message when `value` is not a positive amount; `undefined` when it is. */
export function amountError(argName: string, value: unknown, max = 1_000_000_000): string | undefined {
  return value === undefined ||
    (typeof value === "number" && Number.isFinite(value) && value > 0 && value <= max)
    ? undefined
    : `${argName} must be a positive number up to ${max} (got ${show(value)}).`;
}

/** A message when `value` is not a whole percentage from 1 to 1000; `undefined` when it is. */
export function percentError(argName: string, value: unknown): string | undefined {
  return value === undefined || isIntegerInRange(value, 1, 1000)
    ? undefined
    : `${argName} must be a whole percentage from 1 to 1000 (got ${show(value)}).`;
}
