import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import { InferenceApi, type InferenceApiArgs } from "../api";
import { Guardrail, ModelInvocationLogging, type GuardrailArgs } from "../bedrock";
import { argumentErrorMessage, type AiTagArgs } from "../common";
import { AiCostGuard, type AiCostGuardArgs } from "../cost";
import { AiWorkloadRole } from "../iam";
import { AuditTrail, EncryptedLogGroup, type AuditTrailArgs } from "../logging";
import { AiNetwork } from "../network";
import { AiProviderSecret } from "../secrets";
import { AiDataBucket, type AiDataBucketArgs } from "../storage";
import { roleArnFromName, VectorCollection } from "../vectorstore";
import { childNames } from "./child-names";
import { aiPlatformArgsError } from "./platform-validation";
import {
  DEFAULT_EMBEDDING_MODEL,
  DEFAULT_GPU_INSTANCE_TYPE,
  DEFAULT_WORKLOAD_SERVICE,
  networkEndpoints,
  platformCidr,
} from "./platform-defaults";
import { componentsForScope, scopeBuilds, type BuildingBlock } from "./scope-plan";
import {
  buildSecretReadPolicy,
  COLLECTION_ACCESS_ACTIONS,
  GUARDRAIL_APPLY_ACTIONS,
  namedResourcesPolicy,
  type GrantContext,
} from "./role-grants";
import { ArtifactSigningKey, type SigningKeySpec } from "./signing-key";
import { ModelDataBackups } from "./backups";
import { GpuFleet } from "../compute";
import { ModelImageRepository, type ModelImageRepositoryArgs } from "../images";
import { SageMakerDomain, type SageMakerDomainArgs } from "../sagemaker";

/** Bedrock, which assumes the knowledge-base role to embed documents and query the vector store. */
const BEDROCK_SERVICE = "bedrock.amazonaws.com";

/** A third-party AI provider's API key, kept in Secrets Manager. */
export interface ProviderSecretSpec {
  /**
   * The provider (`openai`, `anthropic`, ...): 1 to 31 lowercase letters, digits or hyphens; names the secret.
   * @default none: required
   */
  readonly provider: string;
  /**
   * The key, as a secret Output (`config.requireSecret("openaiKey")`).
   * @default unset: put the value out of band, so it never enters Pulumi state
   */
  readonly secretValue?: pulumi.Output<string>;
  /**
   * ARN of the Lambda that rotates the key with the provider. Required from scope 2; at scope 1
   * without it, a rotation reminder is sent to an encrypted topic instead.
   * @default unset (scope 1 only)
   */
  readonly rotationLambdaArn?: pulumi.Input<string>;
  /**
   * Days between rotations or reminders, 1 to 90.
   * @default 30
   */
  readonly rotationDays?: number;
}

/** An existing VPC for the platform's endpoints and flow logs (for example an `awsx.ec2.Vpc`). */
export interface ExistingVpcArgs {
  /**
   * The VPC's id.
   * @default none: required
   */
  readonly vpcId: pulumi.Input<string>;
  /**
   * Its private subnets, one per AZ, where the interface endpoints go.
   * @default none: required
   */
  readonly privateSubnetIds: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Its private route tables, which get the S3 gateway endpoint.
   * @default none: no S3 gateway endpoint
   */
  readonly privateRouteTableIds?: pulumi.Input<pulumi.Input<string>[]>;
  /**
   * Its IPv4 block, which may reach the endpoints on 443. Give it when known, so the endpoints'
   * security group is known during preview.
   * @default looked up with aws.ec2.getVpc
   */
  readonly vpcCidrBlock?: pulumi.Input<string>;
}

/** Options of the vector store (scope 3 and above). */
export interface VectorStoreOptions {
  /**
   * Existing OpenSearch Serverless VPC endpoints (`vpce-...`) that may reach the collection, besides
   * Bedrock knowledge bases. Literal ids keep the network policy checkable before deployment.
   * @default [] (Bedrock only)
   */
  readonly vpcEndpointIds?: pulumi.Input<string>[];
  /**
   * ARN of an existing customer-managed key for the collection. A new key's ARN is unknown during
   * preview, and the encryption policy embeds it: with an existing key the policy pack decides on
   * the encryption policy in preview too, otherwise at update.
   * @default a new ScopedKey
   */
  readonly kmsKeyArn?: pulumi.Input<string>;
  /**
   * Standby replicas in another AZ; `false` halves the minimum cost, for development.
   * @default true
   */
  readonly standbyReplicas?: boolean;
}

/** Options of the GPU training fleet (scope 5). */
export interface GpuFleetOptions {
  /**
   * A GPU or accelerator instance type (p, g, gr, trn, inf, dl families).
   * @default "p5.48xlarge"
   */
  readonly instanceType?: string;
  /**
   * The AMI; required for families without an AWS Deep Learning AMI (dl).
   * @default the latest AWS Deep Learning base AMI of the family
   */
  readonly imageId?: pulumi.Input<string>;
  /** @default 0 */
  readonly minSize?: number;
  /** @default 1 */
  readonly maxSize?: number;
  /** @default unset (the group starts at minSize) */
  readonly desiredCapacity?: number;
  /** @default the AMI's own size */
  readonly rootVolumeSizeInGb?: number;
  /**
   * Relaxation: hosts of the fleet may exchange any traffic with each other (distributed training).
   * @default false
   */
  readonly allowIntraGroupTraffic?: boolean;
}

/** Options of the model-data backups (scope 5). */
export interface BackupOptions {
  /** @default 35 */
  readonly retentionDays?: number;
  /** @default "cron(0 5 * * ? *)" */
  readonly schedule?: string;
}

/** Arguments of {@link AiPlatform}. Only `scope` is required, and `models` from scope 3. */
export interface AiPlatformArgs extends AiTagArgs {
  /**
   * The scope of the AI system, 1 to 5; decides what the platform builds (see componentsForScope).
   * @default none: required, the scope decides every building block, so there is no safe guess
   */
  readonly scope: Scope;
  /**
   * The Bedrock models (ids, inference profile ids or ARNs) the workload may invoke; required and
   * non-empty from scope 3, not allowed below. Plain strings, so they are checked before deployment.
   * @default [] (below scope 3)
   */
  readonly models?: string[];
  /**
   * Third-party AI provider API keys to keep in Secrets Manager. From scope 2 each needs a rotation Lambda.
   * @default []
   */
  readonly providerSecrets?: ProviderSecretSpec[];
  /**
   * The AWS service that runs the integration and assumes the workload role (scope 2 and above).
   * @default "lambda.amazonaws.com"
   */
  readonly workloadService?: string;
  /**
   * The platform VPC's IPv4 block (scope 2 and above), /16 to /28.
   * @default "10.0.0.0/16"
   */
  readonly cidrBlock?: string;
  /**
   * How many AZs the platform VPC spans, 2 to 6.
   * @default 2
   */
  readonly availabilityZoneCount?: number;
  /**
   * Relaxation, scope 2 to 4: give the private subnets internet egress through NAT gateways.
   * Not allowed at scope 5, where the network is the training network.
   * @default false (AWS APIs through private endpoints only)
   */
  readonly internetEgress?: boolean;
  /**
   * More interface endpoints (`bedrock-agent-runtime`, `ssm`, ...).
   * @default []
   */
  readonly additionalInterfaceEndpoints?: string[];
  /**
   * Use an existing VPC instead of creating one; the platform adds endpoints and flow logs to it.
   * Scope 2 to 4 only: at scope 5 the network is the training network, whose isolation the
   * platform can guarantee only for a VPC it creates.
   * @default unset: the platform creates the VPC
   */
  readonly existingVpc?: ExistingVpcArgs;
  /**
   * Days prompts and responses the application logs are kept, at most MAX_PROMPT_LOG_RETENTION_DAYS.
   * @default 90
   */
  readonly promptLogRetentionInDays?: number;
  /**
   * The budget and usage alarms.
   * @default a 100 USD monthly budget, alerts at 80% actual and 100% forecast
   */
  readonly budget?: Omit<AiCostGuardArgs, keyof AiTagArgs>;
  /**
   * The audit trail.
   * @default seven years in S3, a year in CloudWatch Logs
   */
  readonly auditTrail?: Pick<
    AuditTrailArgs,
    "trailName" | "retentionDays" | "cloudWatchLogs" | "cloudWatchLogsRetentionInDays"
  >;
  /**
   * ARN of the Lambda function that serves inference (scope 3 and above). With it, the platform
   * builds the authenticated, rate-limited inference API in front of it; without it the API is not
   * built, and `skipped["inference-api"]` says so. Give the function the workload role
   * (`workloadRoleArn`); to break the cycle, build its ARN from a fixed function name.
   * @default unset: no inference API
   */
  readonly inferenceHandlerArn?: pulumi.Input<string>;
  /**
   * The inference API's authorizer, throttling, WAF and logging options.
   * @default IAM authorization, 10 requests/s (burst 20), WAF 300 requests per 5 minutes per IP
   */
  readonly inferenceApi?: Omit<InferenceApiArgs, "handlerFunctionArn" | "keyAdmins" | keyof AiTagArgs>;
  /**
   * The guardrail's filters; every field is optional and defaults to the secure choice.
   * @default prompt attacks HIGH, harmful content HIGH/MEDIUM, credentials blocked, contact details masked
   */
  readonly guardrail?: Omit<GuardrailArgs, "keyAdmins" | keyof AiTagArgs>;
  /**
   * Model-invocation logging is one configuration per account and region. `false` leaves it to the
   * stack that owns it (exempt this stack from bedrock-model-invocation-logging-enabled).
   * @default true
   */
  readonly invocationLogging?: boolean;
  /**
   * The encrypted private vector store (scope 3 and above); `false` skips it.
   * @default true
   */
  readonly vectorStore?: boolean | VectorStoreOptions;
  /**
   * The embedding model the knowledge-base role may invoke.
   * @default "amazon.titan-embed-text-v2:0"
   */
  readonly embeddingModel?: string;
  /**
   * Retention of old versions of training data (scope 4 and above).
   * @default 90 days
   */
  readonly trainingData?: Pick<AiDataBucketArgs, "noncurrentVersionRetentionDays">;
  /**
   * Object lock and version retention of model artifacts (scope 4 and above).
   * @default 30 days of governance-mode object lock, old versions kept 90 days
   */
  readonly modelArtifacts?: Pick<AiDataBucketArgs, "objectLockDays" | "noncurrentVersionRetentionDays">;
  /**
   * Role ARNs that sign model artifacts with the signing key (scope 4 and above). Build them from role
   * names (roleArnFromName) to keep the key policy known during preview.
   * @default [] (the key exists; name the pipeline's role to let it sign)
   */
  readonly artifactSigners?: pulumi.Input<string>[];
  /**
   * The signing key's spec.
   * @default "ECC_NIST_P256"
   */
  readonly artifactSigningKeySpec?: SigningKeySpec;
  /**
   * The SageMaker Studio domain (scope 4 and above), always VPC-only with a customer-managed key.
   * @default IAM authentication, the domain named after the platform
   */
  readonly sagemaker?: Pick<SageMakerDomainArgs, "authMode" | "domainName">;
  /**
   * The GPU training fleet (scope 5). It launches hardened hosts from a launch template into the
   * training network's subnets; no host runs until `minSize` or `desiredCapacity` asks for one.
   * @default { instanceType: "p5.48xlarge", minSize: 0, maxSize: 1 }
   */
  readonly gpuFleet?: GpuFleetOptions;
  /**
   * The image registry of training and inference images (scope 5).
   * @default a repository named `<name>-images`, scanned on push, immutable tags, its own key
   */
  readonly imageRegistry?: Pick<
    ModelImageRepositoryArgs,
    "repositoryName" | "pushPrincipals" | "pullServices" | "untaggedImageExpiryDays"
  >;
  /**
   * Backups of training data and model artifacts (scope 5); `false` skips them.
   * @default daily, kept 35 days, in a vault with its own key
   */
  readonly backups?: boolean | BackupOptions;
  /**
   * Administrators of every key the platform creates. Include the role that runs `pulumi up`.
   * @default [] (account-root recovery rights only)
   */
  readonly keyAdmins?: pulumi.Input<pulumi.Input<string>[]>;
}

/**
 * The scope bundle: everything an AI workload at one scope of the Generative AI Security Scoping
 * Matrix needs, composed from the scopeguard building blocks and secure with no arguments but the
 * scope (and, from scope 3, the models). What each scope builds is {@link componentsForScope};
 * what was left out, and why, is {@link AiPlatform.skipped}.
 */
export class AiPlatform extends pulumi.ComponentResource {
  /** The Pulumi type token of this component. */
  public static readonly typeToken = "scopeguard:platform:AiPlatform";

  /** The scope the platform was built for. */
  public readonly scope: Scope;
  /** The building blocks this platform built. */
  public readonly components: readonly BuildingBlock[];
  /** Building blocks of the scope that were not built, with the reason and how to build them. */
  public readonly skipped: Readonly<Partial<Record<BuildingBlock, string>>>;

  /** Provider API key secrets, by provider. */
  public readonly providerSecrets: Readonly<Record<string, AiProviderSecret>>;
  /** The audit trail. */
  public readonly trail: AuditTrail;
  /** The application's prompt and response log group. */
  public readonly promptLogs: EncryptedLogGroup;
  /** The budget and usage alarms. */
  public readonly costGuard: AiCostGuard;
  /** The integration's role (scope 2+). */
  public readonly workloadRole?: AiWorkloadRole;
  /** The network (scope 2+). */
  public readonly network?: AiNetwork;
  /** Model-invocation logging (scope 3+, unless `invocationLogging: false`). */
  public readonly invocationLogging?: ModelInvocationLogging;
  /** The guardrail (scope 3+). */
  public readonly guardrail?: Guardrail;
  /** The inference API (scope 3+, with `inferenceHandlerArn`). */
  public readonly inferenceApi?: InferenceApi;
  /** The vector store (scope 3+, unless `vectorStore: false`). */
  public readonly vectorStore?: VectorCollection;
  /** The role Bedrock knowledge bases use to embed and to reach the vector store. */
  public readonly knowledgeBaseRole?: AiWorkloadRole;
  /** The bucket that receives S3 access logs of the model-data buckets (scope 4+). */
  public readonly accessLogBucket?: AiDataBucket;
  /** Training data (scope 4+). */
  public readonly trainingDataBucket?: AiDataBucket;
  /** Model artifacts (scope 4+). */
  public readonly modelArtifactBucket?: AiDataBucket;
  /** The model-artifact signing key (scope 4+). */
  public readonly signingKey?: ArtifactSigningKey;
  /** The SageMaker Studio domain (scope 4+). */
  public readonly sagemakerDomain?: SageMakerDomain;
  /** The GPU training fleet (scope 5). */
  public readonly gpuFleet?: GpuFleet;
  /** The image registry (scope 5). */
  public readonly imageRegistry?: ModelImageRepository;
  /** Backups of training data and model artifacts (scope 5, unless `backups: false`). */
  public readonly backups?: ModelDataBackups;

  /** ARNs of the provider key secrets, by provider. */
  public readonly providerSecretArns: Readonly<Record<string, pulumi.Output<string>>>;
  /** The trail's ARN. */
  public readonly trailArn: pulumi.Output<string>;
  /** The audit bucket's name. */
  public readonly auditBucketName: pulumi.Output<string>;
  /** The prompt log group's name. */
  public readonly promptLogGroupName: pulumi.Output<string>;
  /** The alert topic's ARN: subscribe to budget and usage alerts here. */
  public readonly alertTopicArn: pulumi.Output<string>;
  /** The workload role's ARN (scope 2+). */
  public readonly workloadRoleArn?: pulumi.Output<string>;
  /** The workload role's name (scope 2+). */
  public readonly workloadRoleName?: pulumi.Output<string>;
  /** The VPC's id (scope 2+). */
  public readonly vpcId?: pulumi.Output<string>;
  /** The private subnets' ids (scope 2+). */
  public readonly privateSubnetIds?: pulumi.Output<string[]>;
  /** The guardrail's id (scope 3+). */
  public readonly guardrailId?: pulumi.Output<string>;
  /** The guardrail's published version (scope 3+). */
  public readonly guardrailVersion?: pulumi.Output<string>;
  /** The inference API's URL (`POST`), when built. */
  public readonly apiUrl?: pulumi.Output<string>;
  /** The vector collection's endpoint (scope 3+). */
  public readonly vectorCollectionEndpoint?: pulumi.Output<string>;
  /** The knowledge-base role's ARN (scope 3+ with the vector store). */
  public readonly knowledgeBaseRoleArn?: pulumi.Output<string>;
  /** Bucket names of training data and model artifacts (scope 4+). */
  public readonly trainingDataBucketName?: pulumi.Output<string>;
  public readonly modelArtifactBucketName?: pulumi.Output<string>;
  /** The signing key's ARN (scope 4+). */
  public readonly signingKeyArn?: pulumi.Output<string>;
  /** The prompt log's key ARN: a team's tooling needs it to read the prompts it may investigate. */
  public readonly promptLogKeyArn: pulumi.Output<string>;
  /** The training-data bucket's key ARN (scope 4+): pipelines that write training data need it. */
  public readonly trainingDataKeyArn?: pulumi.Output<string>;
  /** The model-artifact bucket's key ARN (scope 4+): pipelines that publish artifacts need it. */
  public readonly modelArtifactKeyArn?: pulumi.Output<string>;
  /** The Studio domain's id (scope 4+). */
  public readonly sagemakerDomainId?: pulumi.Output<string>;
  /** The SageMaker execution role's ARN (scope 4+): it reads training data and writes artifacts. */
  public readonly sagemakerExecutionRoleArn?: pulumi.Output<string>;
  /** The GPU fleet's Auto Scaling group (scope 5). */
  public readonly gpuFleetName?: pulumi.Output<string>;
  /** The GPU hosts' role ARN (scope 5). */
  public readonly gpuHostRoleArn?: pulumi.Output<string>;
  /** The image registry's URL (scope 5). */
  public readonly imageRepositoryUrl?: pulumi.Output<string>;
  /** The backup vault's name (scope 5). */
  public readonly backupVaultName?: pulumi.Output<string>;

  /**
   * @param name The platform's name: 2 to 24 lowercase letters, digits or hyphens; prefixes every child.
   * @param args See {@link AiPlatformArgs}.
   * @param opts Component resource options.
   */
  constructor(name: string, args: AiPlatformArgs, opts?: pulumi.ComponentResourceOptions) {
    super(AiPlatform.typeToken, name, {}, opts);

    const problem = aiPlatformArgsError(name, args);
    if (problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("AiPlatform", name, problem), this);
    }

    const scope = args.scope;
    const n = childNames(name);
    const parent = { parent: this };
    const labels = { scope, system: args.system, owner: args.owner, tags: args.tags };
    const keyAdmins = args.keyAdmins;
    const skipped: Partial<Record<BuildingBlock, string>> = {};
    const builds = (block: BuildingBlock) => scopeBuilds(scope, block);
    this.scope = scope;
    const context: pulumi.Output<GrantContext> = pulumi
      .all([
        aws.getPartitionOutput({}, parent).partition,
        aws.getRegionOutput({}, parent).region,
        aws.getCallerIdentityOutput({}, parent).accountId,
      ])
      .apply(([partition, region, accountId]) => ({ partition, region, accountId }));

    // Scope 1: provider keys, audit trail, prompt log store, budget alerts.
    const secrets: Record<string, AiProviderSecret> = {};
    for (const spec of args.providerSecrets ?? []) {
      secrets[spec.provider] = new AiProviderSecret(
        n.providerSecret(spec.provider),
        {
          ...labels,
          provider: spec.provider,
          secretValue: spec.secretValue,
          rotationLambdaArn: spec.rotationLambdaArn,
          rotationDays: spec.rotationDays,
          keyAdmins,
        },
        parent,
      );
    }
    if ((args.providerSecrets ?? []).length === 0) {
      skipped["provider-secrets"] =
        "no providerSecrets given: the system uses no third-party AI provider key";
    }
    this.providerSecrets = secrets;
    this.providerSecretArns = Object.fromEntries(Object.entries(secrets).map(([p, s]) => [p, s.secretArn]));

    this.trail = new AuditTrail(n.trail, { ...labels, keyAdmins, ...args.auditTrail }, parent);
    this.promptLogs = new EncryptedLogGroup(
      n.promptLogs,
      { ...labels, dataClass: "prompt-logs", retentionInDays: args.promptLogRetentionInDays, keyAdmins },
      parent,
    );
    this.costGuard = new AiCostGuard(n.costs, { ...labels, ...args.budget }, parent);

    // Scope 2: the integration's least-privilege role and a network without internet egress.
    if (builds("workload-role")) {
      this.workloadRole = new AiWorkloadRole(
        n.workload,
        {
          ...labels,
          trustedService: args.workloadService ?? DEFAULT_WORKLOAD_SERVICE,
          description: `scopeguard: the workload of the AI platform ${name}`,
          writeLogGroups: [this.promptLogs.logGroupName],
          invokeModels: builds("model-invoke-permissions") ? args.models : undefined,
        },
        parent,
      );
      const secretNames = Object.values(secrets).map((s) => s.secretName);
      if (secretNames.length > 0) {
        new aws.iam.RolePolicy(
          n.workloadSecrets,
          {
            role: this.workloadRole.roleName,
            policy: pulumi
              .all([context, pulumi.all(secretNames)])
              .apply(([c, names]) => JSON.stringify(buildSecretReadPolicy(c, names))),
          },
          parent,
        );
      }
      const existing = args.existingVpc;
      this.network = new AiNetwork(
        n.network,
        {
          ...labels,
          ...(existing === undefined
            ? {
                cidrBlock: args.cidrBlock,
                availabilityZoneCount: args.availabilityZoneCount,
                internetEgress: args.internetEgress,
              }
            : {
                vpcId: existing.vpcId,
                privateSubnetIds: existing.privateSubnetIds,
                privateRouteTableIds: existing.privateRouteTableIds,
                vpcCidrBlock: existing.vpcCidrBlock,
              }),
          additionalInterfaceEndpoints: networkEndpoints(scope, args.additionalInterfaceEndpoints),
        },
        parent,
      );
    }

    // Scope 3: model endpoints (the network's scope), invocation logging, guardrail, named models,
    // the inference API and the vector store.
    if (builds("guardrail")) {
      if (args.invocationLogging !== false) {
        this.invocationLogging = new ModelInvocationLogging(n.invocations, { ...labels, keyAdmins }, parent);
      } else {
        skipped["invocation-logging"] =
          "invocationLogging: false: another stack owns this region's model-invocation logging; exempt this stack from bedrock-model-invocation-logging-enabled";
      }
      this.guardrail = new Guardrail(n.guardrail, { ...labels, keyAdmins, ...args.guardrail }, parent);
      new aws.iam.RolePolicy(
        n.workloadGuardrail,
        {
          role: (this.workloadRole as AiWorkloadRole).roleName,
          policy: namedResourcesPolicy("ApplyPlatformGuardrail", GUARDRAIL_APPLY_ACTIONS, [
            this.guardrail.guardrailArn,
          ]),
        },
        parent,
      );

      if (args.inferenceHandlerArn !== undefined) {
        this.inferenceApi = new InferenceApi(
          n.api,
          { ...labels, keyAdmins, ...args.inferenceApi, handlerFunctionArn: args.inferenceHandlerArn },
          parent,
        );
      } else {
        skipped["inference-api"] =
          "no inferenceHandlerArn: give the ARN of the Lambda function that calls the model (with workloadRoleArn as its role) to build the authenticated, rate-limited inference API";
      }

      if (args.vectorStore !== false) {
        const store: VectorStoreOptions = typeof args.vectorStore === "object" ? args.vectorStore : {};
        this.knowledgeBaseRole = new AiWorkloadRole(
          n.knowledgeBase,
          {
            ...labels,
            trustedService: BEDROCK_SERVICE,
            sourceArn: context.apply(
              (c) => `arn:${c.partition}:bedrock:${c.region}:${c.accountId}:knowledge-base/*`,
            ),
            invokeModels: [args.embeddingModel ?? DEFAULT_EMBEDDING_MODEL],
            description: `scopeguard: Bedrock knowledge bases of ${name} embed documents and use the vector store`,
          },
          parent,
        );
        this.vectorStore = new VectorCollection(
          n.vectors,
          {
            ...labels,
            // From the role's name, known during preview, so the access policy is checkable then.
            principals: [roleArnFromName(this.knowledgeBaseRole.roleName, parent)],
            // Bedrock knowledge bases, and the VPC endpoints given; never the public internet.
            allowBedrock: true,
            vpcEndpointIds: store.vpcEndpointIds,
            kmsKeyArn: store.kmsKeyArn,
            keyAdmins: store.kmsKeyArn === undefined ? keyAdmins : undefined,
            standbyReplicas: store.standbyReplicas,
          },
          parent,
        );
        new aws.iam.RolePolicy(
          n.knowledgeBaseCollection,
          {
            role: this.knowledgeBaseRole.roleName,
            policy: namedResourcesPolicy("UseVectorCollection", COLLECTION_ACCESS_ACTIONS, [
              this.vectorStore.collectionArn,
            ]),
          },
          parent,
        );
      } else {
        skipped["vector-store"] = "vectorStore: false";
      }
    }

    // Scope 4: model-data stores with access logging (the trail records their data events at this
    // scope by itself), and the artifact signing key.
    if (builds("training-data-store")) {
      this.accessLogBucket = new AiDataBucket(
        n.accessLogs,
        { ...labels, dataClass: "audit-logs", accessLogTarget: true, keyAdmins },
        parent,
      );
      const accessLogs = { targetBucket: this.accessLogBucket.bucketName };
      this.trainingDataBucket = new AiDataBucket(
        n.trainingData,
        { ...labels, dataClass: "training-data", accessLogs, keyAdmins, ...args.trainingData },
        parent,
      );
      this.modelArtifactBucket = new AiDataBucket(
        n.modelArtifacts,
        { ...labels, dataClass: "model-artifacts", accessLogs, keyAdmins, ...args.modelArtifacts },
        parent,
      );
      const network = this.network as AiNetwork;
      const modelData = [this.trainingDataBucket.bucketName, this.modelArtifactBucket.bucketName];
      const vpcCidrBlock =
        args.existingVpc === undefined ? platformCidr(args) : args.existingVpc.vpcCidrBlock;
      const s3PrefixList = network.endpoints["s3"]?.prefixListId;
      const egressPrefixListIds = s3PrefixList === undefined ? undefined : [s3PrefixList];
      this.sagemakerDomain = new SageMakerDomain(
        n.sagemaker,
        {
          ...labels,
          ...args.sagemaker,
          vpcId: network.vpcId,
          subnetIds: network.privateSubnetIds,
          vpcCidrBlock,
          egressPrefixListIds,
          // Studio reads training data and writes artifacts; both keys admit this account through S3.
          readBuckets: [this.trainingDataBucket.bucketName],
          writeBuckets: [this.modelArtifactBucket.bucketName],
          keyAdmins,
        },
        parent,
      );
      const workload = this.workloadRole as AiWorkloadRole;
      const studioRole = this.sagemakerDomain.executionRole as AiWorkloadRole;
      this.signingKey = new ArtifactSigningKey(
        n.signingKey,
        {
          ...labels,
          keySpec: args.artifactSigningKeySpec,
          // The pipeline that produces artifacts signs them; role ARNs from names stay known in preview.
          signers: [roleArnFromName(studioRole.roleName, parent), ...(args.artifactSigners ?? [])],
          // The workload checks an artifact's signature before it serves the model.
          verifiers: [roleArnFromName(workload.roleName, parent)],
          admins: keyAdmins,
        },
        parent,
      );

      // Scope 5: the network above is the isolated training network (no internet route, ECR and
      // Session Manager endpoints); GPU hosts, an image registry and backups come on top.
      if (builds("gpu-fleet")) {
        const fleet = args.gpuFleet ?? {};
        this.gpuFleet = new GpuFleet(
          n.gpu,
          {
            ...labels,
            instanceType: fleet.instanceType ?? DEFAULT_GPU_INSTANCE_TYPE,
            imageId: fleet.imageId,
            minSize: fleet.minSize,
            maxSize: fleet.maxSize,
            desiredCapacity: fleet.desiredCapacity,
            rootVolumeSizeInGb: fleet.rootVolumeSizeInGb,
            allowIntraGroupTraffic: fleet.allowIntraGroupTraffic,
            subnetIds: network.privateSubnetIds,
            vpcId: network.vpcId,
            vpcCidrBlock,
            egressPrefixListIds,
            readBuckets: [this.trainingDataBucket.bucketName],
            writeBuckets: [this.modelArtifactBucket.bucketName],
            keyAdmins,
          },
          parent,
        );
        this.imageRegistry = new ModelImageRepository(
          n.images,
          { ...labels, ...args.imageRegistry, keyAdmins },
          parent,
        );
        if (args.backups !== false) {
          const backups: BackupOptions = typeof args.backups === "object" ? args.backups : {};
          this.backups = new ModelDataBackups(
            n.backups,
            { ...labels, bucketNames: modelData, ...backups, keyAdmins },
            parent,
          );
        } else {
          skipped["backups"] = "backups: false";
        }
      }
    }

    this.skipped = skipped;
    this.components = componentsForScope(scope).filter((b) => !(b in skipped));

    this.trailArn = this.trail.trailArn;
    this.auditBucketName = this.trail.bucketName;
    this.promptLogGroupName = this.promptLogs.logGroupName;
    this.alertTopicArn = this.costGuard.topicArn;
    this.workloadRoleArn = this.workloadRole?.roleArn;
    this.workloadRoleName = this.workloadRole?.roleName;
    this.vpcId = this.network?.vpcId;
    this.privateSubnetIds = this.network?.privateSubnetIds;
    this.guardrailId = this.guardrail?.guardrailId;
    this.guardrailVersion = this.guardrail?.version;
    this.apiUrl = this.inferenceApi?.url;
    this.vectorCollectionEndpoint = this.vectorStore?.collectionEndpoint;
    this.knowledgeBaseRoleArn = this.knowledgeBaseRole?.roleArn;
    this.trainingDataBucketName = this.trainingDataBucket?.bucketName;
    this.modelArtifactBucketName = this.modelArtifactBucket?.bucketName;
    this.signingKeyArn = this.signingKey?.keyArn;
    this.promptLogKeyArn = this.promptLogs.keyArn;
    this.trainingDataKeyArn = this.trainingDataBucket?.keyArn;
    this.modelArtifactKeyArn = this.modelArtifactBucket?.keyArn;
    this.sagemakerDomainId = this.sagemakerDomain?.domainId;
    this.sagemakerExecutionRoleArn = this.sagemakerDomain?.executionRoleArn;
    this.gpuFleetName = this.gpuFleet?.groupName;
    this.gpuHostRoleArn = this.gpuFleet?.template.role.roleArn;
    this.imageRepositoryUrl = this.imageRegistry?.repositoryUrl;
    this.backupVaultName = this.backups?.vaultName;

    this.registerOutputs({
      scope,
      components: this.components,
      skipped: this.skipped,
      providerSecretArns: this.providerSecretArns,
      trailArn: this.trailArn,
      auditBucketName: this.auditBucketName,
      promptLogGroupName: this.promptLogGroupName,
      alertTopicArn: this.alertTopicArn,
      workloadRoleArn: this.workloadRoleArn,
      vpcId: this.vpcId,
      guardrailId: this.guardrailId,
      guardrailVersion: this.guardrailVersion,
      apiUrl: this.apiUrl,
      vectorCollectionEndpoint: this.vectorCollectionEndpoint,
      trainingDataBucketName: this.trainingDataBucketName,
      modelArtifactBucketName: this.modelArtifactBucketName,
      signingKeyArn: this.signingKeyArn,
      promptLogKeyArn: this.promptLogKeyArn,
      trainingDataKeyArn: this.trainingDataKeyArn,
      modelArtifactKeyArn: this.modelArtifactKeyArn,
      sagemakerDomainId: this.sagemakerDomainId,
      gpuFleetName: this.gpuFleetName,
      imageRepositoryUrl: this.imageRepositoryUrl,
      backupVaultName: this.backupVaultName,
    });
  }
}
