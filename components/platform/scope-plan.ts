import { CONTROL_SCOPES, type Control, type Scope } from "../../policypack/vocabulary";

/**
 * What an AiPlatform builds at each scope, as a pure table and selector (like the network's
 * INTERFACE_ENDPOINTS): the component reads it to decide which children to create, the tests and
 * the docs read it directly. The table is cumulative, as the scoping matrix is: a building block
 * that appears at one scope is built at every scope above it. Each block names the control it
 * provides, and is built from the scope at which that control starts (CONTROL_SCOPES), the entry
 * the policies that enforce the control read too.
 */

/** One building block of the platform. */
export interface BuildingBlockSpec {
  /** The block's id, as it appears in {@link componentsForScope} and the `components` output. */
  readonly id: BuildingBlock;
  /** The control the block provides. */
  readonly control: Control;
  /** The lowest scope that builds it: where its control starts. */
  readonly minScope: Scope;
  /** What it is, and the component that provides it. */
  readonly description: string;
}

/** Every building block, lowest scope first. */
export const BUILDING_BLOCK_IDS = [
  "provider-secrets",
  "audit-trail",
  "prompt-log-store",
  "budget-alerts",
  "workload-role",
  "private-network",
  "model-endpoints",
  "invocation-logging",
  "guardrail",
  "model-invoke-permissions",
  "inference-api",
  "vector-store",
  "training-data-store",
  "model-artifact-store",
  "access-log-store",
  "trail-data-events",
  "sagemaker-domain",
  "artifact-signing-key",
  "isolated-training-network",
  "gpu-fleet",
  "image-registry",
  "backups",
] as const;

/** One of {@link BUILDING_BLOCK_IDS}. */
export type BuildingBlock = (typeof BUILDING_BLOCK_IDS)[number];

function block(id: BuildingBlock, control: Control, description: string): BuildingBlockSpec {
  return { id, control, minScope: CONTROL_SCOPES[control], description };
}

/** The scoping matrix's infrastructure column (docs ARCHITECTURE.md), one row per building block. */
export const BUILDING_BLOCKS: readonly BuildingBlockSpec[] = [
  block(
    "provider-secrets",
    "providerKeySecrets",
    "third-party AI provider API keys in Secrets Manager, CMK-encrypted and rotated (AiProviderSecret)",
  ),
  block(
    "audit-trail",
    "auditTrail",
    "a multi-region CloudTrail trail with log-file validation, its own key and bucket (AuditTrail)",
  ),
  block(
    "prompt-log-store",
    "boundedLogRetention",
    "an encrypted log group for prompts and responses with bounded retention (EncryptedLogGroup)",
  ),
  block(
    "budget-alerts",
    "costGuardrails",
    "a monthly budget and Bedrock usage alarms to an encrypted topic (AiCostGuard)",
  ),
  block(
    "workload-role",
    "workloadRoles",
    "a least-privilege role for the integration: named log groups, secrets and models (AiWorkloadRole)",
  ),
  block(
    "private-network",
    "privateNetwork",
    "a VPC without internet egress, AWS APIs through private endpoints, flow logs (AiNetwork)",
  ),
  block(
    "model-endpoints",
    "privateModelEndpoints",
    "private endpoints to the Bedrock APIs (AiNetwork at scope 3)",
  ),
  block(
    "invocation-logging",
    "invocationLogging",
    "Bedrock model-invocation logging to an encrypted log group and bucket (ModelInvocationLogging)",
  ),
  block(
    "guardrail",
    "guardrails",
    "a Bedrock guardrail with prompt-attack, harmful-content and PII filters (Guardrail)",
  ),
  block(
    "model-invoke-permissions",
    "modelAccess",
    "invoke permissions on the named models only (AiWorkloadRole invokeModels)",
  ),
  block(
    "inference-api",
    "inferenceApi",
    "an authenticated, throttled, WAF-protected inference API (InferenceApi; needs inferenceHandlerArn)",
  ),
  block(
    "vector-store",
    "vectorStores",
    "an encrypted, private OpenSearch Serverless vector collection (VectorCollection; vectorStore: false skips it)",
  ),
  block(
    "training-data-store",
    "modelDataStores",
    "a versioned, CMK-encrypted training-data bucket with access logging (AiDataBucket)",
  ),
  block(
    "model-artifact-store",
    "artifactObjectLock",
    "a model-artifact bucket with object lock and access logging (AiDataBucket)",
  ),
  block(
    "access-log-store",
    "modelDataStores",
    "the bucket that receives S3 server access logs of the model-data buckets (AiDataBucket)",
  ),
  block(
    "trail-data-events",
    "dataEvents",
    "S3 object-level events of the AI data buckets in the audit trail (AuditTrail at scope 4)",
  ),
  block(
    "sagemaker-domain",
    "fineTuningWorkloads",
    "a SageMaker domain in VPC-only mode with a CMK (components/sagemaker)",
  ),
  block(
    "artifact-signing-key",
    "artifactSigning",
    "an asymmetric KMS key that signs model artifacts (ArtifactSigningKey)",
  ),
  block(
    "isolated-training-network",
    "isolatedTrainingNetwork",
    "the platform network becomes a training network with no internet route (AiNetwork at scope 5)",
  ),
  block(
    "gpu-fleet",
    "trainingHosts",
    "a hardened GPU launch template (IMDSv2, encrypted volumes, no public IP, no SSH) (components/compute)",
  ),
  block(
    "image-registry",
    "imageRegistry",
    "a CMK-encrypted image registry with scanning and immutable tags (components/images)",
  ),
  block(
    "backups",
    "modelDataBackups",
    "an encrypted AWS Backup vault and plan for the training data and model artifacts (aws.backup)",
  ),
];

/** The building blocks built at `scope`, in table order. Cumulative: a higher scope never builds less. */
export function componentsForScope(scope: Scope): BuildingBlock[] {
  return BUILDING_BLOCKS.filter((b) => b.minScope <= scope).map((b) => b.id);
}

/** True when `scope` builds `block`. */
export function scopeBuilds(scope: Scope, block: BuildingBlock): boolean {
  return componentsForScope(scope).includes(block);
}

/** The blocks a scope adds to the one below it (all of scope 1's for scope 1). */
export function componentsAddedAt(scope: Scope): BuildingBlock[] {
  return BUILDING_BLOCKS.filter((b) => b.minScope === scope).map((b) => b.id);
}
