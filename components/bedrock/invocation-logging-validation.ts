import type { Scope } from "../../policypack/vocabulary";
import { isIntegerInRange, show, tagArgsError, wildcardPrincipalError } from "../common";
import { aliasNameError, aliasNameFor } from "../kms";
import { logRetentionError } from "../logging";
import { bucketNameError, RETENTION } from "../storage";
import type { ModelInvocationLoggingArgs } from "./invocation-logging-args";
import { CONTROL_SCOPES } from "../../policypack/vocabulary";

/**
 * Pure checks of ModelInvocationLogging arguments, run before any child exists. They cover what
 * the children (log group, bucket, keys) would reject, so a mistake never leaves half a component.
 */

/** Model-invocation logging comes with scope 3: building on a foundation model through Bedrock. */
export const INVOCATION_LOGGING_DEFAULT_SCOPE: Scope = CONTROL_SCOPES.invocationLogging;

/** S3 key prefixes Bedrock accepts and a policy can name: segments of safe characters, no wildcard. */
const KEY_PREFIX = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

/** CloudWatch Logs group names. */
const LOG_GROUP_NAME = /^[A-Za-z0-9._\-/#]{1,512}$/;

function payloadRetentionError(days: unknown): string | undefined {
  const limits = RETENTION.promptLogs;
  return days === undefined || isIntegerInRange(days, limits.min, limits.max)
    ? undefined
    : `payloadRetentionDays must be a whole number of days from ${limits.min} to ${limits.max} for prompt logs (got ${show(days)}); leave it unset for ${limits.default}.`;
}

function keyPrefixError(prefix: unknown): string | undefined {
  return prefix === undefined ||
    (typeof prefix === "string" && prefix.length <= 200 && KEY_PREFIX.test(prefix))
    ? undefined
    : `payloadKeyPrefix ${show(prefix)} must be up to 200 letters, digits, ".", "_", "-" in "/"-separated segments, without leading or trailing "/" or wildcards; leave it unset for "bedrock-invocations".`;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function modelInvocationLoggingArgsError(
  name: string,
  args: ModelInvocationLoggingArgs,
): string | undefined {
  return [
    tagArgsError(args),
    bucketNameError(`${name}-payloads`),
    aliasNameError(aliasNameFor(`${name}-logs-key`)),
    aliasNameError(aliasNameFor(`${name}-payloads-key`)),
    logRetentionError("prompt-logs", args.retentionInDays),
    payloadRetentionError(args.payloadRetentionDays),
    keyPrefixError(args.payloadKeyPrefix),
    args.logGroupName === undefined ||
    (typeof args.logGroupName === "string" && LOG_GROUP_NAME.test(args.logGroupName))
      ? undefined
      : `logGroupName ${show(args.logGroupName)} is not a CloudWatch Logs group name (1 to 512 letters, digits and "._-/#").`,
    wildcardPrincipalError("keyAdmins", args.keyAdmins),
  ].find((m) => m !== undefined);
}
