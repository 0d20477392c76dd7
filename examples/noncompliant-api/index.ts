import * as aws from "@pulumi/aws";

// Each numbered resource breaks one scopeguard endpoint control and is otherwise compliant, so the
// expected violations (README.md) map one to one onto resources. The stack declares scope 3, where an
// inference API must be authenticated, rate-limited and logged.

// The Lambda function that calls the model, and the log group that receives access logs, by name.
const HANDLER = "arn:aws:lambda:us-east-1:123456789012:function:chat-handler";
const ACCESS_LOGS = "arn:aws:logs:us-east-1:123456789012:log-group:api-access-logs";
const FORMAT = JSON.stringify({
  requestId: "$context.requestId",
  caller: "$context.identity.caller",
  ip: "$context.identity.sourceIp",
  route: "$context.routeKey",
  status: "$context.status",
});

// REST API: POST /chat requires IAM; GET /chat does not.
const api = new aws.apigateway.RestApi("chat-rest-api", { endpointConfiguration: { types: "REGIONAL" } });
const chat = new aws.apigateway.Resource("chat", {
  restApi: api.id,
  parentId: api.rootResourceId,
  pathPart: "chat",
});
const methods = (["POST", "GET"] as const).map((httpMethod) => {
  // 1. apigateway-method-requires-authorization: GET /chat answers anyone.
  const method = new aws.apigateway.Method(httpMethod === "POST" ? "iam-method" : "open-method", {
    restApi: api.id,
    resourceId: chat.id,
    httpMethod,
    authorization: httpMethod === "POST" ? "AWS_IAM" : "NONE",
  });
  const integration = new aws.apigateway.Integration(`chat-${httpMethod.toLowerCase()}`, {
    restApi: api.id,
    resourceId: chat.id,
    httpMethod: method.httpMethod,
    type: "AWS_PROXY",
    integrationHttpMethod: "POST",
    uri: `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${HANDLER}/invocations`,
  });
  return [method, integration];
});
const deployment = new aws.apigateway.Deployment("chat", { restApi: api.id }, { dependsOn: methods.flat() });

// 2. apigateway-stage-rate-limited: no method settings, usage plan or WAF limits the stage.
new aws.apigateway.Stage("unthrottled-stage", {
  restApi: api.id,
  deployment: deployment.id,
  stageName: "v1",
  accessLogSettings: { destinationArn: ACCESS_LOGS, format: FORMAT },
});

// 3. apigateway-stage-access-logging: throttled, but nobody records who called.
const unlogged = new aws.apigateway.Stage("unlogged-stage", {
  restApi: api.id,
  deployment: deployment.id,
  stageName: "v2",
});
new aws.apigateway.MethodSettings("unlogged-stage", {
  restApi: api.id,
  stageName: unlogged.stageName,
  methodPath: "*/*",
  settings: { throttlingRateLimit: 10, throttlingBurstLimit: 20, dataTraceEnabled: false },
});

// HTTP API in front of the same handler.
const httpApi = new aws.apigatewayv2.Api("chat-http-api", { protocolType: "HTTP" });
const httpIntegration = new aws.apigatewayv2.Integration("chat-http", {
  apiId: httpApi.id,
  integrationType: "AWS_PROXY",
  integrationUri: HANDLER,
  payloadFormatVersion: "2.0",
});

// 4. apigatewayv2-route-requires-authorization: POST /chat of the HTTP API answers anyone.
new aws.apigatewayv2.Route("open-route", {
  apiId: httpApi.id,
  routeKey: "POST /chat",
  authorizationType: "NONE",
  target: httpIntegration.id.apply((id) => `integrations/${id}`),
});

// 5. apigatewayv2-stage-throttled: the HTTP stage sets no default rate or burst limit.
new aws.apigatewayv2.Stage("unthrottled-http-stage", {
  apiId: httpApi.id,
  name: "$default",
  autoDeploy: true,
  accessLogSettings: { destinationArn: ACCESS_LOGS, format: FORMAT },
});

// 6. lambda-function-url-requires-iam-auth: the handler's own URL, open to the internet.
new aws.lambda.FunctionUrl("public-function-url", {
  functionName: "chat-handler",
  authorizationType: "NONE",
});
