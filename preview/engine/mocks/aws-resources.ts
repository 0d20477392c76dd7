/**
 * Provider-computed values of common AI-stack resource types, as `pulumi up` would see them after
 * create (update mode). In preview mode these values are unknown, as in a real preview: the
 * provider only learns ids and ARNs when it creates the resource.
 *
 * ARN and id shapes follow the AWS docs for each service; account `123456789012`.
 */
import { alnumId, awsId, hexFrom, prefixedUniqueSuffix, uuidFrom } from "./ids";
import { Computed, ResourceContext, Rule, iamPath, nameOf, named, str } from "./aws-rule-kit";
import { NETWORK_RULES } from "./aws-network";
import { AwsType } from "../../../policypack/vocabulary";

export type { Computed, ResourceContext } from "./aws-rule-kit";

const bucket: Rule = (c) => {
  const b = str(c.state.bucket, c.name);
  return {
    id: b,
    values: {
      arn: `arn:aws:s3:::${b}`,
      bucketDomainName: `${b}.s3.amazonaws.com`,
      bucketRegionalDomainName: `${b}.s3.${c.region}.amazonaws.com`,
      hostedZoneId: "Z3AQBSTGFYJSTF",
    },
  };
};

const RULES: Record<string, Rule> = {
  ...NETWORK_RULES,
  [AwsType.s3.Bucket]: bucket,
  [AwsType.s3.BucketV2]: bucket,
  [AwsType.kms.Key]: (c) => {
    const keyId = uuidFrom(c.seed);
    return { id: keyId, values: { keyId, arn: `arn:aws:kms:${c.region}:${c.account}:key/${keyId}` } };
  },
  [AwsType.kms.Alias]: named(
    "kms",
    (_c, n) => n,
    (c) => ({ targetKeyArn: c.state.targetKeyId }),
  ),
  [AwsType.iam.Role]: named(
    "iam",
    (c, n) => `role${iamPath(c)}${n}`,
    (c) => ({
      uniqueId: "AROA" + alnumId(c.seed, 17, true),
      createDate: "2024-01-01T00:00:00Z",
    }),
  ),
  [AwsType.iam.Policy]: (c) => {
    const arn = `arn:aws:iam::${c.account}:policy${iamPath(c)}${nameOf(c)}`;
    return { id: arn, values: { arn, policyId: "ANPA" + alnumId(c.seed, 17, true) } };
  },
  [AwsType.iam.RolePolicy]: (c) => ({ id: `${str(c.state.role, "role")}:${nameOf(c)}`, values: {} }),
  [AwsType.iam.RolePolicyAttachment]: (c) => ({
    id: `${str(c.state.role, "role")}-${hexFrom(c.seed, 26)}`,
    values: {},
  }),
  [AwsType.cloudwatch.LogGroup]: named("logs", (_c, n) => `log-group:${n}`),
  [AwsType.bedrock.Guardrail]: (c) => {
    const guardrailId = alnumId(c.seed, 12);
    return {
      id: `${guardrailId},DRAFT`,
      values: {
        guardrailId,
        guardrailArn: `arn:aws:bedrock:${c.region}:${c.account}:guardrail/${guardrailId}`,
        version: "DRAFT",
        status: "READY",
        createdAt: "2024-01-01T00:00:00Z",
      },
    };
  },
  [AwsType.bedrock.GuardrailVersion]: (c) => ({
    id: `${str(c.state.guardrailArn, "guardrail")},1`,
    values: { version: "1" },
  }),
  [AwsType.bedrockmodel.InvocationLoggingConfiguration]: (c) => ({
    id: c.region,
    values: {},
  }),
  [AwsType.sagemaker.Domain]: (c) => {
    const id = "d-" + alnumId(c.seed, 12);
    return {
      id,
      values: {
        arn: `arn:aws:sagemaker:${c.region}:${c.account}:domain/${id}`,
        url: `https://${id}.studio.${c.region}.sagemaker.aws`,
        homeEfsFileSystemId: awsId("fs", c.seed),
      },
    };
  },
  [AwsType.sagemaker.NotebookInstance]: named(
    "sagemaker",
    (_c, n) => `notebook-instance/${n.toLowerCase()}`,
    (c) => ({
      url: `${nameOf(c)}.notebook.${c.region}.sagemaker.aws`,
    }),
  ),
  [AwsType.sagemaker.Model]: named("sagemaker", (_c, n) => `model/${n.toLowerCase()}`),
  [AwsType.sagemaker.Endpoint]: named("sagemaker", (_c, n) => `endpoint/${n.toLowerCase()}`),
  [AwsType.sagemaker.EndpointConfiguration]: named(
    "sagemaker",
    (_c, n) => `endpoint-config/${n.toLowerCase()}`,
  ),
  [AwsType.lambda.Function]: named(
    "lambda",
    (_c, n) => `function:${n}`,
    (c, arn) => ({
      invokeArn: `arn:aws:apigateway:${c.region}:lambda:path/2015-03-31/functions/${arn}/invocations`,
      qualifiedArn: `${arn}:$LATEST`,
      version: "$LATEST",
    }),
  ),
  [AwsType.apigateway.RestApi]: (c) => {
    const id = alnumId(c.seed, 10);
    return {
      id,
      values: {
        arn: `arn:aws:apigateway:${c.region}::/restapis/${id}`,
        executionArn: `arn:aws:execute-api:${c.region}:${c.account}:${id}`,
        rootResourceId: alnumId(c.seed + "/root", 10),
      },
    };
  },
  [AwsType.apigateway.Stage]: (c) => {
    const api = str(c.state.restApi, "restapi");
    const stage = str(c.state.stageName, c.name);
    return {
      id: `ags-${api}-${stage}`,
      values: {
        arn: `arn:aws:apigateway:${c.region}::/restapis/${api}/stages/${stage}`,
        executionArn: `arn:aws:execute-api:${c.region}:${c.account}:${api}/${stage}`,
        invokeUrl: `https://${api}.execute-api.${c.region}.amazonaws.com/${stage}`,
      },
    };
  },
  [AwsType.apigatewayv2.Api]: (c) => {
    const id = alnumId(c.seed, 10);
    return {
      id,
      values: {
        arn: `arn:aws:apigateway:${c.region}::/apis/${id}`,
        apiEndpoint: `https://${id}.execute-api.${c.region}.amazonaws.com`,
        executionArn: `arn:aws:execute-api:${c.region}:${c.account}:${id}`,
      },
    };
  },
  [AwsType.secretsmanager.Secret]: (c) => {
    const arn = `arn:aws:secretsmanager:${c.region}:${c.account}:secret:${nameOf(c)}-${alnumId(c.seed, 6, false)}`;
    return { id: arn, values: { arn } };
  },
  [AwsType.sns.Topic]: (c) => {
    const arn = `arn:aws:sns:${c.region}:${c.account}:${nameOf(c)}`;
    return { id: arn, values: { arn } };
  },
  [AwsType.sqs.Queue]: (c) => {
    const url = `https://sqs.${c.region}.amazonaws.com/${c.account}/${nameOf(c)}`;
    return { id: url, values: { url, arn: `arn:aws:sqs:${c.region}:${c.account}:${nameOf(c)}` } };
  },
  [AwsType.cloudtrail.Trail]: (c) => {
    const arn = `arn:aws:cloudtrail:${c.region}:${c.account}:trail/${nameOf(c)}`;
    return { id: arn, values: { arn, homeRegion: c.region } };
  },
  [AwsType.ecr.Repository]: named(
    "ecr",
    (_c, n) => `repository/${n}`,
    (c) => ({
      registryId: c.account,
      repositoryUrl: `${c.account}.dkr.ecr.${c.region}.amazonaws.com/${nameOf(c)}`,
    }),
  ),
  [AwsType.opensearch.ServerlessCollection]: (c) => {
    const id = alnumId(c.seed, 20);
    return {
      id,
      values: {
        arn: `arn:aws:aoss:${c.region}:${c.account}:collection/${id}`,
        collectionEndpoint: `https://${id}.${c.region}.aoss.amazonaws.com`,
        dashboardEndpoint: `https://${id}.${c.region}.aoss.amazonaws.com/_dashboards`,
      },
    };
  },
  [AwsType.budgets.Budget]: (c) => ({
    id: `${c.account}:${nameOf(c)}`,
    values: { arn: `arn:aws:budgets::${c.account}:budget/${nameOf(c)}` },
  }),
};

/**
 * Computed values of a created resource: the table's rule for known types; otherwise the
 * generic rule, `arn:aws:<module>:<region>:<account>:<kebab-type>/<name or id>` and an id that
 * is the physical name when there is one.
 */
export function computedValues(c: ResourceContext): Computed {
  const rule = RULES[c.type];
  if (rule) return rule(c);
  const m = /^aws:([^/]+)\/([^:]+):/.exec(c.type);
  const service = m ? m[1] : "unknown";
  const kind = m ? m[2].replace(/[A-Z]/g, (ch) => "-" + ch.toLowerCase()) : "resource";
  const id = typeof c.state.name === "string" && c.state.name !== "" ? c.state.name : hexFrom(c.seed, 17);
  return { id, values: { arn: `arn:aws:${service}:${c.region}:${c.account}:${kind}/${id}` } };
}

/** Suffix the AWS provider gives a `namePrefix` (used for the physical name in update mode). */
export function prefixedName(prefix: string, seed: string): string {
  return prefix + prefixedUniqueSuffix(seed);
}
