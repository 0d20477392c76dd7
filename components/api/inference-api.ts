import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";
import { aiTags, argumentErrorMessage, childOf, setChild } from "../common";
import { EncryptedLogGroup } from "../logging";
import {
  ACCESS_LOG_FORMAT,
  DEFAULT_API_PATH,
  DEFAULT_API_STAGE_NAME,
  DEFAULT_API_THROTTLING,
  lambdaInvokeUri,
} from "./api-settings";
import { INFERENCE_API_DEFAULT_SCOPE, inferenceApiArgsError } from "./api-validation";
import { AuthorizerType, type InferenceApiArgs } from "./inference-api-args";
import { buildWafRules, DEFAULT_WAF_EVALUATION_WINDOW, DEFAULT_WAF_RATE_LIMIT } from "./waf-rules";

/**
 * An authenticated, throttled, WAF-protected inference API: an API Gateway REST API with one
 * POST method in front of a model-invoking Lambda function, IAM (or Cognito) authorization,
 * stage throttling, JSON access logs in a CMK-encrypted log group, X-Ray tracing, and a REGIONAL
 * WAFv2 web ACL (per-IP rate limit, AWS common and known-bad-inputs rule sets) on the stage.
 *
 * A REST API rather than an HTTP API, on purpose: only REST API stages can be associated with a
 * WAF web ACL, and the per-client rate limit and managed rules are the point of this component.
 */
export class InferenceApi extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:api:InferenceApi";

  /** The REST API. */
  public readonly api: aws.apigateway.RestApi;
  /** The stage. */
  public readonly stage: aws.apigateway.Stage;
  /** The web ACL associated with the stage. */
  public readonly webAcl: aws.wafv2.WebAcl;
  /** The access-log group. */
  public get accessLogs(): EncryptedLogGroup {
    return childOf(this, "accessLogs");
  }
  private set accessLogs(value: EncryptedLogGroup) {
    setChild(this, "accessLogs", value);
  }
  /** The Cognito authorizer, when one is configured. */
  public readonly authorizer?: aws.apigateway.Authorizer;
  /** The URL of `POST /<path>`. */
  public readonly url: pulumi.Output<string>;
  /** The stage's execution ARN, for `execute-api:Invoke` grants (`<arn>/POST/<path>`). */
  public readonly executionArn: pulumi.Output<string>;
  /** The web ACL's ARN. */
  public readonly webAclArn: pulumi.Output<string>;
  /** The ARN of the access-log group, one JSON record per request. */
  public readonly accessLogGroupArn: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the API, web ACL and log group names.
   * @param args See InferenceApiArgs.
   * @param opts Component resource options.
   */
  constructor(name: string, args: InferenceApiArgs, opts?: pulumi.ComponentResourceOptions) {
    super(InferenceApi.typeToken, name, {}, opts);

    const problem = inferenceApiArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("InferenceApi", name, problem), this);
    }

    const parent = { parent: this };
    const labels = {
      scope: args.scope ?? INFERENCE_API_DEFAULT_SCOPE,
      system: args.system,
      owner: args.owner,
      tags: args.tags,
    };
    const tags = aiTags(labels);
    const partition = aws.getPartitionOutput({}, parent);
    const region = aws.getRegionOutput({}, parent);
    const path = args.path ?? DEFAULT_API_PATH;
    const stageName = args.stageName ?? DEFAULT_API_STAGE_NAME;
    const authorization = args.authorizer?.type ?? AuthorizerType.AwsIam;
    // Validation guarantees both lists with a Cognito authorizer and neither with IAM.
    const cognito =
      authorization === AuthorizerType.CognitoUserPools
        ? { userPoolArns: args.authorizer!.userPoolArns!, scopes: args.authorizer!.authorizationScopes! }
        : undefined;

    this.accessLogs = new EncryptedLogGroup(
      `${name}-access`,
      {
        // Who called the model, when, and what was decided: an audit record, kept accordingly.
        dataClass: "audit-logs",
        retentionInDays: args.accessLogRetentionInDays,
        keyAdmins: args.keyAdmins,
        ...labels,
      },
      parent,
    );

    const account =
      args.cloudWatchRoleArn === undefined
        ? undefined
        : new aws.apigateway.Account(name, { cloudwatchRoleArn: args.cloudWatchRoleArn }, parent);

    this.api = new aws.apigateway.RestApi(
      name,
      {
        description: `scopeguard inference API ${name}`,
        // REGIONAL: the web ACL is regional, and an edge-optimized API would put CloudFront in front of it.
        endpointConfiguration: { types: "REGIONAL" },
        tags,
      },
      parent,
    );
    const resource = new aws.apigateway.Resource(
      name,
      { restApi: this.api.id, parentId: this.api.rootResourceId, pathPart: path },
      parent,
    );

    if (cognito !== undefined) {
      this.authorizer = new aws.apigateway.Authorizer(
        name,
        {
          restApi: this.api.id,
          type: AuthorizerType.CognitoUserPools,
          providerArns: cognito.userPoolArns,
          identitySource: "method.request.header.Authorization",
        },
        parent,
      );
    }
    const method = new aws.apigateway.Method(
      name,
      {
        restApi: this.api.id,
        resourceId: resource.id,
        httpMethod: "POST",
        authorization,
        authorizerId: this.authorizer?.id,
        authorizationScopes: cognito?.scopes,
      },
      parent,
    );
    const integration = new aws.apigateway.Integration(
      name,
      {
        restApi: this.api.id,
        resourceId: resource.id,
        httpMethod: method.httpMethod,
        type: "AWS_PROXY",
        integrationHttpMethod: "POST",
        uri: pulumi
          .all([partition.partition, region.region, args.handlerFunctionArn])
          .apply(([p, r, functionArn]) => lambdaInvokeUri({ partition: p, region: r, functionArn })),
      },
      parent,
    );

    const deployment = new aws.apigateway.Deployment(
      name,
      {
        restApi: this.api.id,
        description: `scopeguard inference API ${name}`,
        // A new deployment whenever the method or its authorization changes, or the stage would keep serving the old one.
        triggers: {
          redeployment: pulumi
            .output(cognito?.userPoolArns ?? [])
            .apply((pools) => fingerprint({ path, authorization, pools, scopes: cognito?.scopes ?? [] })),
        },
      },
      { parent: this, dependsOn: [method, integration] },
    );

    this.stage = new aws.apigateway.Stage(
      name,
      {
        restApi: this.api.id,
        deployment: deployment.id,
        stageName,
        accessLogSettings: { destinationArn: this.accessLogs.logGroupArn, format: ACCESS_LOG_FORMAT },
        xrayTracingEnabled: args.tracing ?? true,
        tags,
      },
      { parent: this, dependsOn: account === undefined ? [] : [account] },
    );

    new aws.apigateway.MethodSettings(
      name,
      {
        restApi: this.api.id,
        stageName: this.stage.stageName,
        methodPath: "*/*",
        settings: {
          throttlingRateLimit: args.throttling?.rateLimit ?? DEFAULT_API_THROTTLING.rateLimit,
          throttlingBurstLimit: args.throttling?.burstLimit ?? DEFAULT_API_THROTTLING.burstLimit,
          metricsEnabled: true,
          // Execution logs go to a group API Gateway creates itself, unencrypted and kept forever,
          // and data tracing would copy every prompt and completion there: both stay off. The
          // access log, X-Ray and metrics cover operations.
          loggingLevel: "OFF",
          dataTraceEnabled: false,
        },
      },
      parent,
    );

    this.webAcl = new aws.wafv2.WebAcl(
      name,
      {
        description: `scopeguard: protects the inference API ${name}`,
        scope: "REGIONAL",
        defaultAction: { allow: {} },
        rules: buildWafRules({
          rateLimit: args.waf?.rateLimit ?? DEFAULT_WAF_RATE_LIMIT,
          evaluationWindowSec: args.waf?.evaluationWindowSec ?? DEFAULT_WAF_EVALUATION_WINDOW,
          excludedCommonRules: args.waf?.excludedCommonRules ?? [],
          metricPrefix: name,
        }),
        visibilityConfig: { cloudwatchMetricsEnabled: true, metricName: name, sampledRequestsEnabled: true },
        tags,
      },
      parent,
    );
    new aws.wafv2.WebAclAssociation(
      name,
      { resourceArn: this.stage.arn, webAclArn: this.webAcl.arn },
      parent,
    );

    // API Gateway may invoke the handler for this stage's POST /<path> only, not from any API of the account.
    new aws.lambda.Permission(
      name,
      {
        action: "lambda:InvokeFunction",
        function: args.handlerFunctionArn,
        principal: "apigateway.amazonaws.com",
        sourceArn: pulumi.interpolate`${this.api.executionArn}/${stageName}/POST/${path}`,
      },
      parent,
    );

    this.executionArn = this.stage.executionArn;
    this.url = pulumi.interpolate`${this.stage.invokeUrl}/${path}`;
    this.webAclArn = this.webAcl.arn;
    this.accessLogGroupArn = this.accessLogs.logGroupArn;
    this.registerOutputs({
      url: this.url,
      executionArn: this.executionArn,
      webAclArn: this.webAclArn,
      accessLogGroupArn: this.accessLogGroupArn,
    });
  }
}

/** A short, stable fingerprint of a JSON-serializable value. */
function fingerprint(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}
