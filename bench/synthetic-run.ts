import type { ProgramRun, RecordedResource } from "../preview/engine/types";
import { UNKNOWN } from "../preview/engine/sentinels";
import { AwsType, PulumiType } from "../policypack/vocabulary";

/**
 * A synthetic {@link ProgramRun} shaped like what the offline engine records for a large AI
 * platform in preview mode: the Stack, a default aws provider, then repeated workloads (one
 * "unit" each) made of 32 AWS resource types an AI platform deploys: KMS keys and aliases; data
 * and artifact buckets with their versioning, encryption, public-access-block and bucket-policy
 * resources; IAM roles with inline and managed policies; log groups; a Bedrock guardrail, agent,
 * knowledge base and data source; an OpenSearch Serverless collection and its encryption policy;
 * a SageMaker notebook, model, endpoint configuration and endpoint; subnets, a security group, a
 * Bedrock VPC endpoint and a GPU host; a Lambda function behind an API Gateway REST API and stage;
 * a Secrets Manager secret. Every 25 units share a VPC, a CloudTrail trail and the account's
 * model-invocation logging. Properties are what the provider's inputs look like (policy
 * documents as JSON strings, nested blocks, tags); references between resources and computed
 * outputs are unknown, as during a preview, and recorded as dependencies. About one resource in
 * ten is non-compliant so policies report something. Same seed, same stack.
 */

/** mulberry32: a small seeded PRNG, so every run of the benchmark analyzes the same stack. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROJECT = "bench";
const STACK = "perf";
const ACCOUNT = "123456789012";
const REGION = "eu-west-1";
const OPTIONS = {
  protect: false,
  ignoreChanges: [],
  aliases: [],
  customTimeouts: { create: 0, update: 0, delete: 0 },
  additionalSecretOutputs: [],
} as const;

const STACK_URN = `urn:pulumi:${STACK}::${PROJECT}::${PulumiType.Stack}::${PROJECT}-${STACK}`;
const PROVIDER_URN = `urn:pulumi:${STACK}::${PROJECT}::pulumi:providers:aws::default_7_48_0`;
const PROVIDER_REF = `${PROVIDER_URN}::${UNKNOWN}`;

/** Builds resources with URNs, parents and dependencies filled in consistently. */
class Recorder {
  readonly resources: RecordedResource[] = [];
  readonly types = new Set<string>();

  add(
    type: string,
    name: string,
    options: {
      parent?: RecordedResource;
      custom?: boolean;
      inputs?: Record<string, unknown>;
      computed?: readonly string[];
      refs?: Record<string, RecordedResource>;
    } = {},
  ): RecordedResource {
    const parent = options.parent;
    const parentType = parent === undefined ? undefined : parent.urn.split("::")[2];
    const qualified =
      parentType === undefined || parentType === PulumiType.Stack ? type : `${parentType}$${type}`;
    const custom = options.custom ?? true;
    const refs = options.refs ?? {};
    const inputs: Record<string, unknown> = { ...(options.inputs ?? {}) };
    for (const key of Object.keys(refs)) {
      inputs[key] = UNKNOWN;
    }
    const outputs: Record<string, unknown> = { ...inputs };
    for (const key of options.computed ?? ["arn", "id"]) {
      outputs[key] = UNKNOWN;
    }
    const propertyDependencies = Object.fromEntries(Object.entries(refs).map(([k, r]) => [k, [r.urn]]));
    const resource: RecordedResource = {
      urn: `urn:pulumi:${STACK}::${PROJECT}::${qualified}::${name}`,
      type,
      name,
      custom,
      remote: false,
      parent: parent?.urn ?? STACK_URN,
      ...(custom ? { provider: PROVIDER_REF } : {}),
      inputs,
      outputs: custom ? outputs : {},
      dependencies: [...new Set(Object.values(refs).map((r) => r.urn))],
      propertyDependencies,
      options: OPTIONS,
    };
    this.resources.push(resource);
    if (custom) this.types.add(type);
    return resource;
  }
}

const policy = (...statements: Record<string, unknown>[]): string =>
  JSON.stringify({ Version: "2012-10-17", Statement: statements });

const trust = (service: string): string =>
  policy({
    Effect: "Allow",
    Principal: { Service: service },
    Action: "sts:AssumeRole",
    Condition: { StringEquals: { "aws:SourceAccount": ACCOUNT } },
  });

/** What a group of 25 units shares: the VPC, the trail and the account's invocation logging. */
interface Shared {
  readonly vpc: RecordedResource;
  readonly logKey: RecordedResource;
}

function addShared(rec: Recorder, g: number): Shared {
  const vpc = rec.add(AwsType.ec2.Vpc, `platform-${g}`, {
    inputs: {
      cidrBlock: `10.${g % 256}.0.0/16`,
      enableDnsHostnames: true,
      enableDnsSupport: true,
      tags: { Name: `platform-${g}`, "ai-network-tier": "private" },
    },
    computed: ["arn", "id", "defaultSecurityGroupId", "mainRouteTableId"],
  });
  const logKey = addKey(rec, `audit-${g}`, "audit-logs", false);
  const trailBucket = addBucket(rec, `trail-${g}`, "audit-logs", logKey, false, () => 1);
  rec.add(AwsType.cloudtrail.Trail, `platform-${g}`, {
    inputs: {
      name: `platform-${g}`,
      isMultiRegionTrail: true,
      enableLogFileValidation: true,
      includeGlobalServiceEvents: true,
      eventSelectors: [
        {
          readWriteType: "All",
          includeManagementEvents: true,
          dataResources: [{ type: "AWS::S3::Object", values: ["arn:aws:s3"] }],
        },
      ],
    },
    refs: { s3BucketName: trailBucket, kmsKeyId: logKey },
  });
  const logGroup = rec.add(AwsType.cloudwatch.LogGroup, `invocations-${g}`, {
    inputs: { retentionInDays: 365, tags: { "data-class": "prompt-logs" } },
    refs: { kmsKeyId: logKey },
  });
  const loggingRole = rec.add(AwsType.iam.Role, `invocation-logging-${g}`, {
    inputs: { assumeRolePolicy: trust("bedrock.amazonaws.com") },
    computed: ["arn", "id", "uniqueId"],
  });
  rec.add(AwsType.bedrockmodel.InvocationLoggingConfiguration, `invocations-${g}`, {
    inputs: {
      loggingConfig: {
        textDataDeliveryEnabled: true,
        imageDataDeliveryEnabled: false,
        embeddingDataDeliveryEnabled: false,
        cloudwatchConfig: { logGroupName: UNKNOWN, roleArn: UNKNOWN },
      },
    },
    refs: { logGroup, loggingRole },
  });
  return { vpc, logKey };
}

function addKey(rec: Recorder, name: string, dataClass: string, bad: boolean): RecordedResource {
  const component = rec.add("scopeguard:kms:ScopedKey", name, { custom: false, inputs: { dataClass } });
  const key = rec.add(AwsType.kms.Key, name, {
    parent: component,
    inputs: {
      description: `${dataClass} key ${name}`,
      enableKeyRotation: !bad,
      rotationPeriodInDays: 365,
      deletionWindowInDays: 30,
      keyUsage: "ENCRYPT_DECRYPT",
      customerMasterKeySpec: "SYMMETRIC_DEFAULT",
      policy: policy(
        {
          Sid: "AccountAdministers",
          Effect: "Allow",
          Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
          Action: "kms:*",
          Resource: "*",
        },
        {
          Sid: "ServicesUseThroughAccount",
          Effect: "Allow",
          Principal: { AWS: "*" },
          Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
          Resource: "*",
          Condition: {
            StringEquals: { "kms:CallerAccount": ACCOUNT, "kms:ViaService": `s3.${REGION}.amazonaws.com` },
          },
        },
      ),
      tags: { "data-class": dataClass, owner: "platform" },
    },
    computed: ["arn", "keyId", "id"],
  });
  rec.add(AwsType.kms.Alias, name, {
    parent: component,
    inputs: { name: `alias/${name}` },
    refs: { targetKeyId: key },
  });
  return key;
}

function addBucket(
  rec: Recorder,
  name: string,
  dataClass: string,
  key: RecordedResource,
  bad: boolean,
  random: () => number,
): RecordedResource {
  const component = rec.add("scopeguard:storage:SecureBucket", name, {
    custom: false,
    inputs: { dataClass },
  });
  const bucket = rec.add(AwsType.s3.Bucket, name, {
    parent: component,
    inputs: {
      bucket: `${name}-${Math.floor(random() * 0xffffff).toString(16)}`,
      forceDestroy: false,
      objectLockEnabled: dataClass === "model-artifacts",
      tags: { "data-class": dataClass, owner: "platform" },
    },
    computed: ["arn", "id", "bucketDomainName", "bucketRegionalDomainName", "hostedZoneId"],
  });
  rec.add(AwsType.s3.BucketVersioning, name, {
    parent: component,
    inputs: { versioningConfiguration: { status: bad ? "Suspended" : "Enabled" } },
    refs: { bucket },
  });
  rec.add(AwsType.s3.BucketServerSideEncryptionConfiguration, name, {
    parent: component,
    inputs: {
      rules: [
        {
          applyServerSideEncryptionByDefault: { sseAlgorithm: "aws:kms", kmsMasterKeyId: UNKNOWN },
          bucketKeyEnabled: true,
        },
      ],
    },
    refs: { bucket, kmsMasterKeyId: key },
  });
  rec.add(AwsType.s3.BucketPublicAccessBlock, name, {
    parent: component,
    inputs: {
      blockPublicAcls: !bad,
      blockPublicPolicy: true,
      ignorePublicAcls: !bad,
      restrictPublicBuckets: true,
    },
    refs: { bucket },
  });
  rec.add(AwsType.s3.BucketPolicy, name, {
    parent: component,
    inputs: {
      policy: policy({
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      }),
    },
    refs: { bucket },
  });
  return bucket;
}

function addRole(
  rec: Recorder,
  name: string,
  service: string,
  statements: Record<string, unknown>[],
  managed?: string,
): RecordedResource {
  const role = rec.add(AwsType.iam.Role, name, {
    inputs: { assumeRolePolicy: trust(service), maxSessionDuration: 3600, tags: { owner: "platform" } },
    computed: ["arn", "id", "uniqueId"],
  });
  rec.add(AwsType.iam.RolePolicy, name, { inputs: { policy: policy(...statements) }, refs: { role } });
  if (managed !== undefined) {
    rec.add(AwsType.iam.RolePolicyAttachment, name, {
      inputs: { policyArn: `arn:aws:iam::aws:policy/${managed}` },
      refs: { role },
    });
  }
  return role;
}

function addUnit(rec: Recorder, i: number, shared: Shared, random: () => number): void {
  const bad = () => random() < 0.1;
  const system = `assistant-${i}`;
  const tags = { "ai-system": system, owner: "platform", environment: "prod" };
  const key = addKey(rec, `data-${i}`, "training-data", bad());
  const data = addBucket(rec, `data-${i}`, "training-data", key, bad(), random);
  const artifacts = addBucket(rec, `artifacts-${i}`, "model-artifacts", key, bad(), random);
  const logs = rec.add(AwsType.cloudwatch.LogGroup, `app-${i}`, {
    inputs: { retentionInDays: bad() ? 0 : 90, tags: { ...tags, "data-class": "prompt-logs" } },
    refs: { kmsKeyId: key },
  });

  // Network: two private subnets, a security group, the Bedrock runtime endpoint.
  const subnets = [0, 1].map((az) =>
    rec.add(AwsType.ec2.Subnet, `app-${i}-${az}`, {
      inputs: {
        cidrBlock: `10.${i % 256}.${az * 16}.0/20`,
        availabilityZone: `${REGION}${"ab"[az]}`,
        mapPublicIpOnLaunch: az === 1 && bad(),
        tags: { ...tags, "ai-network-tier": "private" },
      },
      refs: { vpcId: shared.vpc },
    }),
  );
  const sg = rec.add(AwsType.ec2.SecurityGroup, `app-${i}`, {
    inputs: {
      description: "model serving",
      ingress: [
        {
          protocol: "tcp",
          fromPort: bad() ? 22 : 443,
          toPort: bad() ? 22 : 443,
          cidrBlocks: [bad() ? "0.0.0.0/0" : "10.0.0.0/8"],
          description: "clients",
        },
      ],
      egress: [{ protocol: "-1", fromPort: 0, toPort: 0, cidrBlocks: ["10.0.0.0/8"] }],
      tags,
    },
    refs: { vpcId: shared.vpc },
  });
  rec.add(AwsType.ec2.VpcEndpoint, `bedrock-${i}`, {
    inputs: {
      serviceName: `com.amazonaws.${REGION}.bedrock-runtime`,
      vpcEndpointType: "Interface",
      privateDnsEnabled: !bad(),
      subnetIds: [UNKNOWN, UNKNOWN],
      securityGroupIds: [UNKNOWN],
      policy: policy({
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
        Resource: `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`,
      }),
    },
    refs: { vpcId: shared.vpc, subnetIds: subnets[0], securityGroupIds: sg },
  });

  // Bedrock: guardrail, agent, knowledge base over an OpenSearch Serverless collection.
  const guardrail = rec.add(AwsType.bedrock.Guardrail, `app-${i}`, {
    inputs: {
      name: `app-${i}`,
      blockedInputMessaging: "This request cannot be processed.",
      blockedOutputsMessaging: "This answer cannot be shown.",
      contentPolicyConfig: {
        filtersConfigs: [
          { type: "PROMPT_ATTACK", inputStrength: bad() ? "NONE" : "HIGH", outputStrength: "NONE" },
          { type: "HATE", inputStrength: "HIGH", outputStrength: "HIGH" },
          { type: "VIOLENCE", inputStrength: "HIGH", outputStrength: "HIGH" },
          { type: "SEXUAL", inputStrength: "HIGH", outputStrength: "HIGH" },
          { type: "INSULTS", inputStrength: "MEDIUM", outputStrength: "MEDIUM" },
          { type: "MISCONDUCT", inputStrength: "MEDIUM", outputStrength: "MEDIUM" },
        ],
      },
      sensitiveInformationPolicyConfig: {
        piiEntitiesConfigs: [
          { type: "EMAIL", action: "ANONYMIZE" },
          { type: "PHONE", action: "ANONYMIZE" },
          { type: "AWS_SECRET_KEY", action: "BLOCK" },
        ],
      },
      tags,
    },
    refs: { kmsKeyArn: key },
    computed: ["arn", "guardrailArn", "guardrailId", "version", "status", "createdAt"],
  });
  const collection = rec.add(AwsType.opensearch.ServerlessCollection, `kb-${i}`, {
    inputs: { name: `kb-${i}`, type: "VECTORSEARCH", standbyReplicas: "ENABLED", tags },
    computed: ["arn", "id", "collectionEndpoint", "dashboardEndpoint", "kmsKeyArn"],
  });
  rec.add(AwsType.opensearch.ServerlessSecurityPolicy, `kb-${i}-encryption`, {
    inputs: {
      name: `kb-${i}-encryption`,
      type: "encryption",
      policy: JSON.stringify({
        Rules: [{ ResourceType: "collection", Resource: [`collection/kb-${i}`] }],
        AWSOwnedKey: bad(),
        ...(bad() ? {} : { KmsARN: `arn:aws:kms:${REGION}:${ACCOUNT}:key/${i}` }),
      }),
    },
    computed: ["id", "policyVersion"],
  });
  const kbRole = addRole(rec, `kb-${i}`, "bedrock.amazonaws.com", [
    {
      Effect: "Allow",
      Action: ["bedrock:InvokeModel"],
      Resource: `arn:aws:bedrock:${REGION}::foundation-model/amazon.titan-embed-text-v2:0`,
    },
    {
      Effect: "Allow",
      Action: ["aoss:APIAccessAll"],
      Resource: `arn:aws:aoss:${REGION}:${ACCOUNT}:collection/*`,
    },
    {
      Effect: "Allow",
      Action: ["s3:GetObject", "s3:ListBucket"],
      Resource: [`arn:aws:s3:::data-${i}`, `arn:aws:s3:::data-${i}/*`],
    },
  ]);
  const kb = rec.add(AwsType.bedrock.AgentKnowledgeBase, `kb-${i}`, {
    inputs: {
      name: `kb-${i}`,
      roleArn: UNKNOWN,
      knowledgeBaseConfiguration: {
        type: "VECTOR",
        vectorKnowledgeBaseConfiguration: {
          embeddingModelArn: `arn:aws:bedrock:${REGION}::foundation-model/amazon.titan-embed-text-v2:0`,
        },
      },
      storageConfiguration: {
        type: "OPENSEARCH_SERVERLESS",
        opensearchServerlessConfiguration: {
          collectionArn: UNKNOWN,
          vectorIndexName: "bedrock-knowledge-base-default-index",
          fieldMapping: { vectorField: "vector", textField: "text", metadataField: "metadata" },
        },
      },
      tags,
    },
    refs: { roleArn: kbRole, collection },
    computed: ["arn", "id", "createdAt", "updatedAt"],
  });
  rec.add(AwsType.bedrock.AgentDataSource, `kb-${i}`, {
    inputs: {
      name: `kb-${i}`,
      dataDeletionPolicy: bad() ? "RETAIN" : "DELETE",
      dataSourceConfiguration: { type: "S3", s3Configuration: { bucketArn: UNKNOWN } },
      serverSideEncryptionConfiguration: { kmsKeyArn: UNKNOWN },
    },
    refs: { knowledgeBaseId: kb, bucketArn: data, kmsKeyArn: key },
    computed: ["id", "dataSourceId"],
  });
  const agentRole = addRole(rec, `agent-${i}`, "bedrock.amazonaws.com", [
    {
      Effect: "Allow",
      Action: ["bedrock:InvokeModel"],
      Resource: `arn:aws:bedrock:${REGION}::foundation-model/anthropic.claude-3-haiku-20240307-v1:0`,
    },
    { Effect: "Allow", Action: ["bedrock:Retrieve"], Resource: UNKNOWN },
  ]);
  rec.add(AwsType.bedrock.AgentAgent, `app-${i}`, {
    inputs: {
      agentName: `app-${i}`,
      foundationModel: "anthropic.claude-3-haiku-20240307-v1:0",
      instruction: "Answer questions about the product catalogue from the knowledge base only.",
      idleSessionTtlInSeconds: 600,
      customerEncryptionKeyArn: UNKNOWN,
      guardrailConfigurations: bad() ? [] : [{ guardrailIdentifier: UNKNOWN, guardrailVersion: UNKNOWN }],
      agentResourceRoleArn: UNKNOWN,
      tags,
    },
    refs: { agentResourceRoleArn: agentRole, customerEncryptionKeyArn: key, guardrail },
    computed: ["agentArn", "agentId", "agentVersion", "id"],
  });

  // SageMaker: notebook, model, endpoint configuration, endpoint.
  const smRole = addRole(
    rec,
    `sagemaker-${i}`,
    "sagemaker.amazonaws.com",
    [
      {
        Effect: "Allow",
        Action: ["s3:GetObject", "s3:PutObject"],
        Resource: `arn:aws:s3:::artifacts-${i}/*`,
      },
      { Effect: "Allow", Action: ["kms:Decrypt", "kms:GenerateDataKey"], Resource: UNKNOWN },
      { Effect: "Allow", Action: ["ecr:BatchGetImage", "ecr:GetDownloadUrlForLayer"], Resource: "*" },
    ],
    bad() ? "AmazonSageMakerFullAccess" : "AmazonSageMakerReadOnly",
  );
  rec.add(AwsType.sagemaker.NotebookInstance, `research-${i}`, {
    inputs: {
      name: `research-${i}`,
      instanceType: "ml.t3.medium",
      directInternetAccess: bad() ? "Enabled" : "Disabled",
      rootAccess: "Disabled",
      volumeSize: 50,
      roleArn: UNKNOWN,
      kmsKeyId: UNKNOWN,
      subnetId: UNKNOWN,
      securityGroups: [UNKNOWN],
      tags,
    },
    refs: { roleArn: smRole, kmsKeyId: key, subnetId: subnets[0], securityGroups: sg },
    computed: ["arn", "id", "url", "networkInterfaceId"],
  });
  const model = rec.add(AwsType.sagemaker.Model, `llm-${i}`, {
    inputs: {
      executionRoleArn: UNKNOWN,
      enableNetworkIsolation: !bad(),
      primaryContainer: {
        image: `763104351884.dkr.ecr.${REGION}.amazonaws.com/huggingface-pytorch-tgi-inference:2.1.1-tgi1.4.0-gpu-py310-cu121-ubuntu20.04`,
        modelDataUrl: `s3://artifacts-${i}/model.tar.gz`,
        environment: { HF_MODEL_ID: "/opt/ml/model", SM_NUM_GPUS: "1" },
      },
      vpcConfig: { subnets: [UNKNOWN, UNKNOWN], securityGroupIds: [UNKNOWN] },
      tags,
    },
    refs: { executionRoleArn: smRole, artifacts },
    computed: ["arn", "id", "name"],
  });
  const endpointConfig = rec.add(AwsType.sagemaker.EndpointConfiguration, `llm-${i}`, {
    inputs: {
      kmsKeyArn: UNKNOWN,
      productionVariants: [
        {
          variantName: "primary",
          modelName: UNKNOWN,
          initialInstanceCount: 1,
          instanceType: "ml.g5.2xlarge",
        },
      ],
      ...(bad()
        ? {}
        : {
            dataCaptureConfig: {
              enableCapture: true,
              initialSamplingPercentage: 100,
              destinationS3Uri: `s3://artifacts-${i}/capture/`,
              kmsKeyId: UNKNOWN,
              captureOptions: [{ captureMode: "Input" }, { captureMode: "Output" }],
            },
          }),
      tags,
    },
    refs: { kmsKeyArn: key, model },
    computed: ["arn", "id", "name"],
  });
  rec.add(AwsType.sagemaker.Endpoint, `llm-${i}`, {
    inputs: { endpointConfigName: UNKNOWN, tags },
    refs: { endpointConfigName: endpointConfig },
    computed: ["arn", "id", "name"],
  });

  // A GPU host for batch jobs.
  rec.add(AwsType.ec2.Instance, `gpu-${i}`, {
    inputs: {
      ami: "ami-0a1b2c3d4e5f67890",
      instanceType: "g5.xlarge",
      associatePublicIpAddress: bad(),
      ...(bad() ? { keyName: "ops" } : {}),
      metadataOptions: {
        httpTokens: bad() ? "optional" : "required",
        httpPutResponseHopLimit: 1,
        httpEndpoint: "enabled",
      },
      rootBlockDevice: { encrypted: !bad(), volumeSize: 200, volumeType: "gp3", kmsKeyId: UNKNOWN },
      subnetId: UNKNOWN,
      vpcSecurityGroupIds: [UNKNOWN],
      iamInstanceProfile: UNKNOWN,
      monitoring: true,
      ebsOptimized: true,
      tags: { ...tags, Name: `gpu-${i}` },
    },
    refs: { subnetId: subnets[1], vpcSecurityGroupIds: sg, kmsKeyId: key },
    computed: ["arn", "id", "privateIp", "publicIp", "primaryNetworkInterfaceId"],
  });

  // Inference API: a function behind a REST API stage, and the vendor key it reads.
  const secret = rec.add(AwsType.secretsmanager.Secret, `vendor-key-${i}`, {
    inputs: { name: `vendor-key-${i}`, description: "model vendor API key", recoveryWindowInDays: 30, tags },
    refs: { kmsKeyId: key },
  });
  const fnRole = addRole(rec, `api-${i}`, "lambda.amazonaws.com", [
    { Effect: "Allow", Action: ["bedrock:ApplyGuardrail", "bedrock:InvokeAgent"], Resource: UNKNOWN },
    { Effect: "Allow", Action: ["secretsmanager:GetSecretValue"], Resource: UNKNOWN },
  ]);
  rec.add(AwsType.lambda.Function, `api-${i}`, {
    inputs: {
      runtime: "nodejs20.x",
      handler: "index.handler",
      memorySize: 512,
      timeout: 30,
      role: UNKNOWN,
      kmsKeyArn: UNKNOWN,
      environment: { variables: { AGENT_ID: UNKNOWN, SECRET_ARN: UNKNOWN, LOG_LEVEL: "info" } },
      vpcConfig: { subnetIds: [UNKNOWN, UNKNOWN], securityGroupIds: [UNKNOWN] },
      tracingConfig: { mode: "Active" },
      tags,
    },
    refs: { role: fnRole, kmsKeyArn: key, secret },
    computed: ["arn", "id", "invokeArn", "qualifiedArn", "version"],
  });
  const api = rec.add(AwsType.apigateway.RestApi, `api-${i}`, {
    inputs: { name: `api-${i}`, endpointConfiguration: { types: "REGIONAL" }, tags },
    computed: ["arn", "id", "rootResourceId", "executionArn"],
  });
  rec.add(AwsType.apigateway.Stage, `api-${i}`, {
    inputs: {
      stageName: "prod",
      xrayTracingEnabled: true,
      ...(bad() ? {} : { accessLogSettings: { destinationArn: UNKNOWN, format: "$context.requestId" } }),
      tags,
    },
    refs: { restApi: api, deployment: api, logs },
  });
}

/** Most resources a unit can add (the group's shared resources included). */
const UNIT_MAX = 64;

/**
 * A run of exactly `size` resources (at least 2: the Stack and the provider). Whole units are added
 * while they fit; log groups fill the rest.
 */
export function syntheticRun(size: number, seed = 20240917): ProgramRun {
  const random = prng(seed);
  const rec = new Recorder();
  rec.resources.push({
    urn: STACK_URN,
    type: PulumiType.Stack,
    name: `${PROJECT}-${STACK}`,
    custom: false,
    remote: false,
    inputs: {},
    outputs: {},
    dependencies: [],
    propertyDependencies: {},
    options: OPTIONS,
  });
  rec.resources.push({
    urn: PROVIDER_URN,
    type: "pulumi:providers:aws",
    name: "default_7_48_0",
    custom: true,
    remote: false,
    inputs: { region: REGION, version: "7.48.0" },
    outputs: { region: REGION, version: "7.48.0" },
    dependencies: [],
    propertyDependencies: {},
    options: OPTIONS,
  });
  let shared: Shared | undefined;
  for (let unit = 0; rec.resources.length + UNIT_MAX <= size; unit++) {
    if (unit % 25 === 0) shared = addShared(rec, unit / 25);
    addUnit(rec, unit, shared!, random);
  }
  while (rec.resources.length < size) {
    rec.add(AwsType.cloudwatch.LogGroup, `filler-${rec.resources.length}`, {
      inputs: { retentionInDays: 90 },
    });
  }
  return {
    project: PROJECT,
    stack: STACK,
    mode: "preview",
    resources: rec.resources,
    unansweredInvokes: [],
    config: { "aws:region": REGION },
    secretConfigKeys: [],
    organization: "organization",
  };
}

/** The AWS resource types a run holds (custom resources other than providers), for the report. */
export function awsTypesOf(run: ProgramRun): string[] {
  return [
    ...new Set(run.resources.filter((r) => r.custom && r.type.startsWith("aws:")).map((r) => r.type)),
  ].sort();
}
