import * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import type { InferenceApi } from "../api";
import type { Guardrail, ModelInvocationLogging } from "../bedrock";
import { argumentErrorMessage } from "../common";
import type { GpuFleet, GpuNodeGroup } from "../compute";
import type { AiCostGuard } from "../cost";
import type { AiWorkloadRole } from "../iam";
import type { ModelImageRepository } from "../images";
import type { AuditTrail, EncryptedLogGroup } from "../logging";
import type { AiNetwork } from "../network";
import type { SageMakerDomain } from "../sagemaker";
import type { AiProviderSecret } from "../secrets";
import type { AiDataBucket } from "../storage";
import type { VectorCollection } from "../vectorstore";
import type { ModelDataBackups } from "./backups";
import { buildPlatformParts } from "./build-platform";
import { planInput } from "./child-plan";
import type { AiPlatformArgs } from "./platform-args";
import { platformContext } from "./platform-context";
import { platformOutputs, registeredOutputs } from "./platform-outputs";
import { checkAiPlatformArgs } from "./platform-validation";
import type { BuildingBlock } from "./scope-plan";
import type { ArtifactSigningKey } from "./signing-key";

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
  /** The GPU node group on an existing EKS cluster (scope 5, with `eksGpuCapacity`). */
  public readonly eksGpuNodeGroup?: GpuNodeGroup;
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

    const checked = checkAiPlatformArgs(name, args);
    if (checked.problem !== undefined) {
      throw new pulumi.ResourceError(argumentErrorMessage("AiPlatform", name, checked.problem), this);
    }
    // The plan says what the scope builds and skips; each step creates its children from it.
    const plan = checked.plan;
    this.scope = plan.scope;
    this.skipped = plan.skipped;
    this.components = plan.components;
    const parts = buildPlatformParts(platformContext(this, planInput(name, args)));

    this.providerSecrets = parts.providerSecrets;
    this.trail = parts.trail;
    this.promptLogs = parts.promptLogs;
    this.costGuard = parts.costGuard;
    this.workloadRole = parts.workloadRole;
    this.network = parts.network;
    this.invocationLogging = parts.invocationLogging;
    this.guardrail = parts.guardrail;
    this.inferenceApi = parts.inferenceApi;
    this.vectorStore = parts.vectorStore;
    this.knowledgeBaseRole = parts.knowledgeBaseRole;
    this.accessLogBucket = parts.accessLogBucket;
    this.trainingDataBucket = parts.trainingDataBucket;
    this.modelArtifactBucket = parts.modelArtifactBucket;
    this.signingKey = parts.signingKey;
    this.sagemakerDomain = parts.sagemakerDomain;
    this.gpuFleet = parts.gpuFleet;
    this.eksGpuNodeGroup = parts.eksGpuNodeGroup;
    this.imageRegistry = parts.imageRegistry;
    this.backups = parts.backups;

    const out = platformOutputs(parts);
    this.providerSecretArns = out.providerSecretArns;
    this.trailArn = out.trailArn;
    this.auditBucketName = out.auditBucketName;
    this.promptLogGroupName = out.promptLogGroupName;
    this.alertTopicArn = out.alertTopicArn;
    this.workloadRoleArn = out.workloadRoleArn;
    this.workloadRoleName = out.workloadRoleName;
    this.vpcId = out.vpcId;
    this.privateSubnetIds = out.privateSubnetIds;
    this.guardrailId = out.guardrailId;
    this.guardrailVersion = out.guardrailVersion;
    this.apiUrl = out.apiUrl;
    this.vectorCollectionEndpoint = out.vectorCollectionEndpoint;
    this.knowledgeBaseRoleArn = out.knowledgeBaseRoleArn;
    this.trainingDataBucketName = out.trainingDataBucketName;
    this.modelArtifactBucketName = out.modelArtifactBucketName;
    this.signingKeyArn = out.signingKeyArn;
    this.promptLogKeyArn = out.promptLogKeyArn;
    this.trainingDataKeyArn = out.trainingDataKeyArn;
    this.modelArtifactKeyArn = out.modelArtifactKeyArn;
    this.sagemakerDomainId = out.sagemakerDomainId;
    this.sagemakerExecutionRoleArn = out.sagemakerExecutionRoleArn;
    this.gpuFleetName = out.gpuFleetName;
    this.gpuHostRoleArn = out.gpuHostRoleArn;
    this.imageRepositoryUrl = out.imageRepositoryUrl;
    this.backupVaultName = out.backupVaultName;

    this.registerOutputs(registeredOutputs(this));
  }
}
