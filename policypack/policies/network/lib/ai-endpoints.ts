/**
 * VPC endpoints of the AI services: Bedrock (runtime, agents, agent runtime, AgentCore...) and
 * SageMaker (API, runtime, notebooks, Studio). Service names look like
 * `com.amazonaws.us-east-1.bedrock-runtime` or `aws.sagemaker.us-east-1.notebook`.
 */
const AI_SERVICE = /(?:^|\.)(?:bedrock(?:-[a-z-]+)?|sagemaker)(?:\.|$)/i;

/** True when a VPC endpoint service name belongs to Bedrock or SageMaker. */
export function isAiServiceEndpoint(serviceName: unknown): boolean {
  return typeof serviceName === "string" && AI_SERVICE.test(serviceName);
}
