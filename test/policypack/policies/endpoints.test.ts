import * as assert from "node:assert/strict";
import { apigatewayDataTraceDisabled as dataTrace } from "../../../policypack/policies/endpoints/apigateway-data-trace-disabled";
import { lambdaFunctionUrlRequiresIamAuth as functionUrl } from "../../../policypack/policies/endpoints/lambda-function-url-requires-iam-auth";
import { apigatewayv2StageThrottled as httpThrottle } from "../../../policypack/policies/endpoints/apigatewayv2-stage-throttled";
import { apigatewayMethodRequiresAuthorization as methodAuth } from "../../../policypack/policies/endpoints/apigateway-method-requires-authorization";
import { apigatewayStageRateLimited as restLimit } from "../../../policypack/policies/endpoints/apigateway-stage-rate-limited";
import { apigatewayv2RouteRequiresAuthorization as routeAuth } from "../../../policypack/policies/endpoints/apigatewayv2-route-requires-authorization";
import { apigatewayStageAccessLogging as accessLogs } from "../../../policypack/policies/endpoints/apigateway-stage-access-logging";
import { ENDPOINTS_POLICIES } from "../../../policypack/policies/endpoints";
import type { StackResource } from "../../../policypack/framework/types";
import { contextAt, resource, stackResource, UNKNOWN } from "../support";
import { remediated } from "../fixtures/remediation";

const METHOD = "aws:apigateway/method:Method";
const REST_API = "aws:apigateway/restApi:RestApi";
const REST_STAGE = "aws:apigateway/stage:Stage";
const METHOD_SETTINGS = "aws:apigateway/methodSettings:MethodSettings";
const USAGE_PLAN = "aws:apigateway/usagePlan:UsagePlan";
const HTTP_API = "aws:apigatewayv2/api:Api";
const ROUTE = "aws:apigatewayv2/route:Route";
const HTTP_STAGE = "aws:apigatewayv2/stage:Stage";
const FUNCTION_URL = "aws:lambda/functionUrl:FunctionUrl";
const WEB_ACL = "aws:wafv2/webAcl:WebAcl";
const WEB_ACL_RULE = "aws:wafv2/webAclRule:WebAclRule";
const ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation";
const ctx = contextAt(3);

describe("endpoint policies", () => {
  it("all carry complete metadata and apply from scope 3", () => {
    for (const p of ENDPOINTS_POLICIES) {
      assert.equal(p.minScope, 3, p.name);
      assert.ok(
        p.description && p.rationale && p.remediationSteps && p.mappings.seedItems.length > 0,
        p.name,
      );
    }
  });
});

describe("apigateway-method-requires-authorization", () => {
  const method = (props: Record<string, unknown>, name = "ask") =>
    resource(METHOD, { restApi: UNKNOWN, resourceId: UNKNOWN, httpMethod: "POST", ...props }, name);

  it("passes IAM, Cognito and custom authorizers, whose ids are unknown in preview", () => {
    for (const authorization of ["AWS_IAM", "COGNITO_USER_POOLS", "CUSTOM"]) {
      assert.deepEqual(methodAuth.check(method({ authorization, authorizerId: UNKNOWN }), ctx), []);
    }
  });

  it("passes NONE with a required API key", () => {
    assert.deepEqual(methodAuth.check(method({ authorization: "NONE", apiKeyRequired: true }), ctx), []);
  });

  it("fails NONE without an API key", () => {
    assert.deepEqual(methodAuth.check(method({ authorization: "NONE" }), ctx), [
      'Method POST accepts unauthenticated calls (authorization "NONE", no API key): set authorization to "AWS_IAM", "COGNITO_USER_POOLS" or "CUSTOM" with an authorizerId, or at least set apiKeyRequired to true.',
    ]);
  });

  it("fails a missing authorization", () => {
    assert.equal(methodAuth.check(method({ apiKeyRequired: false }), ctx).length, 1);
  });

  it("leaves CORS preflight (OPTIONS) open", () => {
    assert.deepEqual(methodAuth.check(method({ httpMethod: "OPTIONS", authorization: "NONE" }), ctx), []);
  });

  it("decides from the literal authorization when the API and resource ids are unknown", () => {
    assert.deepEqual(
      methodAuth.check(method({ authorization: "AWS_IAM", apiKeyRequired: UNKNOWN }), ctx),
      [],
    );
  });

  it("lets an unknown authorization, or an unknown API-key flag on an open method, reach the SDK", () => {
    assert.throws(
      () => methodAuth.check(method({ authorization: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
    assert.throws(
      () => methodAuth.check(method({ authorization: "NONE", apiKeyRequired: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("apigatewayv2-route-requires-authorization", () => {
  const api = (protocolType: unknown, name = "chat") =>
    stackResource(HTTP_API, name, { protocolType, id: UNKNOWN });
  const route = (target: StackResource | undefined, props: Record<string, unknown>, name = "route") =>
    stackResource(
      ROUTE,
      name,
      { apiId: target ? UNKNOWN : "a1b2c3", ...props },
      target ? { apiId: [target] } : {},
    );

  it("passes a JWT-authorized HTTP route", () => {
    const a = api("HTTP");
    assert.deepEqual(
      routeAuth.check(
        [a, route(a, { routeKey: "POST /chat", authorizationType: "JWT", authorizerId: UNKNOWN })],
        ctx,
      ),
      [],
    );
  });

  it("fails an HTTP route that omits authorizationType (AWS's default is NONE)", () => {
    const a = api("HTTP");
    const r = route(a, { routeKey: "POST /chat" }, "chat-post");
    assert.deepEqual(routeAuth.check([a, r], ctx), [
      {
        urn: r.urn,
        message:
          'Route "POST /chat" of API "chat" is open to anyone (authorizationType not set, so NONE): set authorizationType to "JWT", "AWS_IAM" or "CUSTOM" with an authorizerId.',
      },
    ]);
  });

  it("fails an explicit NONE on $default", () => {
    const a = api("HTTP");
    assert.equal(
      routeAuth.check([a, route(a, { routeKey: "$default", authorizationType: "NONE" })], ctx).length,
      1,
    );
  });

  it("requires authorization on a WebSocket $connect but not on its message routes", () => {
    const ws = api("WEBSOCKET", "live");
    const connect = route(ws, { routeKey: "$connect" }, "connect");
    const others = ["$default", "$disconnect", "sendMessage"].map((routeKey) =>
      route(ws, { routeKey }, routeKey),
    );
    assert.deepEqual(
      routeAuth.check([ws, connect, ...others], ctx).map((v) => v.urn),
      [connect.urn],
    );
  });

  it("judges a route of an API outside the stack by its key", () => {
    assert.equal(routeAuth.check([route(undefined, { routeKey: "GET /models" })], ctx).length, 1);
    assert.deepEqual(routeAuth.check([route(undefined, { routeKey: "sendMessage" })], ctx), []);
  });

  it("leaves routes with an unknown key, type or protocol to the update run", () => {
    const a = api(UNKNOWN);
    assert.deepEqual(routeAuth.check([a, route(a, { routeKey: "$default" })], ctx), []);
    const h = api("HTTP");
    assert.deepEqual(
      routeAuth.check(
        [
          h,
          route(h, { routeKey: UNKNOWN }),
          route(h, { routeKey: "GET /", authorizationType: UNKNOWN }, "r2"),
        ],
        ctx,
      ),
      [],
    );
  });
});

describe("lambda-function-url-requires-iam-auth", () => {
  it("passes AWS_IAM with an unknown function name", () => {
    assert.deepEqual(
      functionUrl.check(resource(FUNCTION_URL, { functionName: UNKNOWN, authorizationType: "AWS_IAM" }), ctx),
      [],
    );
  });

  it("fails NONE", () => {
    assert.deepEqual(
      functionUrl.check(resource(FUNCTION_URL, { functionName: "f", authorizationType: "NONE" }), ctx),
      [
        'The function URL accepts unauthenticated requests (authorizationType NONE): set authorizationType to "AWS_IAM" and have callers sign their requests (or put CloudFront with origin access control in front).',
      ],
    );
  });

  it("fails a missing type", () => {
    assert.match(functionUrl.check(resource(FUNCTION_URL, {}), ctx)[0], /authorizationType not set/);
  });

  it("lets an unknown type reach the SDK", () => {
    assert.throws(
      () => functionUrl.check(resource(FUNCTION_URL, { authorizationType: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("apigateway-stage-rate-limited", () => {
  const api = stackResource(REST_API, "inference", { name: "inference", id: UNKNOWN });
  const stage = (name = "prod") =>
    stackResource(REST_STAGE, name, { restApi: UNKNOWN, stageName: name, arn: UNKNOWN }, { restApi: [api] });
  const throttled = { throttlingRateLimit: 50, throttlingBurstLimit: 100 };
  const settingsFor = (s: StackResource, settings: Record<string, unknown>, methodPath: unknown = "*/*") =>
    stackResource(
      METHOD_SETTINGS,
      `${s.name}-settings`,
      { restApi: UNKNOWN, stageName: UNKNOWN, methodPath, settings },
      { restApi: [api], stageName: [s] },
    );
  const acl = (rules: unknown, name = "acl") => stackResource(WEB_ACL, name, { arn: UNKNOWN, rules });
  const associate = (s: StackResource, a: StackResource) =>
    stackResource(
      ASSOCIATION,
      `${s.name}-waf`,
      { resourceArn: UNKNOWN, webAclArn: UNKNOWN },
      { resourceArn: [s], webAclArn: [a] },
    );
  const RATE_RULE = {
    name: "rate",
    priority: 1,
    action: { block: {} },
    statement: { rateBasedStatement: { limit: 500, aggregateKeyType: "IP" } },
  };

  it("passes a stage with stage-wide method throttling", () => {
    const s = stage();
    assert.deepEqual(restLimit.check([api, s, settingsFor(s, throttled)], ctx), []);
  });

  it("fails a stage with nothing in front of it", () => {
    const s = stage();
    assert.deepEqual(restLimit.check([api, s], ctx), [
      {
        urn: s.urn,
        message:
          'REST API stage "prod" has no rate limit: add an aws.apigateway.MethodSettings with methodPath "*/*" and settings.throttlingRateLimit and throttlingBurstLimit, a usage plan with throttleSettings, or a WAF web ACL with a rate-based rule associated with the stage.',
      },
    ]);
  });

  it("fails method settings that leave the default -1 or throttle one method only", () => {
    const s = stage();
    assert.equal(
      restLimit.check(
        [api, s, settingsFor(s, { throttlingRateLimit: -1, throttlingBurstLimit: -1, metricsEnabled: true })],
        ctx,
      ).length,
      1,
    );
    assert.equal(restLimit.check([api, s, settingsFor(s, throttled, "ask/POST")], ctx).length, 1);
  });

  it("links method settings by API and literal stage name when there is no stage dependency", () => {
    const s = stage();
    const ms = stackResource(
      METHOD_SETTINGS,
      "ms",
      { restApi: UNKNOWN, stageName: "prod", methodPath: "*/*", settings: throttled },
      { restApi: [api] },
    );
    assert.deepEqual(restLimit.check([api, s, ms], ctx), []);
    const otherApi = stackResource(REST_API, "other", { id: UNKNOWN });
    const elsewhere = stackResource(
      METHOD_SETTINGS,
      "ms2",
      { restApi: UNKNOWN, stageName: "prod", methodPath: "*/*", settings: throttled },
      { restApi: [otherApi] },
    );
    assert.equal(restLimit.check([api, otherApi, s, elsewhere], ctx).length, 1);
  });

  it("links literal ids for an API imported from outside the stack", () => {
    const s = stackResource(REST_STAGE, "prod", { restApi: "abc123", stageName: "prod" });
    const ms = stackResource(METHOD_SETTINGS, "ms", {
      restApi: "abc123",
      stageName: "prod",
      methodPath: "*/*",
      settings: throttled,
    });
    assert.deepEqual(restLimit.check([s, ms], ctx), []);
  });

  it("passes a usage plan with throttle settings that lists the stage", () => {
    const s = stage();
    const plan = stackResource(
      USAGE_PLAN,
      "plan",
      {
        apiStages: [{ apiId: UNKNOWN, stage: UNKNOWN }],
        throttleSettings: { rateLimit: 10, burstLimit: 20 },
      },
      { apiStages: [api, s] },
    );
    assert.deepEqual(restLimit.check([api, s, plan], ctx), []);
  });

  it("fails a usage plan with only a quota", () => {
    const s = stage();
    const plan = stackResource(
      USAGE_PLAN,
      "plan",
      { apiStages: [{ apiId: UNKNOWN, stage: "prod" }], quotaSettings: { limit: 1000, period: "DAY" } },
      { apiStages: [api] },
    );
    assert.equal(restLimit.check([api, s, plan], ctx).length, 1);
  });

  it("passes a WAF association whose web ACL has a rate-based rule, inline, as JSON, or as a separate rule", () => {
    const s = stage();
    const inline = acl([RATE_RULE]);
    assert.deepEqual(restLimit.check([api, s, inline, associate(s, inline)], ctx), []);
    const json = stackResource(WEB_ACL, "json", {
      ruleJson: JSON.stringify([{ Name: "rate", Statement: { RateBasedStatement: { Limit: 100 } } }]),
    });
    assert.deepEqual(restLimit.check([api, s, json, associate(s, json)], ctx), []);
    const empty = acl([]);
    const rule = stackResource(
      WEB_ACL_RULE,
      "rule",
      { webAclArn: UNKNOWN, statement: RATE_RULE.statement },
      { webAclArn: [empty] },
    );
    assert.deepEqual(restLimit.check([api, s, empty, rule, associate(s, empty)], ctx), []);
  });

  it("fails a WAF association whose web ACL has only managed rule groups", () => {
    const s = stage();
    const a = acl([
      {
        name: "common",
        priority: 1,
        statement: { managedRuleGroupStatement: { name: "AWSManagedRulesCommonRuleSet", vendorName: "AWS" } },
      },
    ]);
    assert.equal(restLimit.check([api, s, a, associate(s, a)], ctx).length, 1);
  });

  it("accepts an association to a web ACL managed outside the stack", () => {
    const s = stage();
    const association = stackResource(
      ASSOCIATION,
      "central",
      { resourceArn: UNKNOWN, webAclArn: "arn:aws:wafv2:us-east-1:123456789012:regional/webacl/central/1" },
      { resourceArn: [s] },
    );
    assert.deepEqual(restLimit.check([api, s, association], ctx), []);
  });

  it("leaves limits and rules computed from other resources to the update run", () => {
    const s = stage();
    const quota = stackResource("aws:ssm/parameter:Parameter", "quota", { value: UNKNOWN });
    const computed = stackResource(
      METHOD_SETTINGS,
      "ms",
      {
        restApi: UNKNOWN,
        stageName: UNKNOWN,
        methodPath: "*/*",
        settings: { throttlingRateLimit: UNKNOWN, throttlingBurstLimit: 5 },
      },
      { restApi: [api], stageName: [s], settings: [quota] },
    );
    assert.deepEqual(restLimit.check([api, s, quota, computed], ctx), []);
    const a = acl(UNKNOWN);
    assert.deepEqual(restLimit.check([api, s, a, associate(s, a)], ctx), []);
  });

  it("treats an unknown limit with no property dependency as unset (the provider's -1, unknown in preview)", () => {
    const s = stage();
    assert.equal(
      restLimit.check(
        [api, s, settingsFor(s, { throttlingRateLimit: UNKNOWN, throttlingBurstLimit: UNKNOWN })],
        ctx,
      ).length,
      1,
    );
  });
});

describe("apigatewayv2-stage-throttled", () => {
  it("passes positive default limits", () => {
    assert.deepEqual(
      httpThrottle.check(
        resource(HTTP_STAGE, {
          apiId: UNKNOWN,
          defaultRouteSettings: { throttlingRateLimit: 20, throttlingBurstLimit: 40 },
        }),
        ctx,
      ),
      [],
    );
  });

  it("fails a stage with no default route settings", () => {
    assert.deepEqual(httpThrottle.check(resource(HTTP_STAGE, { apiId: UNKNOWN, name: "$default" }), ctx), [
      "The stage sets no default throttlingRateLimit or throttlingBurstLimit, so only the account-wide quota limits callers: set defaultRouteSettings.throttlingRateLimit and throttlingBurstLimit to what the model behind it can afford.",
    ]);
  });

  it("fails zero limits (what the provider reads back for unset ones) and names the missing one", () => {
    const r = resource(HTTP_STAGE, {
      defaultRouteSettings: { throttlingRateLimit: 10, throttlingBurstLimit: 0 },
    });
    assert.match(httpThrottle.check(r, ctx)[0], /^The stage sets no default throttlingBurstLimit,/);
  });

  it("accepts limits computed at deploy time, and lets an unknown settings block reach the SDK", () => {
    assert.deepEqual(
      httpThrottle.check(
        resource(HTTP_STAGE, {
          defaultRouteSettings: { throttlingRateLimit: UNKNOWN, throttlingBurstLimit: UNKNOWN },
        }),
        ctx,
      ),
      [],
    );
    assert.throws(
      () => httpThrottle.check(resource(HTTP_STAGE, { defaultRouteSettings: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("apigateway-stage-access-logging", () => {
  const LOGS = { destinationArn: UNKNOWN, format: '{"requestId":"$context.requestId"}' };

  it("passes REST and HTTP stages that log to a log group whose ARN is unknown", () => {
    assert.deepEqual(accessLogs.check(resource(REST_STAGE, { accessLogSettings: LOGS }), ctx), []);
    assert.deepEqual(accessLogs.check(resource(HTTP_STAGE, { accessLogSettings: LOGS }), ctx), []);
  });

  it("fails a stage without access logs", () => {
    assert.deepEqual(accessLogs.check(resource(REST_STAGE, { stageName: "prod" }), ctx), [
      "The stage writes no access logs (accessLogSettings.destinationArn and format not set): set accessLogSettings with destinationArn (a CloudWatch log group ARN) and a format that records the caller, route, status and latency.",
    ]);
  });

  it("fails a destination without a format", () => {
    assert.match(
      accessLogs.check(
        resource(HTTP_STAGE, {
          accessLogSettings: { destinationArn: "arn:aws:logs:us-east-1:1:log-group:x", format: "" },
        }),
        ctx,
      )[0],
      /accessLogSettings\.format not set/,
    );
  });

  it("lets an unknown settings block reach the SDK", () => {
    assert.throws(
      () => accessLogs.check(resource(REST_STAGE, { accessLogSettings: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });
});

describe("apigateway-data-trace-disabled", () => {
  const methodSettings = (settings: unknown) =>
    resource(METHOD_SETTINGS, { restApi: UNKNOWN, stageName: "prod", methodPath: "*/*", settings });

  it("passes INFO logging without data tracing", () => {
    assert.deepEqual(
      dataTrace.check(methodSettings({ loggingLevel: "INFO", dataTraceEnabled: false }), ctx),
      [],
    );
    assert.deepEqual(
      dataTrace.check(resource(HTTP_STAGE, { defaultRouteSettings: { throttlingRateLimit: 5 } }), ctx),
      [],
    );
  });

  it("fails data tracing on REST method settings", () => {
    assert.deepEqual(dataTrace.check(methodSettings({ loggingLevel: "INFO", dataTraceEnabled: true }), ctx), [
      'settings.dataTraceEnabled is true, so full request and response bodies (prompts and completions) go to CloudWatch Logs: set it to false and keep loggingLevel "ERROR" or "INFO" with access logs.',
    ]);
  });

  it("fails data tracing on a WebSocket stage's default and per-route settings", () => {
    const r = resource(HTTP_STAGE, {
      defaultRouteSettings: { dataTraceEnabled: true },
      routeSettings: [{ routeKey: "$connect" }, { routeKey: "send", dataTraceEnabled: true }],
    });
    assert.deepEqual(
      dataTrace.check(r, ctx).map((m) => m.split(".")[0]),
      ["defaultRouteSettings", "routeSettings[1]"],
    );
  });

  it("remediates by turning tracing off and keeping every other input, unknowns included", () => {
    const fixed = remediated(
      dataTrace,
      methodSettings({ loggingLevel: "INFO", dataTraceEnabled: true, throttlingRateLimit: 10 }),
      ctx,
    );
    assert.deepEqual(
      { ...fixed },
      {
        restApi: UNKNOWN,
        stageName: "prod",
        methodPath: "*/*",
        settings: { loggingLevel: "INFO", dataTraceEnabled: false, throttlingRateLimit: 10 },
      },
    );
    const stage = remediated(
      dataTrace,
      resource(HTTP_STAGE, {
        defaultRouteSettings: { dataTraceEnabled: true },
        routeSettings: [{ routeKey: "a", dataTraceEnabled: true }, { routeKey: "b" }],
      }),
      ctx,
    );
    assert.deepEqual(stage?.routeSettings, [{ routeKey: "a", dataTraceEnabled: false }, { routeKey: "b" }]);
    assert.deepEqual(stage?.defaultRouteSettings, { dataTraceEnabled: false });
  });

  it("does not remediate a compliant resource", () => {
    assert.equal(remediated(dataTrace, methodSettings({ dataTraceEnabled: false }), ctx), undefined);
  });

  it("decides from the known blocks when other values are unknown, and lets an unknown flag reach the SDK", () => {
    assert.deepEqual(
      dataTrace.check(methodSettings({ dataTraceEnabled: false, throttlingRateLimit: UNKNOWN }), ctx),
      [],
    );
    assert.throws(
      () => dataTrace.check(methodSettings({ dataTraceEnabled: UNKNOWN }), ctx),
      /can't be known during preview/,
    );
  });
});
