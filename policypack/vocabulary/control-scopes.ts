import type { Scope } from "./scope";

/**
 * The scope at which each control starts, the one table the policies (`minScope`), the components
 * (their default scopes and the choices they make by scope) and AiPlatform's building blocks read.
 * A control is one protection, often enforced by several policies and built by one or more
 * components; each applies from its scope and at every scope above it, as the scoping matrix adds
 * controls and never removes them.
 */
export const CONTROL_SCOPES = {
  /** The stack declares its scope, does not hold resources of a higher one, and exemptions expire. */
  scopeGovernance: 1,
  /** AI resources carry the scope, system, data-class and owner tags. */
  aiResourceTags: 1,
  /** Data an AI system stores is encrypted with customer-managed KMS keys. */
  customerManagedKeys: 1,
  /** Customer-managed keys rotate and no key policy opens a key to anyone. */
  keyManagement: 1,
  /** Credentials live in Secrets Manager or SecureString parameters, never in plain text; provider keys rotate. */
  providerKeySecrets: 1,
  /** A provider key rotates through a Lambda, not through a reminder to a person. */
  automaticKeyRotation: 2,
  /** A multi-region, validated CloudTrail trail records the stack's API activity; audit logs are kept long enough. */
  auditTrail: 1,
  /** Logs, prompt logs above all, have a bounded retention. */
  boundedLogRetention: 1,
  /** Spending is bounded: budgets with notifications, capped GPU node groups and NodePools. */
  costGuardrails: 1,
  /** Buckets block public access, require TLS, and keep versions of model data. */
  bucketBaseline: 1,
  /** GPU and accelerator hosts require IMDSv2, get no public address and encrypt their volumes. */
  acceleratedHostBaseline: 1,
  /** Accelerator hosts also allow no SSH key, keep the metadata service one hop away and use customer-managed volume keys. */
  acceleratedHostLockdown: 5,
  /** Security groups, load balancers, services and flow logs keep the network closed and observed. */
  networkBaseline: 1,
  /** IAM policies grant no wildcard actions or full-access managed policies; trusts name their source. */
  leastPrivilege: 1,
  /** A workload runs under a role of its own, scoped to the resources it names, with no user access keys. */
  workloadRoles: 2,
  /** The workload's network has no internet egress and reaches AWS APIs through private endpoints. */
  privateNetwork: 2,
  /** Kubernetes secrets of EKS clusters are encrypted with a customer-managed key. */
  clusterSecretsEncryption: 2,
  /** Foundation models are reached through private endpoints with restrictive endpoint policies. */
  privateModelEndpoints: 3,
  /** Only named models are invoked, by roles whose trust names the calling account or resource. */
  modelAccess: 3,
  /** Model invocations are logged, prompts and responses included. */
  invocationLogging: 3,
  /** Bedrock guardrails filter prompt attacks, harmful content and personal data. */
  guardrails: 3,
  /** Inference APIs authenticate callers, throttle, log access and record no payloads. */
  inferenceApi: 3,
  /** Agents and their tools run privately and require authorization. */
  agentIsolation: 3,
  /** Vector stores and knowledge bases are private, encrypted and access-controlled. */
  vectorStores: 3,
  /** The EKS API endpoint is private, not reachable from the internet. */
  privateClusterEndpoint: 3,
  /** The EKS API endpoint is private only; no public endpoint even with a CIDR allow list. */
  privateOnlyClusterEndpoint: 5,
  /** Training-data and model-artifact stores are classified, logged and their accesses recorded. */
  modelDataStores: 4,
  /** Model artifacts are write-once for a retention period. */
  artifactObjectLock: 4,
  /** Object-level S3 events of model data reach the audit trail. */
  dataEvents: 4,
  /** An asymmetric key signs model artifacts. */
  artifactSigning: 4,
  /** SageMaker domains, notebooks, jobs and endpoints run in the VPC, isolated and encrypted. */
  fineTuningWorkloads: 4,
  /** Container images are encrypted, scanned on push and immutable. */
  imageScanning: 4,
  /** Training runs in a network with no internet route. */
  isolatedTrainingNetwork: 5,
  /** GPU training hosts run from a hardened fleet. */
  trainingHosts: 5,
  /** A registry of its own serves the training hosts' images. */
  imageRegistry: 5,
  /** Training data and model artifacts are backed up to an encrypted vault. */
  modelDataBackups: 5,
} as const satisfies Record<string, Scope>;

/** The name of a control in {@link CONTROL_SCOPES}. */
export type Control = keyof typeof CONTROL_SCOPES;

/** Every control, in table order. */
export const CONTROLS = Object.keys(CONTROL_SCOPES) as readonly Control[];
