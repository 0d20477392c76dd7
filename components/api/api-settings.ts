/**
 * Plain settings of an {@link InferenceApi}: throttling defaults, the access-log format and the
 * Lambda integration URI, kept apart from the component so they can be read and tested alone.
 */

/**
 * Stage throttling: 10 requests a second, bursts of 20. Every call reaches a model that is billed
 * by the token, so the default caps the whole API at a level one team's application needs; raise
 * it deliberately when the load is known. Per-client limits are WAF's job (see waf-rules.ts).
 */
export const DEFAULT_API_THROTTLING = { rateLimit: 10, burstLimit: 20 } as const;

/** The stage the API is deployed to. */
export const DEFAULT_API_STAGE_NAME = "v1";

/** The resource path of the single POST method. */
export const DEFAULT_API_PATH = "invoke";

/**
 * The access-log record, one JSON object per request: who called (IP, IAM caller or token
 * subject), what they called, when, the outcome, and what WAF and the authorizer decided.
 * No request or response bodies: those are prompts and completions, which belong in the
 * retention-bounded invocation logs, not in a year-long audit log.
 */
export const ACCESS_LOG_FIELDS: Readonly<Record<string, string>> = {
  requestId: "$context.requestId",
  extendedRequestId: "$context.extendedRequestId",
  requestTime: "$context.requestTimeEpoch",
  sourceIp: "$context.identity.sourceIp",
  userAgent: "$context.identity.userAgent",
  caller: "$context.identity.caller",
  userArn: "$context.identity.userArn",
  principalId: "$context.authorizer.principalId",
  tokenSubject: "$context.authorizer.claims.sub",
  httpMethod: "$context.httpMethod",
  resourcePath: "$context.resourcePath",
  stage: "$context.stage",
  status: "$context.status",
  responseLength: "$context.responseLength",
  responseLatency: "$context.responseLatency",
  integrationStatus: "$context.integration.status",
  integrationLatency: "$context.integration.latency",
  wafStatus: "$context.waf.status",
  authorizerError: "$context.authorizer.error",
  errorMessage: "$context.error.message",
  errorType: "$context.error.responseType",
};

/** The access-log format string API Gateway takes. */
export const ACCESS_LOG_FORMAT = JSON.stringify(ACCESS_LOG_FIELDS);

/** The URI API Gateway invokes a Lambda function through (AWS_PROXY integration). */
export function lambdaInvokeUri(c: { partition: string; region: string; functionArn: string }): string {
  return `arn:${c.partition}:apigateway:${c.region}:lambda:path/2015-03-31/functions/${c.functionArn}/invocations`;
}
