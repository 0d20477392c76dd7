import type * as pulumi from "@pulumi/pulumi";
import type { AiTagArgs } from "../common";
import type { WafEvaluationWindow } from "./waf-rules";

/**
 * How callers of an inference API authenticate, by name (the values are API Gateway's
 * authorization types). Written as an object (not only a union type) so the component provider's
 * schema analysis publishes it as an enum for programs in other languages.
 */
export const AuthorizerType = {
  /** Callers sign requests with SigV4; IAM policies (`execute-api:Invoke`) decide who may call. */
  AwsIam: "AWS_IAM",
  /** Callers present a JWT issued by a Cognito user pool. */
  CognitoUserPools: "COGNITO_USER_POOLS",
} as const;

/** How callers of an inference API authenticate: "AWS_IAM" (SigV4) or "COGNITO_USER_POOLS" (JWT). */
export type AuthorizerType = (typeof AuthorizerType)[keyof typeof AuthorizerType];

/**
 * How callers authenticate: IAM (SigV4-signed requests, the default) or a Cognito user pool (JWTs).
 * REST APIs have no generic JWT authorizer (issuer + audience is an HTTP API feature); the Cognito
 * authorizer checks the issuer (the pool), the signature and the expiry, and the scopes stand in
 * for the audience. The user pool fields belong to "COGNITO_USER_POOLS" only.
 */
export interface InferenceApiAuthorizer {
  /**
   * The kind of authorizer: "AWS_IAM" or "COGNITO_USER_POOLS". There is no unauthenticated kind.
   * @default none: required, it selects the kind of authorizer
   */
  readonly type: AuthorizerType;
  /**
   * ARNs of the user pools whose tokens are accepted (the issuers). Required with
   * "COGNITO_USER_POOLS", rejected with "AWS_IAM".
   * @default none: required with "COGNITO_USER_POOLS"
   */
  readonly userPoolArns?: pulumi.Input<string>[];
  /**
   * OAuth scopes an access token must carry, one of them at least, such as `inference-api/invoke`.
   * Required with "COGNITO_USER_POOLS" (without scopes API Gateway accepts any ID token of the
   * pool, for any app client), rejected with "AWS_IAM".
   * @default none: required with "COGNITO_USER_POOLS"
   */
  readonly authorizationScopes?: string[];
}

/** Stage-wide throttling. */
export interface ThrottlingArgs {
  /**
   * Steady-state requests per second for the whole stage.
   * @default 10
   */
  readonly rateLimit?: number;
  /**
   * Requests allowed in a burst above the rate.
   * @default 20
   */
  readonly burstLimit?: number;
}

/** The web ACL's per-client rate limit and managed-rule exceptions. */
export interface WafArgs {
  /**
   * Requests one IP address may make per evaluation window before WAF blocks it; at least 10.
   * @default 300
   */
  readonly rateLimit?: number;
  /**
   * The window the rate is counted over, in seconds: 60, 120, 300 or 600.
   * @default 300
   */
  readonly evaluationWindowSec?: WafEvaluationWindow;
  /**
   * Relaxation: rules of AWSManagedRulesCommonRuleSet that only count instead of blocking. The
   * usual one for an LLM API is `SizeRestrictions_BODY`, which blocks bodies over 8 KB, so long
   * prompts (retrieved context, documents) are rejected until it is listed here.
   * @default [] (every rule blocks)
   */
  readonly excludedCommonRules?: string[];
}

/** Arguments of InferenceApi. Only `handlerFunctionArn` is required. */
export interface InferenceApiArgs extends AiTagArgs {
  /**
   * ARN of the Lambda function that invokes the model (it receives API Gateway proxy events). The
   * component allows API Gateway to invoke it from this API's stage and method only.
   * @default none: required, the API has nothing to serve without it
   */
  readonly handlerFunctionArn: pulumi.Input<string>;
  /**
   * How callers authenticate: IAM (SigV4) unless a Cognito user pool is given. There is no
   * unauthenticated option.
   * @default { type: "AWS_IAM" }
   */
  readonly authorizer?: InferenceApiAuthorizer;
  /**
   * Stage-wide throttling, applied to every method.
   * @default { rateLimit: 10, burstLimit: 20 }
   */
  readonly throttling?: ThrottlingArgs;
  /**
   * The web ACL in front of the stage.
   * @default { rateLimit: 300, evaluationWindowSec: 300, excludedCommonRules: [] }
   */
  readonly waf?: WafArgs;
  /**
   * The API serves `POST /<path>`.
   * @default "invoke"
   */
  readonly path?: string;
  /**
   * The stage name, part of the URL.
   * @default "v1"
   */
  readonly stageName?: string;
  /**
   * Days the access log (one JSON record per request, no bodies) is kept; at least
   * MIN_AUDIT_LOG_RETENTION_DAYS, because it is the audit record of who called the model.
   * @default 365
   */
  readonly accessLogRetentionInDays?: number;
  /**
   * X-Ray tracing of the stage. `false` is a relaxation.
   * @default true
   */
  readonly tracing?: boolean;
  /**
   * REST API logging needs the account's API Gateway CloudWatch role, one per account and region.
   * When given, the component sets it (`aws.apigateway.Account`); leave it unset when another stack
   * manages that setting, as a second owner would overwrite it.
   * @default unset (the account setting must already exist)
   */
  readonly cloudWatchRoleArn?: pulumi.Input<string>;
  /**
   * Administrators of the access-log group's key.
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
}
