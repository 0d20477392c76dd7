import type { Scope } from "../../policypack/vocabulary";
import { isIntegerInRange, show, tagArgsError, wildcardPrincipalError } from "../common";
import { ownKeyArgsError } from "../kms";
import type { ModelImageRepositoryArgs } from "./model-image-repository-args";
import { CONTROL_SCOPES } from "../../policypack/vocabulary";

/**
 * Pure checks of ModelImageRepository arguments, run before any child exists. Each message names
 * the argument and says what to change; the component adds its type and name.
 */

/**
 * The scope model hardens the image registry with self-training (scope 5), so that is the
 * default label; the policy pack already checks registries from scope 4, where a custom serving
 * or fine-tuning image appears, and a scope-4 stack sets `scope: 4`.
 */
export const IMAGE_REPOSITORY_DEFAULT_SCOPE: Scope = CONTROL_SCOPES.imageRegistry;

/**
 * Untagged images (a build pushed before it was tagged, or whose tag failed) expire after two
 * weeks: long enough to find out why, short enough that nobody starts to run them by digest.
 */
export const DEFAULT_UNTAGGED_EXPIRY_DAYS = 14;
/** The longest expiry accepted, ten years. */
export const MAX_UNTAGGED_EXPIRY_DAYS = 3650;

/** ECR repository names: lowercase path segments of letters and digits joined by `.`, `_` or `-`. */
const REPOSITORY_NAME = /^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
/** IAM role and user ARNs (the principals that push from a pipeline). */
const PRINCIPAL_ARN = /^arn:aws[a-z-]*:iam::\d{12}:(role|user)\/[A-Za-z0-9+=,.@_\-/]+$/;
/** Service principals: `lambda.amazonaws.com`. */
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;

/** The repository's name, as given or from the component name. */
export function repositoryNameFor(
  name: string,
  args: Pick<ModelImageRepositoryArgs, "repositoryName">,
): string {
  return args.repositoryName ?? name;
}

function repositoryNameError(name: string, args: ModelImageRepositoryArgs): string | undefined {
  const repository = repositoryNameFor(name, args);
  if (
    typeof repository === "string" &&
    repository.length >= 2 &&
    repository.length <= 256 &&
    REPOSITORY_NAME.test(repository)
  ) {
    return undefined;
  }
  const rule =
    "2 to 256 lowercase letters and digits, in segments joined by '.', '_' or '-' and separated by '/'";
  return args.repositoryName === undefined
    ? `the name "${name}" becomes the repository name, which must be ${rule}; rename the component or set repositoryName.`
    : `repositoryName ${show(repository)} must be ${rule}.`;
}

function expiryError(days: unknown): string | undefined {
  return days === undefined || isIntegerInRange(days, 1, MAX_UNTAGGED_EXPIRY_DAYS)
    ? undefined
    : `untaggedImageExpiryDays must be a whole number of days from 1 to ${MAX_UNTAGGED_EXPIRY_DAYS} (got ${show(days)}).`;
}

function pushPrincipalsError(principals: unknown): string | undefined {
  if (!Array.isArray(principals)) return undefined;
  if (principals.length === 0) {
    return `pushPrincipals is empty, so nobody could push; list the roles that publish images (your build pipeline's), or remove it to leave pushing to IAM.`;
  }
  const wildcard = wildcardPrincipalError("pushPrincipals", principals);
  if (wildcard !== undefined) return wildcard;
  const bad = principals.find((p) => typeof p === "string" && !PRINCIPAL_ARN.test(p));
  return bad === undefined
    ? undefined
    : `pushPrincipals contains ${show(bad)}, which is not an IAM role or user ARN (arn:aws:iam::<account>:role/<name>).`;
}

function pullServicesError(services: unknown): string | undefined {
  const bad = Array.isArray(services)
    ? services.find((s) => typeof s !== "string" || !SERVICE_PRINCIPAL.test(s))
    : undefined;
  return bad === undefined
    ? undefined
    : `pullServices contains ${show(bad)}, which is not an AWS service principal such as "lambda.amazonaws.com".`;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function modelImageRepositoryArgsError(
  name: string,
  args: ModelImageRepositoryArgs,
): string | undefined {
  return [
    tagArgsError(args),
    repositoryNameError(name, args),
    expiryError(args.untaggedImageExpiryDays),
    pushPrincipalsError(args.pushPrincipals),
    pullServicesError(args.pullServices),
    ownKeyArgsError(name, args, "the repository"),
  ].find((m) => m !== undefined);
}
