import {
  addedStatementsError,
  dataClassError,
  isIntegerInRange,
  show,
  tagArgsError,
  wildcardPrincipalError,
} from "../common";
import { isKeyPolicyOwnSid } from "./key-policy";
import type { ScopedKeyArgs } from "./scoped-key-args";

/** KMS waits 7 to 30 days before it deletes a key; outside that range the API call fails. */
export const MIN_DELETION_WINDOW_DAYS = 7;
export const MAX_DELETION_WINDOW_DAYS = 30;

/**
 * The longest window is the default: a scheduled deletion is the one KMS operation that destroys
 * data for good (everything encrypted under the key), so keep the most time to notice and cancel it.
 */
export const DEFAULT_DELETION_WINDOW_DAYS = 30;

/** The rotation periods KMS accepts for automatic rotation. */
export const MIN_ROTATION_PERIOD_DAYS = 90;
export const MAX_ROTATION_PERIOD_DAYS = 2560;

/** KMS alias names: letters, digits, `/`, `_`, `-`; up to 256 characters with the `alias/` prefix. */
const ALIAS_NAME = /^[a-zA-Z0-9/_-]{1,250}$/;

/** The deletion window that the key will get, or a message explaining what to change. */
export function deletionWindowError(days: unknown, allowShort: unknown): string | undefined {
  if (days === undefined) {
    return undefined;
  }
  if (!isIntegerInRange(days, MIN_DELETION_WINDOW_DAYS, MAX_DELETION_WINDOW_DAYS)) {
    return (
      `deletionWindowInDays must be a whole number of days from ${MIN_DELETION_WINDOW_DAYS} to ` +
      `${MAX_DELETION_WINDOW_DAYS}, the range KMS accepts (got ${show(days)}); leave it unset for ${DEFAULT_DELETION_WINDOW_DAYS}.`
    );
  }
  if (days < DEFAULT_DELETION_WINDOW_DAYS && allowShort !== true) {
    return (
      `deletionWindowInDays ${days} is shorter than the secure default of ${DEFAULT_DELETION_WINDOW_DAYS} days; ` +
      `set allowShortDeletionWindow: true to accept it, or leave deletionWindowInDays unset.`
    );
  }
  return undefined;
}

/** A message when the rotation period is outside what KMS accepts. */
export function rotationPeriodError(days: unknown): string | undefined {
  return days === undefined || isIntegerInRange(days, MIN_ROTATION_PERIOD_DAYS, MAX_ROTATION_PERIOD_DAYS)
    ? undefined
    : `rotationPeriodInDays must be a whole number of days from ${MIN_ROTATION_PERIOD_DAYS} to ` +
        `${MAX_ROTATION_PERIOD_DAYS} (got ${show(days)}); leave it unset for KMS's yearly rotation.`;
}

/** A message when the alias name (without `alias/`) is not one KMS accepts. */
export function aliasNameError(aliasName: string): string | undefined {
  if (aliasName.startsWith("aws/")) {
    return `aliasName "${aliasName}" is in the aws/ namespace, which AWS reserves for its own keys; choose another aliasName.`;
  }
  return ALIAS_NAME.test(aliasName)
    ? undefined
    : `aliasName "${aliasName}" must be 1 to 250 letters, digits, "/", "_" or "-" (it becomes alias/<aliasName>); set aliasName explicitly.`;
}

/** The alias name without its `alias/` prefix, as the caller wrote it or from the component name. */
export function aliasNameFor(name: string, aliasName?: string): string {
  const chosen = aliasName ?? name;
  return chosen.startsWith("alias/") ? chosen.slice("alias/".length) : chosen;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function scopedKeyArgsError(name: string, args: ScopedKeyArgs): string | undefined {
  return [
    tagArgsError(args),
    args.dataClass === undefined ? undefined : dataClassError(args.dataClass),
    deletionWindowError(args.deletionWindowInDays, args.allowShortDeletionWindow),
    rotationPeriodError(args.rotationPeriodInDays),
    aliasNameError(aliasNameFor(name, args.aliasName)),
    wildcardPrincipalError("admins", args.admins),
    wildcardPrincipalError("users", args.users),
    addedStatementsError(args.additionalKeyPolicyStatements, {
      argName: "additionalKeyPolicyStatements",
      service: "kms",
      owner: "the key",
      isOwnSid: isKeyPolicyOwnSid,
    }),
  ].find((m) => m !== undefined);
}
