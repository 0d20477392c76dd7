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
  "aws:s3/bucket:Bucket": bucket,
  "aws:s3/bucketV2:BucketV2": bucket,
  "aws:kms/key:Key": (c) => {
    const keyId = uuidFrom(c.seed);
    return { id: keyId, values: { keyId, arn: `arn:aws:kms:${c.region}:${c.account}:key/${keyId}` } };
  },
  "aws:kms/alias:Alias": named(
    "kms",
    (_c, n) => n,
    (c) => ({ targetKeyArn: c.state.targetKeyId }),
  ),
  "aws:iam/role:Role": named(
    "iam",
    (c, n) => `role${iamPath(c)}${n}`,
    (c) => ({
      uniqueId: "AROA" + alnumId(c.seed, 17, true),
      createDate: "2024-01-01T00:00:00Z",
    }),
  ),
  "aws:iam/policy:Policy": (c) => {
    const arn = `arn:aws:iam::${c.account}:policy${iamPath(c)}${nameOf(c)}`;
    return { id: arn, values: { arn, policyId: "ANPA" + alnumId(c.seed, 17, true) } };
  },
  "aws:iam/rolePolicy:RolePolicy": (c) => ({ id: `${str(c.state.role, "role")}:${nameOf(c)}`, values: {} }),
  "aws:iam/rolePolicyAttachment:RolePolicyAttachment": (c) => ({
    id: `${str(c.state.role, "role")}-${hexFrom(c.seed, 26)}`,
    values: {},
  }),
  "aws:cloudwatch/logGroup:LogGroup": named("logs", (_c, n) => `log-group:${n}`),
  "aws:bedrock/guardrail:Guardrail": (c) => {
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
  "aws:bedrock/guardrailVersion:GuardrailVersion": (c) => ({
    id: `${str(c.state.guardrailArn, "guardrail")},1`,
    values: { version: "1" },
  }),
  "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration": (c) => ({
    id: c.region,
    values: {},
  }),
  "aws:sagemaker/domain:Domain": (c) => {
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
  "aws:sagemaker/notebookInstance:NotebookInstance": named(
    "sagemaker",
    (_c, n) => `notebook-instance/${n.toLowerCase()}`,
    (c) => ({
      url: `${nameOf(c)}.notebook.${c.region}.sagemaker.aws`,
    }),
  ),
  "aws:sagemaker/model:Model": named("sagemaker", (_c, n) => `model/${n.toLowerCase()}`),
  "aws:sagemaker/endpoint:Endpoint": named("sagemaker", (_c, n) => `endpoint/${n.toLowerCase()}`),
  "aws:sagemaker/endpointConfiguration:EndpointConfiguration": named(
    "sagemaker",
    (_c, n) => `endpoint-config/${n.toLowerCase()}`,
  ),
  "aws:lambda/function:Function": named(
    "lambda",
    (_c, n) => `function:${n}`,
    (c, arn) => ({
      invokeArn: `arn:aws:apigateway:${c.region}:lambda:path/2015-03-31/functions/${arn}/invocations`,
      qualifiedArn: `${arn}:$LATEST`,
      version: "$LATEST",
    }),
  ),
  "aws:apigateway/restApi:RestApi": (c) => {
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
  "aws:apigateway/stage:Stage": (c) => {
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
  "aws:apigatewayv2/api:Api": (c) => {
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
  "aws:secretsmanager/secret:Secret": (c) => {
    const arn = `arn:aws:secretsmanager:${c.region}:${c.account}:secret:${nameOf(c)}-${alnumId(c.seed, 6, false)}`;
    return { id: arn, values: { arn } };
  },
  "aws:sns/topic:Topic": (c) => {
    const arn = `arn:aws:sns:${c.region}:${c.account}:${nameOf(c)}`;
    return { id: arn, values: { arn } };
  },
  "aws:sqs/queue:Queue": (c) => {
    const url = `https://sqs.${c.region}.amazonaws.com/${c.account}/${nameOf(c)}`;
    return { id: url, values: { url, arn: `arn:aws:sqs:${c.region}:${c.account}:${nameOf(c)}` } };
  },
  "aws:cloudtrail/trail:Trail": (c) => {
    const arn = `arn:aws:cloudtrail:${c.region}:${c.account}:trail/${nameOf(c)}`;
    return { id: arn, values: { arn, homeRegion: c.region } };
  },
  "aws:ecr/repository:Repository": named(
    "ecr",
    (_c, n) => `repository/${n}`,
    (c) => ({
      registryId: c.account,
      repositoryUrl: `${c.account}.dkr.ecr.${c.region}.amazonaws.com/${nameOf(c)}`,
    }),
  ),
  "aws:opensearch/serverlessCollection:ServerlessCollection": (c) => {
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
  "aws:budgets/budget:Budget": (c) => ({
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
