import type * as pulumi from "@pulumi/pulumi";
import type { Scope } from "../../policypack/vocabulary";
import type { InferenceApiArgs } from "../api";
import type { GuardrailArgs } from "../bedrock";
import type { AiTagArgs } from "../common";
import type { AiCostGuardArgs } from "../cost";
import type { ModelImageRepositoryArgs } from "../images";
import type { AuditTrailArgs } from "../logging";
import type { SageMakerDomainArgs } from "../sagemaker";
import type { AiDataBucketArgs } from "../storage";
import type {
  BackupOptions,
  ExistingVpcArgs,
  EksGpuCapacityOptions,
  GpuFleetOptions,
  ProviderSecretSpec,
  VectorStoreOptions,
} from "./platform-options";
import type { SigningKeySpec } from "./signing-key";

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
   * GPU capacity on an existing EKS cluster (scope 5): a hardened, tainted, capped GpuNodeGroup.
   * @default none: no node group (the platform does not create the cluster)
   */
  readonly eksGpuCapacity?: EksGpuCapacityOptions;
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
