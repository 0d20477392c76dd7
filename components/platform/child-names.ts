/**
 * The names of an AiPlatform's children, from the platform's name. One definition, read by the
 * component and by its validation, so what is checked is what is created.
 */
export interface ChildNames {
  readonly trail: string;
  readonly promptLogs: string;
  readonly costs: string;
  readonly workload: string;
  readonly workloadSecrets: string;
  readonly workloadGuardrail: string;
  readonly network: string;
  readonly invocations: string;
  readonly guardrail: string;
  readonly api: string;
  readonly vectors: string;
  readonly knowledgeBase: string;
  readonly knowledgeBaseCollection: string;
  readonly accessLogs: string;
  readonly trainingData: string;
  readonly modelArtifacts: string;
  readonly signingKey: string;
  readonly sagemaker: string;
  readonly gpu: string;
  /** The GPU node group on an existing EKS cluster. */
  readonly eksGpu: string;
  readonly images: string;
  readonly backups: string;
  /** The secret of one AI provider's API key. */
  providerSecret(provider: string): string;
}

/** The children's names for a platform named `name`. */
export function childNames(name: string): ChildNames {
  return {
    trail: `${name}-trail`,
    promptLogs: `${name}-prompt-logs`,
    costs: `${name}-costs`,
    workload: `${name}-workload`,
    workloadSecrets: `${name}-workload-secrets`,
    workloadGuardrail: `${name}-workload-guardrail`,
    network: `${name}-net`,
    invocations: `${name}-invocations`,
    guardrail: `${name}-guardrail`,
    api: `${name}-api`,
    vectors: `${name}-vectors`,
    knowledgeBase: `${name}-kb`,
    knowledgeBaseCollection: `${name}-kb-collection`,
    accessLogs: `${name}-access-logs`,
    trainingData: `${name}-training-data`,
    modelArtifacts: `${name}-model-artifacts`,
    signingKey: `${name}-artifact-signing`,
    sagemaker: `${name}-studio`,
    gpu: `${name}-gpu`,
    eksGpu: `${name}-gpu-eks`,
    images: `${name}-images`,
    backups: `${name}-backups`,
    providerSecret: (provider) => `${name}-${provider}-api-key`,
  };
}
