import type { Scope } from "../../policypack/vocabulary";
import { show, tagArgsError, wildcardPrincipalError } from "../common";
import { aliasNameError, aliasNameFor } from "../kms";
import { logRetentionError } from "../logging";
import { AuthorizerType, type InferenceApiArgs } from "./inference-api-args";
import { WAF_EVALUATION_WINDOWS, WAF_MAX_RATE_LIMIT, WAF_MIN_RATE_LIMIT } from "./waf-rules";
import { CONTROL_SCOPES } from "../../policypack/vocabulary";

/**
 * Pure checks of InferenceApi arguments, run before any child exists. Only literal strings can be
 * checked then; values that are Outputs (a function ARN from a resource) are trusted.
 */

/** An authenticated, rate-limited inference API comes with scope 3 (building on a model's API). */
export const INFERENCE_API_DEFAULT_SCOPE: Scope = CONTROL_SCOPES.inferenceApi;

/** The component name prefixes the web ACL, the log group and the key alias. */
const NAME_PREFIX = /^[A-Za-z0-9_-]{1,100}$/;
/** A Lambda function ARN, optionally with a version or alias qualifier. */
const FUNCTION_ARN =
  /^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9_-]{1,64}(:[A-Za-z0-9_$-]+)?$/;
/** A Cognito user pool ARN. */
const USER_POOL_ARN = /^arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:\d{12}:userpool\/[a-z0-9-]+_[A-Za-z0-9]+$/;
/** An IAM role ARN. */
const ROLE_ARN = /^arn:aws[a-z-]*:iam::\d{12}:role\/[A-Za-z0-9+=,.@_\-/]+$/;
/** One path segment of the API. */
const PATH_SEGMENT = /^[A-Za-z0-9._-]{1,64}$/;
/** API Gateway stage names. */
const STAGE_NAME = /^[A-Za-z0-9_-]{1,128}$/;
/** Names of rules inside a managed rule group. */
const RULE_NAME = /^[A-Za-z0-9_-]{1,128}$/;

function handlerError(arn: unknown): string | undefined {
  if (arn === undefined || arn === null || arn === "") {
    return `handlerFunctionArn is required: pass the ARN of the Lambda function that invokes the model.`;
  }
  return typeof arn === "string" && !FUNCTION_ARN.test(arn)
    ? `handlerFunctionArn ${show(arn)} is not a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>).`
    : undefined;
}

const IAM = AuthorizerType.AwsIam;
const COGNITO = AuthorizerType.CognitoUserPools;

function authorizerError(authorizer: InferenceApiArgs["authorizer"]): string | undefined {
  if (authorizer === undefined) return undefined;
  if (authorizer === null || typeof authorizer !== "object" || Array.isArray(authorizer)) {
    return `authorizer must be an object such as { type: "${IAM}" } (got ${show(authorizer)}); leave it unset for IAM (SigV4) authorization.`;
  }
  const type: unknown = authorizer.type;
  if (type === undefined) {
    return `authorizer.type is required: set it to "${IAM}" (SigV4-signed calls) or "${COGNITO}" (JWTs of a Cognito user pool), or leave authorizer unset for "${IAM}".`;
  }
  if (type !== IAM && type !== COGNITO) {
    return `authorizer.type ${show(type)} is not supported; use "${IAM}" (SigV4-signed calls) or "${COGNITO}" (JWTs of a Cognito user pool).`;
  }
  if (type === IAM) {
    const cognitoOnly = (["userPoolArns", "authorizationScopes"] as const).find(
      (k) => authorizer[k] !== undefined && authorizer[k] !== null,
    );
    return cognitoOnly === undefined
      ? undefined
      : `authorizer.${cognitoOnly} applies to a "${COGNITO}" authorizer only; remove it, or set authorizer.type to "${COGNITO}" to accept the user pool's JWTs instead of SigV4-signed calls.`;
  }
  const pools = authorizer.userPoolArns;
  if (!Array.isArray(pools) || pools.length === 0) {
    return `authorizer.userPoolArns is ${pools === undefined ? "missing" : "empty"}; a ${COGNITO} authorizer needs the ARN of the user pool that issues the tokens (the issuer).`;
  }
  const badPool = pools.find((p) => typeof p === "string" && !USER_POOL_ARN.test(p));
  if (badPool !== undefined) {
    return `authorizer.userPoolArns contains ${show(badPool)}, which is not a Cognito user pool ARN (arn:aws:cognito-idp:<region>:<account>:userpool/<pool id>).`;
  }
  const scopes = authorizer.authorizationScopes;
  if (!Array.isArray(scopes) || scopes.length === 0) {
    return (
      `authorizer.authorizationScopes is ${scopes === undefined ? "missing" : "empty"}; name the OAuth scopes a caller's access token must carry (for example "inference-api/invoke"). ` +
      `API Gateway's Cognito authorizer does not check a token's audience, so without scopes any ID token of the pool, for any app client, would be accepted.`
    );
  }
  const badScope = scopes.find((s) => typeof s !== "string" || !/^\S+$/.test(s));
  return badScope === undefined
    ? undefined
    : `authorizer.authorizationScopes contains ${show(badScope)}; each scope is one word such as "inference-api/invoke".`;
}

function throttlingError(throttling: InferenceApiArgs["throttling"]): string | undefined {
  const rate = throttling?.rateLimit;
  if (rate !== undefined && !(typeof rate === "number" && Number.isFinite(rate) && rate > 0)) {
    return `throttling.rateLimit must be a number of requests per second above 0 (got ${show(rate)}); API Gateway treats -1 as unlimited, and a model behind an unthrottled API is an open bill. Leave it unset for 10.`;
  }
  const burst = throttling?.burstLimit;
  if (burst !== undefined && !(typeof burst === "number" && Number.isInteger(burst) && burst > 0)) {
    return `throttling.burstLimit must be a whole number of requests above 0 (got ${show(burst)}); leave it unset for 20.`;
  }
  return undefined;
}

function wafError(waf: InferenceApiArgs["waf"]): string | undefined {
  const limit = waf?.rateLimit;
  if (limit !== undefined) {
    if (typeof limit !== "number" || !Number.isInteger(limit) || limit > WAF_MAX_RATE_LIMIT) {
      return `waf.rateLimit must be a whole number of requests per window from ${WAF_MIN_RATE_LIMIT} to ${WAF_MAX_RATE_LIMIT} (got ${show(limit)}); leave it unset for 300.`;
    }
    if (limit < WAF_MIN_RATE_LIMIT) {
      return `waf.rateLimit ${limit} is below ${WAF_MIN_RATE_LIMIT}, the lowest limit AWS WAF accepts for a rate-based rule; set it to ${WAF_MIN_RATE_LIMIT} or more, or lengthen waf.evaluationWindowSec to count fewer requests per second.`;
    }
  }
  const window = waf?.evaluationWindowSec;
  if (window !== undefined && !(WAF_EVALUATION_WINDOWS as readonly unknown[]).includes(window)) {
    return `waf.evaluationWindowSec ${show(window)} is not a window AWS WAF accepts; use ${WAF_EVALUATION_WINDOWS.join(", ")} seconds.`;
  }
  const badRule = (waf?.excludedCommonRules ?? []).find((r) => typeof r !== "string" || !RULE_NAME.test(r));
  return badRule === undefined
    ? undefined
    : `waf.excludedCommonRules contains ${show(badRule)}; name rules of AWSManagedRulesCommonRuleSet exactly, such as "SizeRestrictions_BODY", without wildcards.`;
}

/** The first problem with `args`, without the component prefix; `undefined` when they are valid. */
export function inferenceApiArgsError(name: string, args: InferenceApiArgs): string | undefined {
  return [
    tagArgsError(args ?? {}),
    NAME_PREFIX.test(name)
      ? undefined
      : `the name "${name}" prefixes the web ACL and log group names, so it must be 1 to 100 letters, digits, "-" or "_"; rename the component.`,
    handlerError(args?.handlerFunctionArn),
    args?.path === undefined || (typeof args.path === "string" && PATH_SEGMENT.test(args.path))
      ? undefined
      : `path ${show(args.path)} must be one path segment of 1 to 64 letters, digits, ".", "_" or "-" (the API serves POST /<path>); leave it unset for "invoke".`,
    args?.stageName === undefined || (typeof args.stageName === "string" && STAGE_NAME.test(args.stageName))
      ? undefined
      : `stageName ${show(args.stageName)} must be 1 to 128 letters, digits, "-" or "_"; leave it unset for "v1".`,
    authorizerError(args?.authorizer),
    throttlingError(args?.throttling),
    wafError(args?.waf),
    logRetentionError("audit-logs", args?.accessLogRetentionInDays, "accessLogRetentionInDays"),
    typeof args?.cloudWatchRoleArn === "string" && !ROLE_ARN.test(args.cloudWatchRoleArn)
      ? `cloudWatchRoleArn ${show(args.cloudWatchRoleArn)} is not an IAM role ARN (arn:aws:iam::<account>:role/<name>).`
      : undefined,
    wildcardPrincipalError("keyAdmins", args?.keyAdmins),
    aliasNameError(aliasNameFor(`${name}-access-key`)),
  ].find((m) => m !== undefined);
}
