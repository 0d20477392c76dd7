import type { Scope } from "../../policypack/vocabulary";

/**
 * What an AiPlatform builds at each scope, as a pure table and selector (like the network's
 * INTERFACE_ENDPOINTS): the component reads it to decide which children to create, the tests and
 * the docs read it directly. The table is cumulative, as the scoping matrix is: a building block
 * that appears at one scope is built at every scope above it.
 */

/** One building block of the platform. */
export interface BuildingBlockSpec {
  /** The block's id, as it appears in {@link componentsForScope} and the `components` output. */
  readonly id: BuildingBlock;
  /** The lowest scope that builds it. */
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

/** The scoping matrix's infrastructure column (docs ARCHITECTURE.md), one row per building block. */
export const BUILDING_BLOCKS: readonly BuildingBlockSpec[] = [
  {
    id: "provider-secrets",
    minScope: 1,
    description:
      "third-party AI provider API keys in Secrets Manager, CMK-encrypted and rotated (AiProviderSecret)",
  },
  {
    id: "audit-trail",
    minScope: 1,
    description:
      "a multi-region CloudTrail trail with log-file validation, its own key and bucket (AuditTrail)",
  },
  {
    id: "prompt-log-store",
    minScope: 1,
    description:
      "an encrypted log group for prompts and responses with bounded retention (EncryptedLogGroup)",
  },
  {
    id: "budget-alerts",
    minScope: 1,
    description: "a monthly budget and Bedrock usage alarms to an encrypted topic (AiCostGuard)",
  },
  {
    id: "workload-role",
    minScope: 2,
    description:
      "a least-privilege role for the integration: named log groups, secrets and models (AiWorkloadRole)",
  },
  {
    id: "private-network",
    minScope: 2,
    description: "a VPC without internet egress, AWS APIs through private endpoints, flow logs (AiNetwork)",
  },
  {
    id: "model-endpoints",
    minScope: 3,
    description: "private endpoints to the Bedrock APIs (AiNetwork at scope 3)",
  },
  {
    id: "invocation-logging",
    minScope: 3,
    description:
      "Bedrock model-invocation logging to an encrypted log group and bucket (ModelInvocationLogging)",
  },
  {
    id: "guardrail",
    minScope: 3,
    description: "a Bedrock guardrail with prompt-attack, harmful-content and PII filters (Guardrail)",
  },
  {
    id: "model-invoke-permissions",
    minScope: 3,
    description: "invoke permissions on the named models only (AiWorkloadRole invokeModels)",
  },
  {
    id: "inference-api",
    minScope: 3,
    description:
      "an authenticated, throttled, WAF-protected inference API (InferenceApi; needs inferenceHandlerArn)",
  },
  {
    id: "vector-store",
    minScope: 3,
    description:
      "an encrypted, private OpenSearch Serverless vector collection (VectorCollection; vectorStore: false skips it)",
  },
  {
    id: "training-data-store",
    minScope: 4,
    description: "a versioned, CMK-encrypted training-data bucket with access logging (AiDataBucket)",
  },
  {
    id: "model-artifact-store",
    minScope: 4,
    description: "a model-artifact bucket with object lock and access logging (AiDataBucket)",
  },
  {
    id: "access-log-store",
    minScope: 4,
    description: "the bucket that receives S3 server access logs of the model-data buckets (AiDataBucket)",
  },
  {
    id: "trail-data-events",
    minScope: 4,
    description: "S3 object-level events of the AI data buckets in the audit trail (AuditTrail at scope 4)",
  },
  {
    id: "sagemaker-domain",
    minScope: 4,
    description: "a SageMaker domain in VPC-only mode with a CMK (components/sagemaker)",
  },
  {
    id: "artifact-signing-key",
    minScope: 4,
    description: "an asymmetric KMS key that signs model artifacts (ArtifactSigningKey)",
  },
  {
    id: "isolated-training-network",
    minScope: 5,
    description:
      "the platform network becomes a training network with no internet route (AiNetwork at scope 5)",
  },
  {
    id: "gpu-fleet",
    minScope: 5,
    description:
      "a hardened GPU launch template (IMDSv2, encrypted volumes, no public IP, no SSH) (components/compute)",
  },
  {
    id: "image-registry",
    minScope: 5,
    description: "a CMK-encrypted image registry with scanning and immutable tags (components/images)",
  },
  {
    id: "backups",
    minScope: 5,
    description:
      "an encrypted AWS Backup vault and plan for the training data and model artifacts (aws.backup)",
  },
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
