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
    "private networks, VPC endpoints to the model APIs, egress limited to approved endpoints",
  "components/iam": "least-privilege roles for AI workloads, invoke permissions scoped to named models",
  "components/logging": "the audit trail, prompt and response log stores with bounded retention",
  "components/bedrock": "guardrails, model-invocation logging, customisation jobs inside the VPC with a CMK",
  "components/sagemaker": "SageMaker in VPC-only mode with encrypted volumes",
  "components/compute": "hardened GPU hosts and fleets, the image registry with scanning and immutable tags",
  "components/api": "the authenticated, rate-limited inference API",
  "components/secrets": "vendor API keys in Secrets Manager, encrypted with a CMK and rotated",
  "components/cost": "budgets and alerts on AI spend",
  "components/vectorstore": "the encrypted, private vector store",
  "components/platform": "AiPlatform: the scope bundle that composes the components a declared scope needs",
};

/** True when `folder` names a known component folder. */
export function isComponentFolder(folder: string): boolean {
  return Object.prototype.hasOwnProperty.call(COMPONENT_FOLDERS, folder);
}
