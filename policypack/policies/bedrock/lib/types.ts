/** Bedrock type tokens as @pulumi/aws 7 registers them. */
export const GUARDRAIL_TYPE = "aws:bedrock/guardrail:Guardrail";
export const AGENT_TYPE = "aws:bedrock/agentAgent:AgentAgent";
export const KNOWLEDGE_BASE_TYPE = "aws:bedrock/agentKnowledgeBase:AgentKnowledgeBase";
export const DATA_SOURCE_TYPE = "aws:bedrock/agentDataSource:AgentDataSource";
export const CUSTOM_MODEL_TYPE = "aws:bedrock/customModel:CustomModel";
export const INVOCATION_LOGGING_TYPE =
  "aws:bedrockmodel/invocationLoggingConfiguration:InvocationLoggingConfiguration";
export const AGENTCORE_GATEWAY_TYPE = "aws:bedrock/agentcoreGateway:AgentcoreGateway";
export const AGENTCORE_RUNTIME_TYPE = "aws:bedrock/agentcoreAgentRuntime:AgentcoreAgentRuntime";
export const AGENTCORE_CODE_INTERPRETER_TYPE =
  "aws:bedrock/agentcoreCodeInterpreter:AgentcoreCodeInterpreter";
export const AGENTCORE_MEMORY_TYPE = "aws:bedrock/agentcoreMemory:AgentcoreMemory";
export const AGENTCORE_TOKEN_VAULT_CMK_TYPE = "aws:bedrock/agentcoreTokenVaultCmk:AgentcoreTokenVaultCmk";
