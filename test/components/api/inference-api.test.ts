import { strict as assert } from "assert";
import {
  AuthorizerType,
  InferenceApi,
  WafEvaluationWindow,
  type InferenceApiArgs,
} from "../../../components/api";
import { isUnknown, only, resourceErrorMessage, run, valueOf, type Registered } from "../support";
import { at, illTyped } from "../../readers";

const HANDLER = "arn:aws:lambda:us-east-1:123456789012:function:chat-handler";
const POOL = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123";
const T = {
  component: "scopeguard:api:InferenceApi",
  api: "aws:apigateway/restApi:RestApi",
  resource: "aws:apigateway/resource:Resource",
  method: "aws:apigateway/method:Method",
  authorizer: "aws:apigateway/authorizer:Authorizer",
  integration: "aws:apigateway/integration:Integration",
  deployment: "aws:apigateway/deployment:Deployment",
  stage: "aws:apigateway/stage:Stage",
  settings: "aws:apigateway/methodSettings:MethodSettings",
  account: "aws:apigateway/account:Account",
  acl: "aws:wafv2/webAcl:WebAcl",
  association: "aws:wafv2/webAclAssociation:WebAclAssociation",
  permission: "aws:lambda/permission:Permission",
  logGroup: "aws:cloudwatch/logGroup:LogGroup",
  key: "aws:kms/key:Key",
};

async function apiOf(
  args: Partial<InferenceApiArgs> = {},
  mode: "preview" | "update" = "update",
): Promise<Registered[]> {
  const { resources, error } = await run(
    mode,
    () => new InferenceApi("chat", { handlerFunctionArn: HANDLER, ...args }),
  );
  assert.equal(error, undefined);
  return resources;
}

/** Runs with invalid args: asserts nothing but the component was registered, returns the message. */
async function rejection(args: Partial<InferenceApiArgs>, name = "chat"): Promise<string> {
  const { resources, error } = await run(
    "preview",
    () => new InferenceApi(name, { handlerFunctionArn: HANDLER, ...args } as InferenceApiArgs),
  );
  assert.deepEqual(
    resources.map((r) => r.type),
    [T.component],
  );
  return resourceErrorMessage(error);
}

const COGNITO = {
  type: "COGNITO_USER_POOLS" as const,
  userPoolArns: [POOL],
  authorizationScopes: ["inference-api/invoke"],
};

describe("InferenceApi", () => {
  it("creates a REGIONAL REST API, the only kind a WAF web ACL can protect", async () => {
    assert.deepEqual(only(await apiOf(), T.api).inputs.endpointConfiguration, { types: "REGIONAL" });
  });

  it("serves POST /invoke, authorized by IAM by default", async () => {
    const resources = await apiOf();
    assert.equal(only(resources, T.resource).inputs.pathPart, "invoke");
    const method = only(resources, T.method).inputs;
    assert.deepEqual([method.httpMethod, method.authorization], ["POST", "AWS_IAM"]);
    assert.equal(
      resources.some((r) => r.type === T.authorizer),
      false,
    );
  });

  it("authorizes with a Cognito user pool and requires the given scopes", async () => {
    const resources = await apiOf({ authorizer: COGNITO });
    const authorizer = only(resources, T.authorizer);
    assert.deepEqual(
      [authorizer.inputs.type, authorizer.inputs.providerArns, authorizer.inputs.identitySource],
      ["COGNITO_USER_POOLS", [POOL], "method.request.header.Authorization"],
    );
    const method = only(resources, T.method).inputs;
    assert.equal(method.authorization, "COGNITO_USER_POOLS");
    assert.equal(typeof method.authorizerId, "string", "the authorizer's id, known after it is created");
    assert.deepEqual(method.authorizationScopes, ["inference-api/invoke"]);
  });

  it("proxies to the handler function", async () => {
    const integration = only(await apiOf(), T.integration).inputs;
    assert.deepEqual([integration.type, integration.integrationHttpMethod], ["AWS_PROXY", "POST"]);
    assert.equal(
      integration.uri,
      `arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/${HANDLER}/invocations`,
    );
  });

  it("lets API Gateway invoke the handler from this stage's POST method only", async () => {
    const resources = await apiOf();
    const permission = only(resources, T.permission).inputs;
    const executionArn = only(resources, T.api).state.executionArn;
    assert.deepEqual(
      [permission.function, permission.principal, permission.action, permission.sourceArn],
      [HANDLER, "apigateway.amazonaws.com", "lambda:InvokeFunction", `${executionArn}/v1/POST/invoke`],
    );
  });

  it("throttles the whole stage at 10 requests a second with bursts of 20 by default", async () => {
    const settings = only(await apiOf(), T.settings).inputs;
    assert.equal(settings.methodPath, "*/*");
    assert.equal(settings.stageName, "v1");
    assert.deepEqual(
      [settings.settings.throttlingRateLimit, settings.settings.throttlingBurstLimit],
      [10, 20],
    );
  });

  it("takes the given throttling", async () => {
    const settings = only(await apiOf({ throttling: { rateLimit: 2.5, burstLimit: 5 } }), T.settings).inputs
      .settings;
    assert.deepEqual([settings.throttlingRateLimit, settings.throttlingBurstLimit], [2.5, 5]);
  });

  it("keeps execution logging and data tracing off, so no prompt reaches an unmanaged log group", async () => {
    const settings = only(await apiOf(), T.settings).inputs.settings;
    assert.deepEqual(
      [settings.loggingLevel, settings.dataTraceEnabled, settings.metricsEnabled],
      ["OFF", false, true],
    );
  });

  it("writes JSON access logs, without bodies, to its log group", async () => {
    const resources = await apiOf();
    const { destinationArn, format } = only(resources, T.stage).inputs.accessLogSettings;
    assert.equal(
      destinationArn,
      `arn:aws:logs:us-east-1:123456789012:log-group:${only(resources, T.logGroup).state.name}`,
    );
    const fields = JSON.parse(format);
    assert.equal(fields.sourceIp, "$context.identity.sourceIp");
    assert.equal(fields.userArn, "$context.identity.userArn");
    assert.equal(fields.status, "$context.status");
    assert.equal(fields.wafStatus, "$context.waf.status");
    assert.equal(
      Object.values(fields).some((v) => /body|requestOverride|responseOverride/i.test(String(v))),
      false,
    );
  });

  it("keeps access logs as audit logs: 365 days, CMK, deletion protection", async () => {
    const resources = await apiOf();
    const group = only(resources, T.logGroup).inputs;
    assert.deepEqual(
      [group.retentionInDays, group.tags["data-class"], group.deletionProtectionEnabled],
      [365, "audit-logs", true],
    );
    assert.equal(group.kmsKeyId, only(resources, T.key).state.arn);
  });

  it("traces with X-Ray by default, and not with tracing: false", async () => {
    assert.equal(only(await apiOf(), T.stage).inputs.xrayTracingEnabled, true);
    assert.equal(only(await apiOf({ tracing: false }), T.stage).inputs.xrayTracingEnabled, false);
  });

  it("puts a REGIONAL web ACL in front: 300 requests per 5 minutes per IP, then the AWS managed rules", async () => {
    const acl = only(await apiOf(), T.acl).inputs;
    assert.deepEqual([acl.scope, acl.defaultAction], ["REGIONAL", { allow: {} }]);
    assert.deepEqual(
      acl.rules.map((r: unknown) => [at(r, "priority"), at(r, "name")]),
      [
        [0, "rate-limit-per-ip"],
        [1, "AWSManagedRulesCommonRuleSet"],
        [2, "AWSManagedRulesKnownBadInputsRuleSet"],
      ],
    );
    assert.deepEqual(acl.rules[0].action, { block: {} });
    assert.deepEqual(acl.rules[0].statement.rateBasedStatement, {
      limit: 300,
      aggregateKeyType: "IP",
      evaluationWindowSec: 300,
    });
    assert.deepEqual(acl.rules[1].overrideAction, { none: {} });
    assert.deepEqual(acl.rules[1].statement.managedRuleGroupStatement, {
      vendorName: "AWS",
      name: "AWSManagedRulesCommonRuleSet",
    });
  });

  it("takes the given WAF rate and window", async () => {
    const rule = only(await apiOf({ waf: { rateLimit: 10, evaluationWindowSec: 60 } }), T.acl).inputs
      .rules[0];
    assert.deepEqual(rule.statement.rateBasedStatement, {
      limit: 10,
      aggregateKeyType: "IP",
      evaluationWindowSec: 60,
    });
  });

  it("sets the excluded common rules to count, and only those", async () => {
    const rules = only(await apiOf({ waf: { excludedCommonRules: ["SizeRestrictions_BODY"] } }), T.acl).inputs
      .rules;
    assert.deepEqual(rules[1].statement.managedRuleGroupStatement.ruleActionOverrides, [
      { name: "SizeRestrictions_BODY", actionToUse: { count: {} } },
    ]);
    assert.equal(rules[2].statement.managedRuleGroupStatement.ruleActionOverrides, undefined);
  });

  it("associates the web ACL with the stage", async () => {
    const resources = await apiOf();
    const association = only(resources, T.association).inputs;
    assert.equal(association.resourceArn, only(resources, T.stage).state.arn);
    assert.equal(association.webAclArn, only(resources, T.acl).state.arn);
  });

  it("sets the account's CloudWatch role only when given one", async () => {
    assert.equal(
      (await apiOf()).some((r) => r.type === T.account),
      false,
    );
    const role = "arn:aws:iam::123456789012:role/apigateway-cloudwatch";
    assert.equal(only(await apiOf({ cloudWatchRoleArn: role }), T.account).inputs.cloudwatchRoleArn, role);
  });

  it("redeploys when the authorization changes", async () => {
    const iam = only(await apiOf(), T.deployment).inputs.triggers.redeployment;
    const cognito = only(await apiOf({ authorizer: COGNITO }), T.deployment).inputs.triggers.redeployment;
    assert.match(iam, /^[0-9a-f]{16}$/);
    assert.notEqual(iam, cognito);
  });

  it("exports the URL of POST /invoke and the stage's execution ARN", async () => {
    let api: InferenceApi | undefined;
    await run("update", () => (api = new InferenceApi("chat", { handlerFunctionArn: HANDLER })));
    assert.match(await valueOf(api!.url), /\/v1\/invoke$/);
    assert.match(
      await valueOf(api!.executionArn),
      /^arn:aws:execute-api:us-east-1:123456789012:[a-z0-9]+\/v1$/,
    );
  });

  it("exports the access-log group's ARN, for programs that cannot reach the log group component", async () => {
    let api: InferenceApi | undefined;
    const { resources } = await run(
      "update",
      () => (api = new InferenceApi("chat", { handlerFunctionArn: HANDLER })),
    );
    assert.equal(
      await valueOf(api!.accessLogGroupArn),
      `arn:aws:logs:us-east-1:123456789012:log-group:${only(resources, T.logGroup).state.name}`,
    );
    assert.equal(await valueOf(api!.accessLogs.logGroupArn), await valueOf(api!.accessLogGroupArn));
  });

  it("labels its resources scope 3 by default", async () => {
    const resources = await apiOf();
    assert.deepEqual(
      [T.api, T.stage, T.acl, T.logGroup].map((t) => only(resources, t).inputs.tags["ai-scope"]),
      ["3", "3", "3", "3"],
    );
  });

  it("parents every direct child to the component", async () => {
    const resources = await apiOf({
      cloudWatchRoleArn: "arn:aws:iam::123456789012:role/apigateway-cloudwatch",
    });
    const component = only(resources, T.component);
    const children = resources.filter((r) => r.parent === component.urn).map((r) => r.type);
    assert.deepEqual(
      children.sort(),
      [
        "scopeguard:logging:EncryptedLogGroup",
        T.account,
        T.api,
        T.resource,
        T.method,
        T.integration,
        T.deployment,
        T.stage,
        T.settings,
        T.acl,
        T.association,
        T.permission,
      ].sort(),
    );
  });

  it("is preview-safe: authorization, throttling, access logs and WAF rules are known during preview", async () => {
    const resources = await apiOf({}, "preview");
    assert.equal(only(resources, T.method).inputs.authorization, "AWS_IAM");
    assert.equal(only(resources, T.settings).inputs.settings.throttlingRateLimit, 10);
    const stage = only(resources, T.stage).inputs;
    assert.equal(isUnknown(stage.accessLogSettings.destinationArn), false);
    assert.equal(stage.xrayTracingEnabled, true);
    assert.equal(JSON.stringify(only(resources, T.acl).inputs.rules).includes("__pulumiUnknown"), false);
  });

  it("rejects a missing handler", async () => {
    assert.equal(
      await rejection({ handlerFunctionArn: undefined }),
      'InferenceApi "chat": handlerFunctionArn is required: pass the ARN of the Lambda function that invokes the model.',
    );
  });

  it("rejects a handler that is not a Lambda function ARN", async () => {
    assert.equal(
      await rejection({ handlerFunctionArn: "chat-handler" }),
      'InferenceApi "chat": handlerFunctionArn "chat-handler" is not a Lambda function ARN (arn:aws:lambda:<region>:<account>:function:<name>).',
    );
  });

  it("rejects a throttling rate of 0", async () => {
    assert.equal(
      await rejection({ throttling: { rateLimit: 0 } }),
      'InferenceApi "chat": throttling.rateLimit must be a number of requests per second above 0 (got 0); API Gateway treats -1 as unlimited, and a model behind an unthrottled API is an open bill. Leave it unset for 10.',
    );
  });

  it("rejects a negative burst limit", async () => {
    assert.equal(
      await rejection({ throttling: { burstLimit: -1 } }),
      'InferenceApi "chat": throttling.burstLimit must be a whole number of requests above 0 (got -1); leave it unset for 20.',
    );
  });

  it("rejects a WAF rate limit below WAF's minimum of 10", async () => {
    assert.equal(
      await rejection({ waf: { rateLimit: 5 } }),
      'InferenceApi "chat": waf.rateLimit 5 is below 10, the lowest limit AWS WAF accepts for a rate-based rule; set it to 10 or more, or lengthen waf.evaluationWindowSec to count fewer requests per second.',
    );
  });

  it("rejects a WAF evaluation window WAF does not offer", async () => {
    assert.equal(
      await rejection({ waf: { evaluationWindowSec: illTyped(30) } }),
      'InferenceApi "chat": waf.evaluationWindowSec 30 is not a window AWS WAF accepts; use 60, 120, 300, 600 seconds.',
    );
  });

  it("rejects a Cognito authorizer without a user pool", async () => {
    assert.equal(
      await rejection({ authorizer: { ...COGNITO, userPoolArns: [] } }),
      'InferenceApi "chat": authorizer.userPoolArns is empty; a COGNITO_USER_POOLS authorizer needs the ARN of the user pool that issues the tokens (the issuer).',
    );
  });

  it("rejects a Cognito authorizer without scopes, which would accept any token of the pool", async () => {
    assert.equal(
      await rejection({ authorizer: { ...COGNITO, authorizationScopes: [] } }),
      'InferenceApi "chat": authorizer.authorizationScopes is empty; name the OAuth scopes a caller\'s access token must carry (for example "inference-api/invoke"). API Gateway\'s Cognito authorizer does not check a token\'s audience, so without scopes any ID token of the pool, for any app client, would be accepted.',
    );
  });

  it("rejects a Cognito authorizer that names no user pool", async () => {
    assert.equal(
      await rejection({
        authorizer: { type: "COGNITO_USER_POOLS", authorizationScopes: ["inference-api/invoke"] },
      }),
      'InferenceApi "chat": authorizer.userPoolArns is missing; a COGNITO_USER_POOLS authorizer needs the ARN of the user pool that issues the tokens (the issuer).',
    );
  });

  it("rejects a Cognito authorizer that names no scopes", async () => {
    assert.equal(
      await rejection({ authorizer: { type: "COGNITO_USER_POOLS", userPoolArns: [POOL] } }),
      'InferenceApi "chat": authorizer.authorizationScopes is missing; name the OAuth scopes a caller\'s access token must carry (for example "inference-api/invoke"). API Gateway\'s Cognito authorizer does not check a token\'s audience, so without scopes any ID token of the pool, for any app client, would be accepted.',
    );
  });

  it("rejects a user pool given to an IAM authorizer, which would silently be ignored", async () => {
    assert.equal(
      await rejection({ authorizer: { type: "AWS_IAM", userPoolArns: [POOL] } }),
      'InferenceApi "chat": authorizer.userPoolArns applies to a "COGNITO_USER_POOLS" authorizer only; remove it, or set authorizer.type to "COGNITO_USER_POOLS" to accept the user pool\'s JWTs instead of SigV4-signed calls.',
    );
  });

  it("rejects scopes given to an IAM authorizer", async () => {
    assert.equal(
      await rejection({ authorizer: { type: "AWS_IAM", authorizationScopes: ["inference-api/invoke"] } }),
      'InferenceApi "chat": authorizer.authorizationScopes applies to a "COGNITO_USER_POOLS" authorizer only; remove it, or set authorizer.type to "COGNITO_USER_POOLS" to accept the user pool\'s JWTs instead of SigV4-signed calls.',
    );
  });

  it("rejects an authorizer without a type", async () => {
    assert.equal(
      await rejection({ authorizer: illTyped({ userPoolArns: [POOL] }) }),
      'InferenceApi "chat": authorizer.type is required: set it to "AWS_IAM" (SigV4-signed calls) or "COGNITO_USER_POOLS" (JWTs of a Cognito user pool), or leave authorizer unset for "AWS_IAM".',
    );
  });

  it("rejects an authorizer that is not an object", async () => {
    assert.equal(
      await rejection({ authorizer: illTyped("AWS_IAM") }),
      'InferenceApi "chat": authorizer must be an object such as { type: "AWS_IAM" } (got "AWS_IAM"); leave it unset for IAM (SigV4) authorization.',
    );
  });

  it("accepts the authorizer types by their enum names", async () => {
    const resources = await apiOf({
      authorizer: { ...COGNITO, type: AuthorizerType.CognitoUserPools },
      waf: { evaluationWindowSec: WafEvaluationWindow.OneMinute },
    });
    assert.equal(only(resources, T.method).inputs.authorization, "COGNITO_USER_POOLS");
    assert.equal(only(resources, T.acl).inputs.rules[0].statement.rateBasedStatement.evaluationWindowSec, 60);
  });

  it("rejects an authorizer type that does not authenticate", async () => {
    assert.equal(
      await rejection({ authorizer: illTyped({ type: "NONE" }) }),
      'InferenceApi "chat": authorizer.type "NONE" is not supported; use "AWS_IAM" (SigV4-signed calls) or "COGNITO_USER_POOLS" (JWTs of a Cognito user pool).',
    );
  });

  it("rejects an access-log retention below the audit minimum", async () => {
    assert.equal(
      await rejection({ accessLogRetentionInDays: 90 }),
      'InferenceApi "chat": accessLogRetentionInDays 90 is not allowed for audit-logs: audit logs are kept at least 365 days, and CloudWatch Logs accepts only 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653 in that range; leave it unset for 365.',
    );
  });

  it("rejects a path of more than one segment", async () => {
    assert.equal(
      await rejection({ path: "v1/invoke" }),
      'InferenceApi "chat": path "v1/invoke" must be one path segment of 1 to 64 letters, digits, ".", "_" or "-" (the API serves POST /<path>); leave it unset for "invoke".',
    );
  });

  it("rejects a name that cannot prefix the web ACL", async () => {
    assert.equal(
      await rejection({}, "chat api"),
      'InferenceApi "chat api": the name "chat api" prefixes the web ACL and log group names, so it must be 1 to 100 letters, digits, "-" or "_"; rename the component.',
    );
  });
});
