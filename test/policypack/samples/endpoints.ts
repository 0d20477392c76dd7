import { AwsType } from "../../../policypack/vocabulary";
import { r, resourceSample, stackSample, withOddProps, type DomainSamples } from "./sample";
import { UNKNOWN } from "./values";

const httpApi = r(AwsType.apigatewayv2.Api, "chat", { protocolType: "HTTP", id: UNKNOWN });
const route = (props: Record<string, unknown>) =>
  r(
    AwsType.apigatewayv2.Route,
    "chat-post",
    { apiId: UNKNOWN, routeKey: "POST /chat", ...props },
    { dependsOn: { apiId: ["chat"] } },
  );
const restApi = r(AwsType.apigateway.RestApi, "inference", { name: "inference", id: UNKNOWN });
const restStage = r(
  AwsType.apigateway.Stage,
  "prod",
  { restApi: UNKNOWN, stageName: "prod", arn: UNKNOWN },
  { dependsOn: { restApi: ["inference"] } },
);
const ACCESS_LOGS = { destinationArn: UNKNOWN, format: '{"requestId":"$context.requestId"}' };

/** Props no endpoint policy may choke on, on top of the shared ones. */
const ENDPOINTS_ODD_PROPS = [
  { authorization: 3, httpMethod: null },
  { apiStages: [null, { stage: 3 }], settings: "x", ruleJson: "{", rules: [{ statement: 1 }] },
  { defaultRouteSettings: "x" },
  { defaultRouteSettings: { throttlingRateLimit: "10" } },
  { accessLogSettings: [] },
  { accessLogSettings: { destinationArn: 5 } },
  { settings: null, routeSettings: [null, 4] },
  { routeSettings: "x" },
  { corsConfiguration: "x", cors: [null], responseParameters: [1] },
  { responseParameters: { "x.header.Access-Control-Allow-Origin": 5 } },
];

/** Samples of the inference endpoint policies: authentication, rate limits, logs and CORS. */
export const ENDPOINTS_SAMPLES: DomainSamples = withOddProps(
  {
    "apigateway-method-requires-authorization": resourceSample(
      AwsType.apigateway.Method,
      { restApi: UNKNOWN, resourceId: UNKNOWN, httpMethod: "POST", authorization: "NONE" },
      { restApi: UNKNOWN, resourceId: UNKNOWN, httpMethod: "POST", authorization: "AWS_IAM" },
      'Method POST accepts unauthenticated calls (authorization "NONE", no API key): set authorization to "AWS_IAM", "COGNITO_USER_POOLS" or "CUSTOM" with an authorizerId, or at least set apiKeyRequired to true.',
    ),
    "apigatewayv2-route-requires-authorization": stackSample({
      failing: [httpApi, route({})],
      passing: [httpApi, route({ authorizationType: "JWT", authorizerId: UNKNOWN })],
      subject: "chat-post",
      message:
        'Route "POST /chat" of API "chat" is open to anyone (authorizationType not set, so NONE): set authorizationType to "JWT", "AWS_IAM" or "CUSTOM" with an authorizerId.',
    }),
    "lambda-function-url-requires-iam-auth": resourceSample(
      AwsType.lambda.FunctionUrl,
      { functionName: "f", authorizationType: "NONE" },
      { functionName: UNKNOWN, authorizationType: "AWS_IAM" },
      'The function URL accepts unauthenticated requests (authorizationType NONE): set authorizationType to "AWS_IAM" and have callers sign their requests (or put CloudFront with origin access control in front).',
    ),
    "apigateway-stage-rate-limited": stackSample({
      failing: [restApi, restStage],
      passing: [
        restApi,
        restStage,
        r(
          AwsType.apigateway.MethodSettings,
          "prod-settings",
          {
            restApi: UNKNOWN,
            stageName: UNKNOWN,
            methodPath: "*/*",
            settings: { throttlingRateLimit: 50, throttlingBurstLimit: 100 },
          },
          { dependsOn: { restApi: ["inference"], stageName: ["prod"] } },
        ),
      ],
      subject: "prod",
      // Everything that can rate-limit a stage, linked to it the way programs link them.
      oddResources: [
        r(AwsType.apigateway.MethodSettings, "odd-settings", {}, { dependsOn: { stageName: ["prod"] } }),
        r(AwsType.apigateway.UsagePlan, "odd-plan", {}, { dependsOn: { apiStages: ["prod"] } }),
        r(AwsType.wafv2.WebAcl, "odd-acl", {}),
        r(AwsType.wafv2.WebAclRule, "odd-rule", {}, { dependsOn: { webAclArn: ["odd-acl"] } }),
        r(AwsType.wafv2.WebAclAssociation, "odd-association", {}, { dependsOn: { resourceArn: ["prod"] } }),
      ],
      message:
        'REST API stage "prod" has no rate limit: add an aws.apigateway.MethodSettings with methodPath "*/*" and settings.throttlingRateLimit and throttlingBurstLimit, a usage plan with throttleSettings, or a WAF web ACL with a rate-based rule associated with the stage.',
    }),
    "apigatewayv2-stage-throttled": resourceSample(
      AwsType.apigatewayv2.Stage,
      { apiId: UNKNOWN, name: "$default" },
      {
        apiId: UNKNOWN,
        name: "$default",
        defaultRouteSettings: { throttlingRateLimit: 20, throttlingBurstLimit: 40 },
      },
      "The stage sets no default throttlingRateLimit or throttlingBurstLimit, so only the account-wide quota limits callers: set defaultRouteSettings.throttlingRateLimit and throttlingBurstLimit to what the model behind it can afford.",
    ),
    "apigateway-stage-access-logging": resourceSample(
      AwsType.apigateway.Stage,
      { stageName: "prod" },
      { stageName: "prod", accessLogSettings: ACCESS_LOGS },
      "The stage writes no access logs (accessLogSettings.destinationArn and format not set): set accessLogSettings with destinationArn (a CloudWatch log group ARN) and a format that records the caller, route, status and latency.",
    ),
    "apigateway-data-trace-disabled": resourceSample(
      AwsType.apigateway.MethodSettings,
      {
        restApi: UNKNOWN,
        stageName: "prod",
        methodPath: "*/*",
        settings: { loggingLevel: "INFO", dataTraceEnabled: true },
      },
      {
        restApi: UNKNOWN,
        stageName: "prod",
        methodPath: "*/*",
        settings: { loggingLevel: "INFO", dataTraceEnabled: false },
      },
      'settings.dataTraceEnabled is true, so full request and response bodies (prompts and completions) go to CloudWatch Logs: set it to false and keep loggingLevel "ERROR" or "INFO" with access logs.',
    ),
    "api-cors-no-wildcard-origin": resourceSample(
      AwsType.apigatewayv2.Api,
      { protocolType: "HTTP", corsConfiguration: { allowOrigins: ["*"], allowMethods: ["POST"] } },
      {
        protocolType: "HTTP",
        corsConfiguration: { allowOrigins: ["https://chat.example.com"], allowMethods: ["POST"] },
      },
      'CORS allows every origin (corsConfiguration.allowOrigins is "*"): list the web origins of your own front ends (for example "https://chat.example.com").',
    ),
  },
  ENDPOINTS_ODD_PROPS,
);
