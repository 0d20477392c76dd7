import {
  CONTROL_SCOPES,
  describeScope,
  isDataClass,
  type Scope,
  VERSIONED_DATA_CLASSES,
} from "../../policypack/vocabulary";
import {
  addedStatementsError,
  dataClassError,
  isIntegerInRange,
  lowestScopeFor,
  show,
  tagArgsError,
  wildcardPrincipalError,
} from "../common";
import { customerKeyError } from "../kms/key-args-validation";
import type { AiDataBucketArgs } from "./ai-data-bucket-args";
import { isBucketPolicyOwnSid } from "./bucket-policy";
import { retentionError } from "./lifecycle";

/**
 * Pure checks of AiDataBucket arguments, run before any child resource exists. Each message says
 * what to change; the component adds its type and name.
 */

/**
 * Pulumi autonames the bucket `<name>-<7 hex>`, and S3 names are 3 to 63 lowercase letters, digits,
 * dots and hyphens. Dots are left out on purpose: they break TLS for virtual-hosted requests.
 */
const BUCKET_NAME_PREFIX = /^[a-z0-9][a-z0-9-]{0,54}$/;

/** Longest object-lock default retention accepted, in days (ten years). */
export const MAX_OBJECT_LOCK_DAYS = 3650;

/**
 * Model artifacts are locked (WORM, governance mode) for 30 days by default: a swapped artifact is
 * how a model gets backdoored, and a month covers signing, evaluation and rollout.
 */
export const DEFAULT_MODEL_ARTIFACT_LOCK_DAYS = 30;

/** The object-lock retention a bucket gets; 0 means no object lock. */
export function objectLockDaysFor(args: Pick<AiDataBucketArgs, "dataClass" | "objectLockDays">): number {
  return args.objectLockDays ?? (args.dataClass === "model-artifacts" ? DEFAULT_MODEL_ARTIFACT_LOCK_DAYS : 0);
}

/** A message when the component name cannot prefix an S3 bucket name. */
export function bucketNameError(name: string): string | undefined {
  return BUCKET_NAME_PREFIX.test(name)
    ? undefined
    : `the name "${name}" prefixes the S3 bucket name, so it must be 1 to 55 lowercase letters, digits or hyphens, starting with a letter or digit; rename the component.`;
}

function versioningError(args: AiDataBucketArgs): string | undefined {
  if (args.versioning !== false) {
    return undefined;
  }
  if (VERSIONED_DATA_CLASSES.includes(args.dataClass)) {
    return `versioning: false is not allowed for dataClass "${args.dataClass}", whose stores keep every version so a poisoned or swapped object can be found and rolled back; remove versioning.`;
  }
  return objectLockDaysFor(args) > 0
    ? `versioning: false conflicts with object lock, which needs versioning; remove versioning or set objectLockDays: 0.`
    : undefined;
}

function keyArgsError(args: AiDataBucketArgs): string | undefined {
  const keyError = customerKeyError("kmsKeyArn", args.kmsKeyArn);
  if (keyError !== undefined) {
    return keyError;
  }
  if (args.kmsKeyArn !== undefined && (args.keyAdmins !== undefined || args.keyUsers !== undefined)) {
    return `keyAdmins and keyUsers configure the key the bucket creates, but kmsKeyArn brings your own; remove one or the other.`;
  }
  return (
    wildcardPrincipalError("keyAdmins", args.keyAdmins) ?? wildcardPrincipalError("keyUsers", args.keyUsers)
  );
}

function accessLogTargetError(args: AiDataBucketArgs): string | undefined {
  if (args.accessLogTarget !== true) {
    return undefined;
  }
  if (args.dataClass !== "audit-logs") {
    return `accessLogTarget: true needs dataClass "audit-logs" (access logs are audit records); got dataClass "${args.dataClass}".`;
  }
  return args.requireEncryptionHeader === true
    ? `accessLogTarget: true conflicts with requireEncryptionHeader: true, because S3 log delivery sends no encryption header (the bucket's default SSE-KMS still applies); remove requireEncryptionHeader.`
    : undefined;
}

/** From fine-tuning on, the business owns its model artifacts, and they stay locked. */
export const ARTIFACT_LOCK_SCOPE: Scope = CONTROL_SCOPES.artifactObjectLock;

function objectLockError(args: AiDataBucketArgs): string | undefined {
  if (args.objectLockDays === undefined) return undefined;
  if (!isIntegerInRange(args.objectLockDays, 0, MAX_OBJECT_LOCK_DAYS)) {
    return `objectLockDays must be a whole number of days from 0 (no lock) to ${MAX_OBJECT_LOCK_DAYS} (got ${show(args.objectLockDays)}).`;
  }
  const scope = args.scope ?? lowestScopeFor(args.dataClass);
  return args.objectLockDays === 0 && args.dataClass === "model-artifacts" && scope >= ARTIFACT_LOCK_SCOPE
    ? `objectLockDays: 0 is not allowed for dataClass "model-artifacts" at ${describeScope(scope)}: from scope ${ARTIFACT_LOCK_SCOPE} model artifacts are locked in governance mode, so a swapped artifact cannot replace a signed one; remove objectLockDays, or set it to the days an artifact must stay unchanged.`
    : undefined;
}

/** Object keys are relative to the bucket, which writes its own ARN in front of them. */
function objectKeysError(statements: unknown): string | undefined {
  if (!Array.isArray(statements)) return undefined;
  for (const [i, statement] of statements.entries()) {
    const keys: unknown =
      typeof statement === "object" && statement !== null && "objectKeys" in statement
        ? statement.objectKeys
        : undefined;
    // Keys given as Outputs are written once known; literal ones are checked here.
    const bad = (Array.isArray(keys) ? keys : []).find(
      (k) => typeof k === "string" && (k === "" || k.startsWith("/") || k.startsWith("arn:")),
    );
    if (bad !== undefined) {
      return `additionalBucketPolicyStatements[${i}].objectKeys contains ${show(bad)}; name object keys relative to the bucket, such as "AWSLogs/*" (the bucket writes its own ARN in front).`;
    }
  }
  return undefined;
}

function addedBucketStatementsError(statements: unknown): string | undefined {
  return (
    addedStatementsError(statements, {
      argName: "additionalBucketPolicyStatements",
      service: "s3",
      owner: "the bucket",
      isOwnSid: isBucketPolicyOwnSid,
    }) ?? objectKeysError(statements)
  );
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function aiDataBucketArgsError(name: string, args: AiDataBucketArgs): string | undefined {
  // Without a valid data class the other checks have nothing to stand on.
  if (!isDataClass(args?.dataClass)) {
    return dataClassError(args?.dataClass);
  }
  return [
    tagArgsError(args),
    bucketNameError(name),
    versioningError(args),
    keyArgsError(args),
    accessLogTargetError(args),
    objectLockError(args),
    retentionError(args.dataClass, args),
    addedBucketStatementsError(args.additionalBucketPolicyStatements),
  ].find((m) => m !== undefined);
}
