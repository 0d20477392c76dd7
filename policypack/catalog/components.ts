/**
 * The scopeguard component folders a seed item can name as its provider, with what each
 * provisions. Names are repository paths (`components/storage`), so a reader can open them; the
 * pack imports nothing from `components/`, so these are plain strings checked against this list.
 */
export const COMPONENT_FOLDERS: Readonly<Record<string, string>> = {
  "components/kms":
    "ScopedKey: customer-managed keys with rotation and a key policy scoped to named users and services",
  "components/storage":
    "AiDataBucket: encrypted, versioned, access-logged data stores with lifecycle rules and object lock for model artifacts",
  "components/network":
    "AiNetwork: private networks with flow logs, VPC endpoints to the model APIs, egress limited to approved endpoints",
  "components/iam":
    "AiWorkloadRole: least-privilege roles for AI workloads, invoke permissions scoped to named models",
  "components/logging":
    "AuditTrail and EncryptedLogGroup: the audit trail, and encrypted log groups whose retention the data class bounds (prompt and response logs included)",
  "components/bedrock":
    "Guardrail and ModelInvocationLogging: guardrails with prompt-attack, content and PII filters and a CMK, and model-invocation logging to encrypted stores with bounded retention",
  "components/sagemaker":
    "SageMaker in VPC-only mode (SageMakerDomain, SecureNotebook, SecureModelEndpoint), and customisation inside the VPC with a CMK: SecureTrainingJob (network-isolated SageMaker training jobs) and FineTuningJob (Bedrock model-customisation jobs)",
  "components/compute":
    "GpuLaunchTemplate, GpuFleet and GpuNodeGroup: hardened GPU hosts, fleets and EKS GPU node groups (IMDSv2, encrypted volumes, no public IP, no SSH, SSM only; a spend cap and a GPU taint on EKS)",
  "components/images":
    "ModelImageRepository: the ECR image registry with scan on push, immutable tags, a CMK and a repository policy for this account",
  "components/api": "InferenceApi: the authenticated, rate-limited inference API",
  "components/secrets":
    "AiProviderSecret: vendor API keys in Secrets Manager, encrypted with a CMK and rotated",
  "components/cost": "AiCostGuard and AlertTopic: budgets and alarms on AI spend, to an encrypted topic",
  "components/vectorstore": "VectorCollection: the encrypted, private vector store",
  "components/platform":
    "AiPlatform: the scope bundle that composes the components a declared scope needs, with ModelDataBackups (an encrypted AWS Backup vault and plan) and ArtifactSigningKey (the model-signing key)",
};

/** True when `folder` names a known component folder. */
export function isComponentFolder(folder: string): boolean {
  return Object.prototype.hasOwnProperty.call(COMPONENT_FOLDERS, folder);
}
