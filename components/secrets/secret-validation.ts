import { CONTROL_SCOPES, describeScope, MAX_AI_KEY_ROTATION_DAYS } from "../../policypack/vocabulary";
import { isIntegerInRange, show, tagArgsError } from "../common";
import { keyAliasError, ownKeyArgsError } from "../kms";
import type { AiProviderSecretArgs } from "./ai-provider-secret-args";

/** Secrets Manager keeps a deleted secret recoverable for 7 to 30 days. */
export const MIN_RECOVERY_WINDOW_DAYS = 7;
export const MAX_RECOVERY_WINDOW_DAYS = 30;
/** The longest window is the default: a deleted provider key can be restored for a month. */
export const DEFAULT_RECOVERY_WINDOW_DAYS = 30;

/**
 * Rotate provider keys monthly by default; at most every MAX_AI_KEY_ROTATION_DAYS (quarterly),
 * the longest interval the policy pack accepts.
 */
export const DEFAULT_ROTATION_DAYS = 30;

/**
 * From this scope on, a provider key must rotate automatically: an enterprise integration's key is
 * shared by a service, not held by one person who would notice the reminder.
 */
export const AUTOMATIC_ROTATION_MIN_SCOPE = CONTROL_SCOPES.automaticKeyRotation;

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function aiProviderSecretArgsError(name: string, args: AiProviderSecretArgs): string | undefined {
  const scope = args.scope ?? 1;
  return [
    tagArgsError(args),
    args.provider === undefined ||
    (typeof args.provider === "string" && /^[A-Za-z0-9._-]{1,64}$/.test(args.provider))
      ? undefined
      : `provider ${show(args.provider)} must be 1 to 64 letters, digits, ".", "_" or "-", such as "openai"; it becomes the ai-provider tag.`,
    typeof (args.secretValue as unknown) === "string"
      ? `secretValue must be a secret Output (pulumi.secret(...) or config.requireSecret(...)), never a plain string, which would sit in the program and its state in clear; leave it unset to set the value out of band.`
      : undefined,
    args.recoveryWindowInDays === undefined ||
    isIntegerInRange(args.recoveryWindowInDays, MIN_RECOVERY_WINDOW_DAYS, MAX_RECOVERY_WINDOW_DAYS)
      ? undefined
      : `recoveryWindowInDays must be a whole number of days from ${MIN_RECOVERY_WINDOW_DAYS} to ${MAX_RECOVERY_WINDOW_DAYS} (got ${show(args.recoveryWindowInDays)}), so a deleted key can be restored; leave it unset for ${DEFAULT_RECOVERY_WINDOW_DAYS}.`,
    args.rotationDays === undefined || isIntegerInRange(args.rotationDays, 1, MAX_AI_KEY_ROTATION_DAYS)
      ? undefined
      : `rotationDays must be a whole number of days from 1 to ${MAX_AI_KEY_ROTATION_DAYS} (got ${show(args.rotationDays)}); leave it unset for ${DEFAULT_ROTATION_DAYS}.`,
    args.rotationLambdaArn === undefined && scope >= AUTOMATIC_ROTATION_MIN_SCOPE
      ? `rotationLambdaArn is required at ${describeScope(scope)}: provider keys of scope ${AUTOMATIC_ROTATION_MIN_SCOPE} and above rotate automatically; give the ARN of a rotation Lambda that creates a new key with the provider and stores it (a reminder instead of rotation is only accepted at scope 1).`
      : undefined,
    args.rotationLambdaArn !== undefined && args.reminderTopicArn !== undefined
      ? `reminderTopicArn is only used without rotationLambdaArn (the reminder replaces automatic rotation); remove one of them.`
      : undefined,
    ownKeyArgsError(name, args, "the secret"),
    args.rotationLambdaArn === undefined && args.reminderTopicArn === undefined
      ? keyAliasError(name, `${name}-reminder-key`)
      : undefined,
  ].find((m) => m !== undefined);
}
