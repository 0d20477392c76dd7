import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import { createHash } from "crypto";
import { aiTags, argumentErrorMessage, type AiTagArgs } from "../common";
import { EncryptedLogGroup } from "../logging";
import {
  ACCESS_LOG_FORMAT,
  DEFAULT_API_PATH,
  DEFAULT_API_STAGE_NAME,
  DEFAULT_API_THROTTLING,
  lambdaInvokeUri,
} from "./api-settings";
import { INFERENCE_API_DEFAULT_SCOPE, inferenceApiArgsError } from "./api-validation";
import {
  buildWafRules,
  DEFAULT_WAF_EVALUATION_WINDOW,
  DEFAULT_WAF_RATE_LIMIT,
  type WafEvaluationWindow,
} from "./waf-rules";

/** Callers sign requests with SigV4; IAM policies (`execute-api:Invoke`) decide who may call. */
export interface IamAuthorizerArgs {
  /**
   * Selects the IAM (SigV4) authorizer.
   * @default none: required, it selects this kind of authorizer
   */
  readonly type: "AWS_IAM";
}

/**
 * Callers present a JWT issued by a Cognito user pool. REST APIs have no generic JWT authorizer
 * (issuer + audience is an HTTP API feature); the Cognito authorizer checks the issuer (the pool),
 * the signature and the expiry, and the scopes below stand in for the audience.
 */
export interface CognitoAuthorizerArgs {
  /**
   * Selects the Cognito user-pool (JWT) authorizer.
   * @default none: required, it selects this kind of authorizer
   */
  readonly type: "COGNITO_USER_POOLS";
  /**
   * ARNs of the user pools whose tokens are accepted (the issuers).
   * @default none: required, the issuers whose tokens are accepted
   */
  readonly userPoolArns: pulumi.Input<string>[];
  /**
   * OAuth scopes an access token must carry, one of them at least, such as `inference-api/invoke`.
   * Required: without scopes API Gateway accepts any ID token of the pool, for any app client.
   * @default none: required
   */
  readonly authorizationScopes: string[];
}

/** How callers authenticate. */
export type InferenceApiAuthorizer = IamAuthorizerArgs | CognitoAuthorizerArgs;

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

/** Arguments of {@link InferenceApi}. Only `handlerFunctionArn` is required. */
export interface InferenceApiArgs extends AiTagArgs {
  /**
   * ARN of the Lambda function that invokes the model (it receives API Gateway proxy events). The
   * component allows API Gateway to invoke it from this API's stage and method only.
   * @default none: required, the API has nothing to serve without it
   */
  readonly handlerFunctionArn: pulumi.Input<string>;
  /**
   * How callers authenticate. There is no unauthenticated option.
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
  public readonly accessLogs: EncryptedLogGroup;
  /** The Cognito authorizer, when one is configured. */
  public readonly authorizer?: aws.apigateway.Authorizer;
  /** The URL of `POST /<path>`. */
  public readonly url: pulumi.Output<string>;
  /** The stage's execution ARN, for `execute-api:Invoke` grants (`<arn>/POST/<path>`). */
  public readonly executionArn: pulumi.Output<string>;
  /** The web ACL's ARN. */
  public readonly webAclArn: pulumi.Output<string>;

  /**
   * @param name The component's name; prefixes the API, web ACL and log group names.
   * @param args See {@link InferenceApiArgs}.
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
    const authorizerArgs: InferenceApiAuthorizer = args.authorizer ?? { type: "AWS_IAM" };

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

    if (authorizerArgs.type === "COGNITO_USER_POOLS") {
      this.authorizer = new aws.apigateway.Authorizer(
        name,
        {
          restApi: this.api.id,
          type: "COGNITO_USER_POOLS",
          providerArns: authorizerArgs.userPoolArns,
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
        authorization: authorizerArgs.type,
        authorizerId: this.authorizer?.id,
        authorizationScopes:
          authorizerArgs.type === "COGNITO_USER_POOLS" ? authorizerArgs.authorizationScopes : undefined,
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
            .output(authorizerArgs.type === "COGNITO_USER_POOLS" ? authorizerArgs.userPoolArns : [])
            .apply((pools) =>
              fingerprint({
                path,
                authorization: authorizerArgs.type,
                pools,
                scopes:
                  authorizerArgs.type === "COGNITO_USER_POOLS" ? authorizerArgs.authorizationScopes : [],
              }),
            ),
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
    this.registerOutputs({ url: this.url, executionArn: this.executionArn, webAclArn: this.webAclArn });
  }
}

/** A short, stable fingerprint of a JSON-serializable value. */
function fingerprint(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex").slice(0, 16);
}
